package org.pyadoption.explorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line renders without a window and says clearly what is wrong. */
class ExportChartCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExportChartCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesATransparentDarkPngAtTwiceTheSize() throws Exception {
        Path png = dir.resolve("chart.png");
        int code = run("--export-chart", "use-cases", "--companies", "spotify,netflix,instagram", "--format", "png",
                "--scale", "2", "--background", "transparent", "--theme", "dark", "--out", png.toString());
        assertThat(code).as(err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(2000);
        assertThat(img.getHeight()).isEqualTo(1240);
        assertThat(img.getRGB(0, 0) >>> 24).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote " + png);
    }

    @Test
    void writesSvgAndCsvTakingTheFormatFromTheFileName() throws Exception {
        Path svg = dir.resolve("fw.svg");
        assertThat(run("--export-chart", "frameworks", "--companies", "spotify,netflix", "--out", svg.toString()))
                .isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains(">Netflix</text>");
        Path csv = dir.resolve("landscape.csv");
        assertThat(run("--export-chart", "landscape", "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).first().isEqualTo("group,label,companies");
    }

    @Test
    void unknownCompanyKindOrFormatIsRefusedClearly() {
        assertThat(run("--export-chart", "use-cases", "--companies", "spotify,nokia", "--out",
                dir.resolve("a.png").toString())).isEqualTo(ExportChartCommand.USAGE);
        assertThat(err()).contains("unknown company nokia");
        err.reset();
        assertThat(run("--export-chart", "pie", "--companies", "spotify", "--out", dir.resolve("a.png").toString()))
                .isEqualTo(ExportChartCommand.USAGE);
        assertThat(err()).contains("unknown chart kind \"pie\"", "use-cases, frameworks, timeline");
        err.reset();
        assertThat(run("--export-chart", "timeline", "--companies", "spotify", "--format", "gif", "--out",
                dir.resolve("a.gif").toString())).isEqualTo(ExportChartCommand.USAGE);
        assertThat(err()).contains("unknown format \"gif\"");
        err.reset();
        assertThat(run("--export-chart", "timeline", "--companies", "spotify", "--scale", "100", "--out",
                dir.resolve("a.png").toString())).isEqualTo(ExportChartCommand.USAGE);
        assertThat(err()).contains("scale \"100\"");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anUnwritablePlaceFailsWithoutLeavingAFile() {
        Path target = dir.resolve("missing").resolve("a.svg");
        assertThat(run("--export-chart", "evidence", "--companies", "spotify", "--out", target.toString()))
                .isEqualTo(ExportChartCommand.FAILED);
        assertThat(err()).contains("cannot write " + target);
        assertThat(dir).isEmptyDirectory();
    }
}
