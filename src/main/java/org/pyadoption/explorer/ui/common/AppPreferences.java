package org.pyadoption.explorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs. Every read checks the stored value and falls back to the default when it is
 * missing, unreadable or out of range, so a damaged store never stops the app.
 */
public final class AppPreferences {

    private static final Logger LOG = Logger.getLogger(AppPreferences.class.getName());

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;
    private static final double MAX_SIZE = 20_000;

    /** Window bounds; x and y are NaN when the window should be centred. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public static final WindowBounds DEFAULT =
                new WindowBounds(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

        public boolean hasPosition() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for this app. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/pyadoption/explorer"));
    }

    public WindowBounds windowBounds() {
        double w = number("window.width", DEFAULT_WIDTH, MIN_WIDTH, MAX_SIZE);
        double h = number("window.height", DEFAULT_HEIGHT, MIN_HEIGHT, MAX_SIZE);
        double x = number("window.x", Double.NaN, -MAX_SIZE, MAX_SIZE);
        double y = number("window.y", Double.NaN, -MAX_SIZE, MAX_SIZE);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            x = Double.NaN;
            y = Double.NaN;
        }
        return new WindowBounds(x, y, w, h, bool("window.maximized"));
    }

    public void setWindowBounds(WindowBounds b) {
        put("window.x", Double.toString(b.x()));
        put("window.y", Double.toString(b.y()));
        put("window.width", Double.toString(b.width()));
        put("window.height", Double.toString(b.height()));
        put("window.maximized", Boolean.toString(b.maximized()));
    }

    /** Divider positions of the main split, each from 0 to 1 and increasing; the defaults when not so. */
    public double[] dividers(double[] defaults) {
        String raw = get("window.dividers");
        if (raw == null) {
            return defaults.clone();
        }
        String[] parts = raw.split(",");
        if (parts.length != defaults.length) {
            return warnDefault("window.dividers", raw, defaults.clone());
        }
        double[] out = new double[parts.length];
        double prev = 0;
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return warnDefault("window.dividers", raw, defaults.clone());
            }
            if (!(out[i] > prev && out[i] < 1)) {
                return warnDefault("window.dividers", raw, defaults.clone());
            }
            prev = out[i];
        }
        return out;
    }

    public void setDividers(double[] positions) {
        StringBuilder sb = new StringBuilder();
        for (double p : positions) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p);
        }
        put("window.dividers", sb.toString());
    }

    public Theme theme() {
        String raw = get("theme");
        if (raw == null) {
            return Theme.LIGHT;
        }
        return Theme.fromId(raw).orElseGet(() -> warnDefault("theme", raw, Theme.LIGHT));
    }

    public void setTheme(Theme theme) {
        put("theme", theme.id());
    }

    public List<String> comparedIds() {
        String raw = get("compare.ids");
        List<String> ids = new ArrayList<>();
        if (raw != null) {
            for (String s : raw.split(",")) {
                if (!s.isBlank()) {
                    ids.add(s.strip());
                }
            }
        }
        return ids;
    }

    public void setComparedIds(List<String> ids) {
        put("compare.ids", String.join(",", ids));
    }

    /** The selected company's id, or null. */
    public String selectedId() {
        String raw = get("selected.id");
        return raw == null || raw.isBlank() ? null : raw;
    }

    public void setSelectedId(String id) {
        put("selected.id", id == null ? "" : id);
    }

    /** Recently opened dataset files, newest first. */
    public List<String> recentFiles() {
        String raw = get("recent.files");
        List<String> files = new ArrayList<>();
        if (raw != null) {
            for (String s : raw.split("\n")) {
                if (!s.isBlank() && !files.contains(s)) {
                    files.add(s);
                }
            }
        }
        return files;
    }

    public void setRecentFiles(List<String> files) {
        put("recent.files", String.join("\n", files));
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not save preferences: " + e.getMessage());
        }
    }

    private double number(String key, double def, double min, double max) {
        String raw = get(key);
        if (raw == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(raw);
            if (Double.isNaN(d) && Double.isNaN(def)) {
                return def;
            }
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the default
        }
        return warnDefault(key, raw, def);
    }

    private boolean bool(String key) {
        return "true".equals(get(key));
    }

    private String get(String key) {
        try {
            return node.get(key, null);
        } catch (IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not read preference " + key + ": " + e.getMessage());
            return null;
        }
    }

    private void put(String key, String value) {
        try {
            node.put(key, value);
        } catch (IllegalStateException | IllegalArgumentException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not store preference " + key + ": " + e.getMessage());
        }
    }

    private static <T> T warnDefault(String key, String raw, T def) {
        LOG.log(Level.WARNING, "Ignoring stored preference " + key + "=" + raw + "; using the default");
        return def;
    }
}
