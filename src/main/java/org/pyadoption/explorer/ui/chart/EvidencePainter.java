package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;
import org.pyadoption.explorer.ui.chart.ChartRenderer.LegendItem;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Mark;

import java.util.ArrayList;
import java.util.List;

/** Stacked horizontal bars: each company's facts split by kind of evidence. */
final class EvidencePainter implements ChartRenderer.Painter {

    private final ChartData.Evidence data;
    private final ChartStyle style;

    EvidencePainter(ChartData.Evidence data, ChartStyle style) {
        this.data = data;
        this.style = style;
    }

    private Color colour(int kind) {
        return switch (kind) {
            case 0 -> style.success();
            case 1 -> style.accent();
            default -> style.warning();
        };
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        for (int k = 0; k < data.kinds().size(); k++) {
            items.add(new LegendItem(data.kinds().get(k), colour(k), Mark.SQUARE));
        }
        return items;
    }

    @Override
    public boolean isEmpty() {
        return data.companies().isEmpty();
    }

    @Override
    public void paint(ChartGraphics g, Box plot) {
        Box inner = Axes.yTitle(g, plot, "Company", style);
        List<String> names = new ArrayList<>();
        int max = 1;
        for (int c = 0; c < data.companies().size(); c++) {
            names.add(data.companies().get(c).name());
            int sum = 0;
            for (int v : data.counts()[c]) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        double labelW = Axes.labelWidth(g, names, ChartFont.LABEL_BOLD, inner.w() * 0.35) + 12;
        double x0 = inner.x() + labelW;
        double x1 = inner.right() - 40;
        double axisH = 20;
        double rowH = Math.min(48, (inner.h() - axisH) / names.size());
        double yEnd = inner.y() + rowH * names.size();
        double step = Axes.step(max, 6);
        double top = Math.ceil(max / step) * step;
        for (double v = 0; v <= top + 1e-9; v += step) {
            double x = x0 + v / top * (x1 - x0);
            g.line(x, inner.y(), x, yEnd, style.grid(), 1);
            g.text(Axes.compact(v), x, yEnd + 14, ChartFont.SMALL, Anchor.MIDDLE, style.muted());
        }
        for (int c = 0; c < names.size(); c++) {
            double y = inner.y() + c * rowH;
            double barH = rowH * 0.62;
            double by = y + (rowH - barH) / 2;
            Color company = style.company(data.companies().get(c).colourSlot());
            g.fillRect(x0 - 8, by, 4, barH, company);
            g.text(g.measurer().fit(names.get(c), ChartFont.LABEL_BOLD, labelW - 16), x0 - 12, y + rowH / 2 + 4,
                    ChartFont.LABEL_BOLD, Anchor.END, style.text());
            double x = x0;
            int total = 0;
            for (int k = 0; k < data.kinds().size(); k++) {
                int v = data.counts()[c][k];
                total += v;
                double w = v / top * (x1 - x0);
                if (v > 0) {
                    g.fillRect(x, by, w, barH, colour(k));
                    String label = Integer.toString(v);
                    if (g.measurer().width(label, ChartFont.SMALL) + 4 < w) {
                        g.text(label, x + w / 2, by + barH / 2 + 4, ChartFont.SMALL, Anchor.MIDDLE,
                                style.textOn(colour(k)));
                    }
                }
                x += w;
            }
            g.text(Integer.toString(total), x + 5, by + barH / 2 + 4, ChartFont.LABEL, Anchor.START, style.text());
        }
        g.line(x0, yEnd, x1, yEnd, style.axis(), 1);
        Axes.xTitle(g, "Facts", (x0 + x1) / 2, yEnd + 32, style);
    }
}
