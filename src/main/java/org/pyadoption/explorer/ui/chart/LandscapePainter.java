package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.ui.chart.ChartGraphics.Anchor;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Box;
import org.pyadoption.explorer.ui.chart.ChartRenderer.LegendItem;
import org.pyadoption.explorer.ui.chart.ChartRenderer.Mark;

import java.util.ArrayList;
import java.util.List;

/** Two bar panels over the whole dataset: the most used frameworks, and companies per use-case area. */
final class LandscapePainter implements ChartRenderer.Painter {

    private final ChartData.Landscape data;
    private final ChartStyle style;

    LandscapePainter(ChartData.Landscape data, ChartStyle style) {
        this.data = data;
        this.style = style;
    }

    @Override
    public List<LegendItem> legend() {
        return List.of(new LegendItem("Frameworks and libraries (top " + ChartDataBuilder.LANDSCAPE_FRAMEWORKS
                        + ")", style.accent(), Mark.SQUARE),
                new LegendItem("Use-case areas", style.success(), Mark.SQUARE));
    }

    @Override
    public boolean isEmpty() {
        return data.companyCount() == 0;
    }

    @Override
    public String emptyMessage() {
        return "No dataset is loaded";
    }

    @Override
    public void paint(ChartGraphics g, Box plot) {
        Box inner = Axes.yTitle(g, plot, "", style);
        double gap = 24;
        double half = (inner.w() - gap) / 2;
        panel(g, new Box(inner.x(), inner.y(), half, inner.h()), "Frameworks and libraries", data.frameworks(),
                true);
        panel(g, new Box(inner.x() + half + gap, inner.y(), half, inner.h()), "Use-case areas", data.useCases(),
                false);
        Axes.xTitle(g, "Companies with sourced facts", inner.x() + inner.w() / 2,
                inner.bottom() + Axes.AXIS_TITLE_ROOM - 2, style);
    }

    private void panel(ChartGraphics g, Box box, String heading, List<ChartData.Bar> bars, boolean frameworks) {
        g.text(heading, box.x(), box.y() + 12, ChartFont.LABEL_BOLD, Anchor.START, style.text());
        if (bars.isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        int max = 1;
        for (ChartData.Bar b : bars) {
            labels.add(b.label());
            max = Math.max(max, b.count());
        }
        double labelW = Axes.labelWidth(g, labels, ChartFont.LABEL, box.w() * 0.45) + 10;
        double x0 = box.x() + labelW;
        double x1 = box.right() - 28;
        double y0 = box.y() + 22;
        double rowH = Math.min(26, (box.bottom() - y0) / bars.size());
        for (int i = 0; i < bars.size(); i++) {
            ChartData.Bar b = bars.get(i);
            double y = y0 + i * rowH;
            g.text(g.measurer().fit(b.label(), ChartFont.LABEL, labelW - 10), x0 - 8, y + rowH / 2 + 4,
                    ChartFont.LABEL, Anchor.END, style.text());
            double w = (double) b.count() / max * (x1 - x0);
            g.fillRect(x0, y + rowH * 0.18, w, rowH * 0.64, frameworks ? style.accent() : style.success());
            g.text(Integer.toString(b.count()), x0 + w + 5, y + rowH / 2 + 4, ChartFont.LABEL, Anchor.START,
                    style.text());
        }
    }
}
