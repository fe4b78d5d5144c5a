package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;
import org.pyadoption.explorer.ui.chart.ChartRenderer.LegendItem;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Mark;

import java.util.ArrayList;
import java.util.List;

/** Bars of one metric, each labelled with its value and as-of date; companies without it are named below. */
final class FiguresPainter implements ChartRenderer.Painter {

    private final ChartData.Figures data;
    private final ChartStyle style;

    FiguresPainter(ChartData.Figures data, ChartStyle style) {
        this.data = data;
        this.style = style;
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        for (ChartData.FigureBar b : data.bars()) {
            items.add(new LegendItem(b.company().name(), style.company(b.company().colourSlot()), Mark.SQUARE));
        }
        for (ChartCompany c : data.notReported()) {
            items.add(new LegendItem(c.name() + ": not reported", style.company(c.colourSlot()), Mark.RING));
        }
        return items;
    }

    @Override
    public boolean isEmpty() {
        return data.bars().isEmpty();
    }

    @Override
    public String emptyMessage() {
        return data.notReported().isEmpty() ? ChartRenderer.Painter.super.emptyMessage()
                : "None of the compared companies reports a figure with a number";
    }

    @Override
    public void paint(ChartGraphics g, Box plot) {
        Box inner = Axes.yTitle(g, plot, data.yLabel(), style);
        boolean percent = "%".equals(data.unit());
        double max = percent ? 100 : 0;
        for (ChartData.FigureBar b : data.bars()) {
            max = Math.max(max, b.value());
        }
        double step = Axes.step(max, 5);
        double top = Math.ceil(max / step) * step;
        double tickW = 44;
        double bottomRoom = 44 + (data.notReported().isEmpty() ? 0 : 18);
        double x0 = inner.x() + tickW;
        double y0 = inner.y() + 16;
        double y1 = inner.bottom() - bottomRoom;
        for (double v = 0; v <= top + 1e-9; v += step) {
            double y = y1 - v / top * (y1 - y0);
            g.line(x0, y, inner.right(), y, style.grid(), 1);
            g.text(Axes.compact(v) + (percent ? "%" : ""), x0 - 6, y + 4, ChartFont.SMALL, Anchor.END,
                    style.muted());
        }
        int n = data.bars().size();
        double slot = (inner.right() - x0) / n;
        double barW = Math.min(90, slot * 0.6);
        for (int i = 0; i < n; i++) {
            ChartData.FigureBar b = data.bars().get(i);
            double cx = x0 + slot * i + slot / 2;
            double h = b.value() / top * (y1 - y0);
            Color colour = style.company(b.company().colourSlot());
            g.fillRect(cx - barW / 2, y1 - h, barW, h, b.verified() ? colour : colour.deriveColor(0, 1, 1, 0.45));
            String value = Axes.compact(b.value()) + (percent ? "%" : "") + (b.asOf() == null ? "" : " (" + b.asOf()
                    + ")");
            g.text(g.measurer().fit(value, ChartFont.LABEL_BOLD, slot - 4), cx, y1 - h - 5, ChartFont.LABEL_BOLD,
                    Anchor.MIDDLE, style.text());
            g.text(g.measurer().fit(b.company().name(), ChartFont.LABEL, slot - 4), cx, y1 + 16, ChartFont.LABEL,
                    Anchor.MIDDLE, style.text());
            String caption = ChartDataBuilder.metricLabel(b.metric()) + (b.verified() ? "" : " (unconfirmed)");
            g.text(g.measurer().fit(caption, ChartFont.SMALL, slot - 4), cx, y1 + 30, ChartFont.SMALL,
                    Anchor.MIDDLE, style.muted());
        }
        g.line(x0, y1, inner.right(), y1, style.axis(), 1);
        Axes.xTitle(g, "Company", (x0 + inner.right()) / 2, inner.bottom() + Axes.AXIS_TITLE_ROOM - 2, style);
        if (!data.notReported().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (ChartCompany c : data.notReported()) {
                names.add(c.name());
            }
            g.text(g.measurer().fit("Not reported: " + String.join(", ", names), ChartFont.LABEL, inner.w()), x0,
                    inner.bottom() - 2, ChartFont.LABEL, Anchor.START, style.muted());
        }
    }
}
