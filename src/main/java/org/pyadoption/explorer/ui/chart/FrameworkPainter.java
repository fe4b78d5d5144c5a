package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;
import org.pyadoption.explorer.ui.chart.ChartRenderer.LegendItem;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Mark;

import java.util.List;

/** A dot matrix: frameworks down (shared ones first, on a band), companies across. */
final class FrameworkPainter implements ChartRenderer.Painter {

    private static final double MIN_ROW = 14;

    private final ChartData.Frameworks data;
    private final ChartStyle style;

    FrameworkPainter(ChartData.Frameworks data, ChartStyle style) {
        this.data = data;
        this.style = style;
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = ChartRenderer.companyLegend(data.companies(), style, Mark.DOT);
        items.add(new LegendItem("unconfirmed", style.muted(), Mark.RING));
        items.add(new LegendItem("shared by 2 or more", style.subtle(), Mark.BAND));
        return items;
    }

    @Override
    public boolean isEmpty() {
        return data.companies().isEmpty();
    }

    @Override
    public String emptyMessage() {
        return isEmpty() ? ChartRenderer.Painter.super.emptyMessage() : "No frameworks or libraries recorded";
    }

    @Override
    public void paint(ChartGraphics g, Box plot) {
        Box inner = Axes.yTitle(g, plot, "Framework or library", style);
        int cols = data.companies().size();
        double headerH = 42;
        int fit = (int) Math.max(1, Math.floor((inner.h() - headerH - 16) / MIN_ROW));
        int rows = Math.min(data.frameworks().size(), fit);
        if (rows == 0) {
            g.text("No frameworks or libraries recorded", inner.x() + inner.w() / 2, inner.y() + inner.h() / 2,
                    ChartFont.LABEL, Anchor.MIDDLE, style.muted());
            return;
        }
        double labelW = Axes.labelWidth(g, data.frameworks().subList(0, rows), ChartFont.LABEL, inner.w() * 0.35)
                + 10;
        double countW = 34;
        double cellW = Math.min(150, (inner.w() - labelW - countW) / cols);
        double rowH = Math.min(24, (inner.h() - headerH - 16) / rows);
        double x0 = inner.x() + labelW;
        double y0 = inner.y() + headerH;
        Axes.xTitle(g, "Company", x0 + cols * cellW / 2, inner.y() + 12, style);
        for (int c = 0; c < cols; c++) {
            String name = g.measurer().fit(data.companies().get(c).name(), ChartFont.LABEL_BOLD, cellW - 4);
            g.text(name, x0 + c * cellW + cellW / 2, y0 - 7, ChartFont.LABEL_BOLD, Anchor.MIDDLE, style.text());
        }
        double r = Math.max(3, Math.min(7, rowH / 2 - 2));
        for (int f = 0; f < rows; f++) {
            double y = y0 + f * rowH;
            int users = data.users(f);
            if (users >= 2) {
                g.fillRect(inner.x(), y, labelW + cols * cellW + countW, rowH, style.subtle());
            }
            g.text(g.measurer().fit(data.frameworks().get(f), ChartFont.LABEL, labelW - 10), x0 - 8,
                    y + rowH / 2 + 4, ChartFont.LABEL, Anchor.END, style.text());
            for (int c = 0; c < cols; c++) {
                double cx = x0 + c * cellW + cellW / 2;
                double cy = y + rowH / 2;
                switch (data.uses()[c][f]) {
                    case SOURCED -> g.fillCircle(cx, cy, r, style.company(data.companies().get(c).colourSlot()));
                    case UNCONFIRMED -> g.strokeCircle(cx, cy, r - 0.75,
                            style.company(data.companies().get(c).colourSlot()), 1.5);
                    case NONE -> g.fillCircle(cx, cy, 1.5, style.grid());
                }
            }
            if (users >= 2) {
                g.text("\u00d7" + users, x0 + cols * cellW + 6, y + rowH / 2 + 4, ChartFont.LABEL_BOLD,
                        Anchor.START, style.text());
            }
        }
        int hidden = data.frameworks().size() - rows;
        if (hidden > 0) {
            g.text("+ " + hidden + " more: export the CSV for the full list", x0,
                    y0 + rows * rowH + 14, ChartFont.SMALL, Anchor.START, style.muted());
        }
    }
}
