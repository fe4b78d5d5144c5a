package org.pyadoption.explorer.ui.chart;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.awt.image.BufferedImage;

/**
 * Renders a chart to pixels at any scale. Large images are drawn in tiles of at most {@value #TILE} pixels and put
 * together, so an image of 8000 pixels comes out whole and sharp. Runs on the FX thread.
 */
public final class ChartImage {

    static final int TILE = 2048;
    /** Larger images would need more memory than a desktop app should take at once. */
    public static final int MAX_SIDE = 16_384;

    private ChartImage() {
    }

    public static BufferedImage render(ChartRenderer renderer, TextMeasurer measurer, ChartData data, String footnote,
                                       double width, double height, double scale, Color background) {
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException("an image of " + w + " x " + h + " pixels is larger than "
                    + MAX_SIDE + " pixels a side: choose a smaller scale");
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] buffer = new int[Math.min(TILE, w) * Math.min(TILE, h)];
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        for (int ty = 0; ty < h; ty += TILE) {
            for (int tx = 0; tx < w; tx += TILE) {
                int tw = Math.min(TILE, w - tx);
                int th = Math.min(TILE, h - ty);
                Canvas canvas = new Canvas(tw, th);
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.translate(-tx, -ty);
                gc.scale(scale, scale);
                renderer.draw(new FxChartGraphics(gc, measurer), data, footnote, width, height, background);
                WritableImage tile = canvas.snapshot(params, null);
                tile.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), buffer, 0, tw);
                out.setRGB(tx, ty, tw, th, buffer, 0, tw);
            }
        }
        return out;
    }
}
