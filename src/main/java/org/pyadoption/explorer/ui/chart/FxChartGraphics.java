package org.pyadoption.explorer.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Draws on a JavaFX canvas: on screen, and for PNG export at any scale. */
public final class FxChartGraphics implements ChartGraphics {

    private final GraphicsContext g;
    private final TextMeasurer measurer;

    public FxChartGraphics(GraphicsContext g, TextMeasurer measurer) {
        this.g = g;
        this.measurer = measurer;
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        g.setFill(fill);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color fill) {
        g.setFill(fill);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color fill) {
        g.setFill(fill);
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, Anchor anchor, Color fill) {
        g.setFont(measurer.font(font));
        g.setFill(fill);
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public void verticalText(String text, double x, double y, ChartFont font, Color fill) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        text(text, 0, font.size() * 0.35, font, Anchor.MIDDLE, fill);
        g.restore();
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }
}
