package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;
import org.pyadoption.explorer.ui.chart.ChartRenderer.LegendItem;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Mark;

import java.util.ArrayList;
import java.util.List;

/** One row per company on a shared year axis: founded (ring), Python adoption (dot), dated figures (diamonds). */
final class TimelinePainter implements ChartRenderer.Painter {

    private final ChartData.Timeline data;
    private final ChartStyle style;

    TimelinePainter(ChartData.Timeline data, ChartStyle style) {
        this.data = data;
        this.style = style;
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem("Founded", style.text(), Mark.RING));
        items.add(new LegendItem("Python adopted (in or by that year)", style.text(), Mark.DOT));
        items.add(new LegendItem("Dated figure", style.muted(), Mark.DIAMOND));
        return items;
    }

    @Override
    public boolean isEmpty() {
        return data.rows().isEmpty();
    }

    @Override
    public void paint(ChartGraphics g, Box plot) {
        Box inner = Axes.yTitle(g, plot, "Company", style);
        List<String> names = new ArrayList<>();
        for (ChartData.TimelineRow r : data.rows()) {
            names.add(r.company().name());
        }
        double labelW = Axes.labelWidth(g, names, ChartFont.LABEL_BOLD, inner.w() * 0.35) + 12;
        double axisH = 22;
        int first = (int) (Math.floor(data.firstYear() / 5.0) * 5);
        int last = (int) (Math.ceil((data.lastYear() + 1) / 5.0) * 5);
        double x0 = inner.x() + labelW;
        double x1 = inner.right() - 60;
        double rowH = Math.min(60, (inner.h() - axisH) / data.rows().size());
        double yEnd = inner.y() + rowH * data.rows().size();
        int span = Math.max(1, last - first);
        int tick = span > 40 ? 10 : 5;
        for (int y = first; y <= last; y += tick) {
            double x = x(y, first, span, x0, x1);
            g.line(x, inner.y(), x, yEnd, style.grid(), 1);
            g.text(Integer.toString(y), x, yEnd + 15, ChartFont.SMALL, Anchor.MIDDLE, style.muted());
        }
        g.line(x0, yEnd, x1, yEnd, style.axis(), 1);
        Axes.xTitle(g, "Year", (x0 + x1) / 2, yEnd + 34, style);
        for (int i = 0; i < data.rows().size(); i++) {
            row(g, data.rows().get(i), inner.x(), labelW, inner.y() + i * rowH + rowH / 2, first, span, x0, x1);
        }
    }

    private void row(ChartGraphics g, ChartData.TimelineRow row, double left, double labelW, double cy, int first,
                     int span, double x0, double x1) {
        Color colour = style.company(row.company().colourSlot());
        g.text(g.measurer().fit(row.company().name(), ChartFont.LABEL_BOLD, labelW - 12), x0 - 10, cy + 4,
                ChartFont.LABEL_BOLD, Anchor.END, style.text());
        Integer start = row.founded() != null ? row.founded() : row.adoption();
        if (start != null) {
            g.line(x(start, first, span, x0, x1), cy, x1, cy, colour.deriveColor(0, 1, 1, 0.35), 3);
        }
        int lastYear = Integer.MIN_VALUE;
        int sameYear = 0;
        for (ChartData.Milestone m : row.milestones()) {
            sameYear = m.year() == lastYear ? sameYear + 1 : 0;
            lastYear = m.year();
            double x = x(m.year(), first, span, x0, x1);
            double y = cy - 9 - sameYear * 4;
            ChartRenderer.Mark mark = ChartRenderer.Mark.DIAMOND;
            Color c = m.verified() ? style.muted() : style.muted().deriveColor(0, 1, 1, 0.5);
            new ChartRenderer(style).mark(g, mark, x, y, 4, c);
        }
        if (row.founded() != null) {
            double x = x(row.founded(), first, span, x0, x1);
            g.fillCircle(x, cy, 6, style.background());
            g.strokeCircle(x, cy, 5.25, colour, 2);
        }
        if (row.adoption() != null) {
            double x = x(row.adoption(), first, span, x0, x1);
            g.fillCircle(x, cy, 6.5, colour);
            g.text(row.adoptionLabel(), x, cy + 19, ChartFont.SMALL, Anchor.MIDDLE, style.text());
        }
    }

    private static double x(int year, int first, int span, double x0, double x1) {
        return x0 + (year - first) * (x1 - x0) / span;
    }
}
