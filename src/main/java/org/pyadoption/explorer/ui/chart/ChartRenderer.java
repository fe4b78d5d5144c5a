package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;

import java.util.List;

/**
 * Draws a chart: title, legend, plot with axis labels, and the source footnote. The same drawing serves the window,
 * PNG and SVG.
 */
public final class ChartRenderer {

    static final double PAD = 16;

    /** A legend entry: a coloured mark and its label. */
    public record LegendItem(String label, Color colour, Mark mark) {
    }

    /** The marks a legend can show. */
    public enum Mark { SQUARE, DOT, RING, DIAMOND, BAND }

    /** The area the painter may draw into. */
    record Box(double x, double y, double w, double h) {
        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }
    }

    private final ChartStyle style;

    public ChartRenderer(ChartStyle style) {
        this.style = style;
    }

    public ChartStyle style() {
        return style;
    }

    /**
     * Draws the chart in a box of {@code width} x {@code height}.
     *
     * @param background the fill behind everything, or null to leave it transparent
     */
    public void draw(ChartGraphics g, ChartData data, String footnote, double width, double height,
                     Color background) {
        if (background != null) {
            g.fillRect(0, 0, width, height, background);
        }
        TextMeasurer m = g.measurer();
        double y = PAD + ChartFont.TITLE.size();
        g.text(m.fit(data.title(), ChartFont.TITLE, width - 2 * PAD), PAD, y, ChartFont.TITLE, Anchor.START,
                style.text());
        Painter painter = painter(data);
        y = legend(g, painter.legend(), PAD, y + 10, width - 2 * PAD);
        double footY = height - PAD;
        g.text(m.fit(footnote, ChartFont.SMALL, width - 2 * PAD), PAD, footY, ChartFont.SMALL, Anchor.START,
                style.muted());
        Box plot = new Box(PAD, y + 8, width - 2 * PAD, footY - ChartFont.SMALL.size() - 10 - (y + 8));
        if (plot.w() < 60 || plot.h() < 40) {
            return;
        }
        if (painter.isEmpty()) {
            g.text(painter.emptyMessage(), plot.x() + plot.w() / 2, plot.y() + plot.h() / 2, ChartFont.LABEL,
                    Anchor.MIDDLE, style.muted());
            return;
        }
        painter.paint(g, plot);
    }

    private Painter painter(ChartData data) {
        if (data instanceof ChartData.UseCases d) {
            return new UseCasePainter(d, style);
        } else if (data instanceof ChartData.Frameworks d) {
            return new FrameworkPainter(d, style);
        } else if (data instanceof ChartData.Timeline d) {
            return new TimelinePainter(d, style);
        } else if (data instanceof ChartData.Figures d) {
            return new FiguresPainter(d, style);
        } else if (data instanceof ChartData.Evidence d) {
            return new EvidencePainter(d, style);
        } else if (data instanceof ChartData.Landscape d) {
            return new LandscapePainter(d, style);
        }
        throw new IllegalArgumentException("no painter for " + data.kind());
    }

    /** Draws the legend in rows from (x, y); returns the y below it. */
    private double legend(ChartGraphics g, List<LegendItem> items, double x, double y, double width) {
        if (items.isEmpty()) {
            return y;
        }
        double rowHeight = 18;
        double cx = x;
        double cy = y + 12;
        for (LegendItem item : items) {
            double w = 16 + g.measurer().width(item.label(), ChartFont.LABEL) + 16;
            if (cx + w > x + width && cx > x) {
                cx = x;
                cy += rowHeight;
            }
            mark(g, item.mark(), cx + 5, cy - 4, 5, item.colour());
            g.text(item.label(), cx + 14, cy, ChartFont.LABEL, Anchor.START, style.text());
            cx += w;
        }
        return cy + 6;
    }

    /** One legend entry per company, in its colour. */
    static List<LegendItem> companyLegend(List<ChartCompany> companies, ChartStyle style, Mark mark) {
        List<LegendItem> items = new java.util.ArrayList<>();
        for (ChartCompany c : companies) {
            items.add(new LegendItem(c.name(), style.company(c.colourSlot()), mark));
        }
        return items;
    }

    /** A legend or plot mark centred at (cx, cy). */
    void mark(ChartGraphics g, Mark mark, double cx, double cy, double r, Color colour) {
        switch (mark) {
            case SQUARE -> g.fillRect(cx - r, cy - r, 2 * r, 2 * r, colour);
            case DOT -> g.fillCircle(cx, cy, r, colour);
            case RING -> g.strokeCircle(cx, cy, r - 0.75, colour, 1.5);
            case BAND -> {
                g.fillRect(cx - r, cy - r, 2 * r, 2 * r, colour);
                g.strokeRect(cx - r, cy - r, 2 * r, 2 * r, style.axis(), 1);
            }
            case DIAMOND -> g.fillPolygon(new double[] {cx, cx + r, cx, cx - r}, new double[] {cy - r, cy, cy + r, cy},
                    colour);
        }
    }

    /** Draws one kind of chart into the plot box. */
    interface Painter {
        List<LegendItem> legend();

        boolean isEmpty();

        default String emptyMessage() {
            return "Add companies to compare: select one and press Enter, or drag it here";
        }

        void paint(ChartGraphics g, Box plot);
    }
}
