package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;

import java.util.Locale;

/**
 * Writes what is drawn as SVG: shapes as shapes, text as text. Each text carries the width JavaFX measured, so a
 * browser with another font still fits it where the PNG has it.
 */
public final class SvgChartGraphics implements ChartGraphics {

    private final StringBuilder svg = new StringBuilder(32 * 1024);
    private final TextMeasurer measurer;
    private final double width;
    private final double height;

    public SvgChartGraphics(double width, double height, TextMeasurer measurer) {
        this.width = width;
        this.height = height;
        this.measurer = measurer;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"").append(escape(measurer.family()))
                .append(", 'DejaVu Sans', Arial, Helvetica, sans-serif\">\n");
    }

    /** The finished document. */
    public String finish() {
        return svg + "</svg>\n";
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double lineWidth) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"none\"").append(fill("stroke", stroke))
                .append(" stroke-width=\"").append(n(lineWidth)).append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double lineWidth) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(fill("stroke", stroke))
                .append(" stroke-width=\"").append(n(lineWidth)).append("\"/>\n");
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color fill) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, Color stroke, double lineWidth) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"none\"").append(fill("stroke", stroke)).append(" stroke-width=\"")
                .append(n(lineWidth)).append("\"/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Color fill) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        svg.append('"').append(fill("fill", fill)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, Anchor anchor, Color fill) {
        if (text.isEmpty()) {
            return;
        }
        double w = measurer.width(text, font);
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(font.size())).append('"');
        if (font.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        svg.append(" textLength=\"").append(n(w)).append("\" lengthAdjust=\"spacingAndGlyphs\"")
                .append(fill("fill", fill)).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void verticalText(String text, double x, double y, ChartFont font, Color fill) {
        svg.append("<g transform=\"translate(").append(n(x)).append(',').append(n(y)).append(") rotate(-90)\">\n");
        text(text, 0, font.size() * 0.35, font, Anchor.MIDDLE, fill);
        svg.append("</g>\n");
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    private static String fill(String attribute, Color c) {
        String s = " " + attribute + "=\"" + hex(c) + "\"";
        if (c.getOpacity() < 1) {
            s += " " + attribute + "-opacity=\"" + n(c.getOpacity()) + "\"";
        }
        return s;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    static String n(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Text content and attribute values: XML's five special characters, and no control characters. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
