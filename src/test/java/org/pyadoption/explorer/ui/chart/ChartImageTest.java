package org.pyadoption.explorer.ui.chart;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.common.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Charts drawn to pixels: every kind draws something, scales come out at the right size, large ones whole. */
class ChartImageTest {

    static final Path OUT = Path.of("target", "chart-images");
    private static LoadedDataset bundled;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new DatasetLoader().loadBundled();
        Files.createDirectories(OUT);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    static List<ChartCompany> four() {
        return List.of(new ChartCompany("spotify", "Spotify", 1), new ChartCompany("instagram", "Instagram (Meta)", 2),
                new ChartCompany("meta", "Facebook / Meta", 3), new ChartCompany("lyft", "Lyft", 4));
    }

    static BufferedImage render(ChartKind kind, Theme theme, double scale, Color background) throws Exception {
        return fx(() -> {
            ChartStyle style = ChartStyle.of(theme, false);
            ChartDataBuilder builder = new ChartDataBuilder(bundled);
            ChartData data = builder.build(kind, four(), null);
            return ChartImage.render(new ChartRenderer(style), new TextMeasurer(), data, builder.footnote(data), 800,
                    500, scale, background == null ? null : background);
        });
    }

    /** Pixels that differ from the corner pixel, i.e. from the background. */
    static long drawnPixels(BufferedImage img) {
        int bg = img.getRGB(0, 0);
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if (img.getRGB(x, y) != bg) {
                    n++;
                }
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyKindDrawsInBothThemes(ChartKind kind) throws Exception {
        for (Theme theme : Theme.values()) {
            BufferedImage img = render(kind, theme, 1, fx(() -> ChartStyle.of(theme, false).background()));
            ImageIO.write(img, "png", OUT.resolve(kind.id() + "-" + theme.id() + ".png").toFile());
            assertThat(img.getWidth()).isEqualTo(800);
            assertThat(img.getHeight()).isEqualTo(500);
            assertThat(drawnPixels(img)).as(kind + " in " + theme).isGreaterThan(2000);
        }
    }

    @Test
    void scaleMultipliesThePixels() throws Exception {
        for (double scale : new double[] {1, 2, 3, 4, 1.5}) {
            BufferedImage img = render(ChartKind.USE_CASES, Theme.LIGHT, scale, Color.WHITE);
            assertThat(img.getWidth()).isEqualTo((int) Math.ceil(800 * scale));
            assertThat(img.getHeight()).isEqualTo((int) Math.ceil(500 * scale));
        }
    }

    @Test
    void transparentBackgroundLeavesTransparentPixels() throws Exception {
        BufferedImage img = render(ChartKind.EVIDENCE, Theme.LIGHT, 1, null);
        assertThat(img.getRGB(0, 0) >>> 24).isZero();
        assertThat(img.getRGB(799, 499) >>> 24).isZero();
        assertThat(drawnPixels(img)).isGreaterThan(2000);
    }

    @Test
    void imagesOverFourThousandPixelsComeOutWholeAndMatchTheSmallOne() throws Exception {
        BufferedImage big = render(ChartKind.EVIDENCE, Theme.LIGHT, 6, Color.WHITE);
        BufferedImage small = render(ChartKind.EVIDENCE, Theme.LIGHT, 1, Color.WHITE);
        assertThat(big.getWidth()).isEqualTo(4800);
        assertThat(big.getHeight()).isEqualTo(3000);
        // shrunk back to 1x, the big image looks like the small one everywhere: no tile is missing or shifted
        long differing = 0;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                if (Math.abs(grey(small.getRGB(x, y)) - meanGrey(big, x * 6, y * 6, 6)) > 80) {
                    differing++;
                }
            }
        }
        assertThat(differing).isLessThan(800L * 500 / 50);
        ImageIO.write(big, "png", OUT.resolve("evidence-6x.png").toFile());
    }

    private static int grey(int argb) {
        return (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3;
    }

    private static int meanGrey(BufferedImage img, int x0, int y0, int n) {
        int sum = 0;
        for (int y = y0; y < y0 + n; y++) {
            for (int x = x0; x < x0 + n; x++) {
                sum += grey(img.getRGB(x, y));
            }
        }
        return sum / (n * n);
    }
}
