package org.pyadoption.explorer.ui.chart;

/** A size and weight of the chart font. */
public record ChartFont(double size, boolean bold) {

    public static final ChartFont TITLE = new ChartFont(17, true);
    public static final ChartFont LABEL = new ChartFont(12, false);
    public static final ChartFont LABEL_BOLD = new ChartFont(12, true);
    public static final ChartFont SMALL = new ChartFont(10.5, false);
    public static final ChartFont AXIS_TITLE = new ChartFont(12, true);
}
