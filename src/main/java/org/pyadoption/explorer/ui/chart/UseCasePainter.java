package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;
import org.pyadoption.explorer.ui.chart.ChartRenderer.LegendItem;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Mark;

import java.util.List;

/** A heatmap: use-case areas down, companies across, each cell the number of sourced facts. */
final class UseCasePainter implements ChartRenderer.Painter {

    private final ChartData.UseCases data;
    private final ChartStyle style;

    UseCasePainter(ChartData.UseCases data, ChartStyle style) {
        this.data = data;
        this.style = style;
    }

    @Override
    public List<LegendItem> legend() {
        return ChartRenderer.companyLegend(data.companies(), style, Mark.SQUARE);
    }

    @Override
    public boolean isEmpty() {
        return data.companies().isEmpty();
    }

    @Override
    public void paint(ChartGraphics g, Box plot) {
        Box inner = Axes.yTitle(g, plot, "Use-case area", style);
        int rows = data.areas().size();
        int cols = data.companies().size();
        double labelW = Axes.labelWidth(g, data.areas(), ChartFont.LABEL, inner.w() * 0.4) + 10;
        double headerH = 42;
        double cellW = Math.min(170, (inner.w() - labelW) / cols);
        double cellH = Math.min(34, (inner.h() - headerH - 18) / rows);
        double x0 = inner.x() + labelW;
        double y0 = inner.y() + headerH;
        int max = 1;
        for (int[] row : data.counts()) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        Axes.xTitle(g, "Company", x0 + cols * cellW / 2, inner.y() + 12, style);
        for (int c = 0; c < cols; c++) {
            ChartCompany company = data.companies().get(c);
            String name = g.measurer().fit(company.name(), ChartFont.LABEL_BOLD, cellW - 4);
            g.text(name, x0 + c * cellW + cellW / 2, y0 - 7, ChartFont.LABEL_BOLD, Anchor.MIDDLE, style.text());
        }
        for (int r = 0; r < rows; r++) {
            double y = y0 + r * cellH;
            g.text(g.measurer().fit(data.areas().get(r), ChartFont.LABEL, labelW - 10), x0 - 8,
                    y + cellH / 2 + 4, ChartFont.LABEL, Anchor.END, style.text());
            for (int c = 0; c < cols; c++) {
                double x = x0 + c * cellW;
                int v = data.counts()[c][r];
                Color base = style.company(data.companies().get(c).colourSlot());
                Color fill = v == 0 ? style.subtle() : base.deriveColor(0, 1, 1, 0.45 + 0.55 * v / max);
                g.fillRect(x + 1, y + 1, cellW - 2, cellH - 2, fill);
                if (v > 0) {
                    g.text(Integer.toString(v), x + cellW / 2, y + cellH / 2 + 4, ChartFont.LABEL_BOLD,
                            Anchor.MIDDLE, style.textOn(base));
                }
            }
        }
        g.text(g.measurer().fit("Number in a cell: sourced facts for that area; an empty cell: none.",
                ChartFont.SMALL, inner.right() - x0), x0,
                Math.min(inner.bottom(), y0 + rows * cellH + 16), ChartFont.SMALL, Anchor.START, style.muted());
    }
}
