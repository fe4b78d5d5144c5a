package org.pyadoption.explorer.ui.chart;

import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import org.pyadoption.explorer.ui.common.Theme;

import java.util.List;

/**
 * The colours of a chart, read from the theme's looked-up colours, so charts follow the light and dark themes.
 *
 * @param companies one colour per colour slot (1 to 8)
 */
public record ChartStyle(Color background, Color text, Color muted, Color grid, Color axis, Color subtle,
                         Color accent, Color success, Color warning, List<Color> companies) {

    /** Okabe and Ito's eight colours, told apart with every common kind of colour blindness. */
    static final List<Color> COLOUR_BLIND_SAFE = List.of(Color.web("#0072B2"), Color.web("#E69F00"),
            Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#D55E00"),
            Color.web("#F0E442"), Color.web("#999999"));

    private static final String[] LOOKUPS = {"-color-bg-default", "-color-fg-default", "-color-fg-muted",
        "-color-border-muted", "-color-border-default", "-color-bg-subtle", "-color-accent-emphasis",
        "-color-success-emphasis", "-color-warning-emphasis", "-app-chart-1", "-app-chart-2", "-app-chart-3",
        "-app-chart-4", "-app-chart-5", "-app-chart-6", "-app-chart-7", "-app-chart-8"};

    /** The colours of a theme, read off-screen: works without a window, e.g. on the command line. */
    public static ChartStyle of(Theme theme, boolean colourBlindSafe) {
        Region probe = new Region();
        Scene scene = new Scene(new StackPane(probe));
        scene.getStylesheets().setAll(theme.userAgentStylesheet(),
                ChartStyle.class.getResource("/org/pyadoption/explorer/ui/theme/theme.css").toExternalForm());
        return from(probe, colourBlindSafe);
    }

    /**
     * Reads the colours through {@code probe}, a region inside a scene styled with the theme: its background is set
     * to the looked-up colours and read back.
     */
    public static ChartStyle from(Region probe, boolean colourBlindSafe) {
        probe.setStyle("-fx-background-color: " + String.join(", ", LOOKUPS) + ";");
        probe.applyCss();
        Background bg = probe.getBackground();
        Color[] c = new Color[LOOKUPS.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = bg != null && bg.getFills().size() > i ? colour(bg.getFills().get(i)) : Color.GRAY;
        }
        List<Color> companies = colourBlindSafe ? COLOUR_BLIND_SAFE : List.of(c[9], c[10], c[11], c[12], c[13],
                c[14], c[15], c[16]);
        return new ChartStyle(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], companies);
    }

    private static Color colour(BackgroundFill fill) {
        Paint p = fill.getFill();
        return p instanceof Color color ? color : Color.GRAY;
    }

    /** The colour of a company's colour slot (1 to 8). */
    public Color company(int slot) {
        return companies.get(Math.floorMod(slot - 1, companies.size()));
    }

    /** Text that reads on {@code fill}: dark on light colours, light on dark ones. */
    public Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.55 ? Color.web("#1f2328") : Color.WHITE;
    }
}
