package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;

/**
 * What a chart is drawn with. One renderer draws every chart onto this, so the screen, PNG and SVG show the same
 * picture: text is measured once, with JavaFX's fonts, whatever the output.
 */
public interface ChartGraphics {

    /** Where a text's x coordinate is: at its start, its middle or its end. */
    enum Anchor { START, MIDDLE, END }

    void fillRect(double x, double y, double w, double h, Color fill);

    void strokeRect(double x, double y, double w, double h, Color stroke, double width);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width);

    void fillCircle(double cx, double cy, double r, Color fill);

    void strokeCircle(double cx, double cy, double r, Color stroke, double width);

    /** A closed polygon, e.g. a diamond. */
    void fillPolygon(double[] xs, double[] ys, Color fill);

    /** Text on a baseline at y. */
    void text(String text, double x, double y, ChartFont font, Anchor anchor, Color fill);

    /** Text turned a quarter left (reading upwards), its middle at (x, y). */
    void verticalText(String text, double x, double y, ChartFont font, Color fill);

    /** The metrics the renderer lays out with. */
    TextMeasurer measurer();
}
