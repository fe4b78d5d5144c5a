package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;

import java.util.List;

/** Pieces several painters share: axis titles, row labels, number ticks. */
final class Axes {

    static final double AXIS_TITLE_ROOM = 18;

    private Axes() {
    }

    /**
     * Draws the y-axis title down the left edge; returns the box right of it, less room at the bottom for the
     * x-axis title, which the painter places with {@link #xTitle} next to its own axis.
     */
    static Box yTitle(ChartGraphics g, Box plot, String yTitle, ChartStyle style) {
        double left = yTitle.isEmpty() ? 0 : AXIS_TITLE_ROOM;
        if (!yTitle.isEmpty()) {
            g.verticalText(g.measurer().fit(yTitle, ChartFont.AXIS_TITLE, plot.h()), plot.x() + 6,
                    plot.y() + plot.h() / 2, ChartFont.AXIS_TITLE, style.muted());
        }
        return new Box(plot.x() + left, plot.y(), plot.w() - left, plot.h() - AXIS_TITLE_ROOM);
    }

    /** The x-axis title, centred on {@code cx} with its baseline at {@code y}. */
    static void xTitle(ChartGraphics g, String title, double cx, double y, ChartStyle style) {
        g.text(title, cx, y, ChartFont.AXIS_TITLE, Anchor.MIDDLE, style.muted());
    }

    /** The widest of the labels, capped. */
    static double labelWidth(ChartGraphics g, List<String> labels, ChartFont font, double cap) {
        double w = 0;
        for (String s : labels) {
            w = Math.max(w, g.measurer().width(s, font));
        }
        return Math.min(w, cap);
    }

    /** A step of 1, 2 or 5 times a power of ten giving about {@code count} ticks up to {@code max}. */
    static double step(double max, int count) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / Math.max(1, count);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return Math.max(nice * mag, 1e-9);
    }

    /** A number as a tick label: 35000000 -> 35M, 6000 -> 6k, 21 -> 21. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
