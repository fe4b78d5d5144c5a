package org.pyadoption.explorer.ui.chart;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures text with JavaFX's fonts; the SVG names the same font family, so both agree. */
public final class TextMeasurer {

    private String family;
    private final Map<ChartFont, Font> fonts = new HashMap<>();
    private final Text probe = new Text();

    /** Families tried in order; the first installed one is used, so the SVG can name a real font. */
    static final List<String> PREFERRED = List.of("DejaVu Sans", "Liberation Sans", "Segoe UI", "Helvetica Neue",
            "Arial", "Helvetica");

    /** The font family; looked up on first use, as listing the installed fonts takes a while. */
    public String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = PREFERRED.stream().filter(installed::contains).findFirst()
                    .orElse(Font.getDefault().getFamily());
        }
        return family;
    }

    public Font font(ChartFont f) {
        return fonts.computeIfAbsent(f, k -> Font.font(family(), k.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                k.size()));
    }

    public double width(String text, ChartFont f) {
        probe.setFont(font(f));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The text, cut with an ellipsis so it fits in {@code max} pixels. */
    public String fit(String text, ChartFont f, double max) {
        if (width(text, f) <= max) {
            return text;
        }
        String ellipsis = "\u2026";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid) + ellipsis, f) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? ellipsis : text.substring(0, lo).strip() + ellipsis;
    }
}
