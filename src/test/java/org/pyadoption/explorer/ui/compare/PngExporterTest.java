package org.pyadoption.explorer.ui.compare;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.ui.common.PngExporter;
import org.testfx.framework.junit5.ApplicationExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PNG writer the chart export uses: complete files or none, never a temporary file left behind. */
@ExtendWith(ApplicationExtension.class)
class PngExporterTest {

    @TempDir
    Path dir;

    private static WritableImage picture() {
        WritableImage image = new WritableImage(40, 20);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                w.setColor(x, y, x < 20 ? Color.WHITE : Color.web("#4e79a7"));
            }
        }
        return image;
    }

    private Stream<Path> files() throws IOException {
        return Files.list(dir);
    }

    @Test
    void writesThePixels() throws IOException {
        Path file = dir.resolve("chart.png");

        PngExporter.write(picture(), file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(40);
        assertThat(png.getHeight()).isEqualTo(20);
        assertThat(png.getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff);
        assertThat(png.getRGB(30, 5) & 0xffffff).isEqualTo(0x4e79a7);
        try (Stream<Path> files = files()) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("chart.png");
        Files.writeString(file, "an older export");

        PngExporter.write(picture(), file);

        assertThat(ImageIO.read(file.toFile())).isNotNull();
        try (Stream<Path> files = files()) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderIsReportedAndNothingIsWritten() {
        Path file = dir.resolve("missing").resolve("chart.png");

        assertThatThrownBy(() -> PngExporter.write(picture(), file)).isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFile() throws IOException {
        // a non-empty folder where the file should go: the picture is written, the move fails
        Path target = dir.resolve("chart.png");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "x");

        assertThatThrownBy(() -> PngExporter.write(picture(), target)).isInstanceOf(IOException.class);

        try (Stream<Path> files = files()) {
            assertThat(files).containsExactly(target);
        }
        assertThat(target.resolve("keep.txt")).exists();
    }
}
