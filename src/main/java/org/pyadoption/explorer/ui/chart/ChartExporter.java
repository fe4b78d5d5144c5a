package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.pyadoption.explorer.ui.common.Theme;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a chart into an export: PNG pixels, an SVG document or CSV text, with the same drawing the window shows.
 * Rendering runs on the FX thread; writing the result ({@link Exported#writeTo}) may run on any thread.
 */
public final class ChartExporter {

    /** A rendered export, ready to be written. */
    public sealed interface Exported {
        void writeTo(Path target) throws IOException;
    }

    /** PNG pixels. */
    public record Png(BufferedImage image) implements Exported {
        @Override
        public void writeTo(Path target) throws IOException {
            ChartWriter.writePng(image, target);
        }
    }

    /** SVG or CSV text. */
    public record Text(String text) implements Exported {
        @Override
        public void writeTo(Path target) throws IOException {
            ChartWriter.writeText(text, target);
        }
    }

    private final TextMeasurer measurer;

    public ChartExporter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /**
     * Renders the chart for export.
     *
     * @param theme       the theme whose colours to use; a white background always uses the light theme's
     * @param width       the chart's size in points; PNG pixels are this times the scale
     */
    public Exported export(ChartData data, String footnote, ChartExport export, Theme theme, boolean colourBlindSafe,
                           double width, double height) {
        if (export.format() == ChartExport.Format.CSV) {
            return new Text(ChartWriter.csv(data, footnote));
        }
        Theme colours = export.background() == ChartExport.Background.WHITE ? Theme.LIGHT : theme;
        ChartStyle style = ChartStyle.of(colours, colourBlindSafe);
        Color background = switch (export.background()) {
            case THEME -> style.background();
            case WHITE -> Color.WHITE;
            case TRANSPARENT -> null;
        };
        ChartRenderer renderer = new ChartRenderer(style);
        if (export.format() == ChartExport.Format.SVG) {
            SvgChartGraphics svg = new SvgChartGraphics(width, height, measurer);
            renderer.draw(svg, data, footnote, width, height, background);
            return new Text(svg.finish());
        }
        return new Png(ChartImage.render(renderer, measurer, data, footnote, width, height, export.scale(),
                background));
    }
}
