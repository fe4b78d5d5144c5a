package org.pyadoption.explorer.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Node pictures as PNG files: a scaled snapshot on the FX thread, then a write that never leaves a half-written file
 * behind (a temporary file in the same folder, moved over the target when complete).
 */
public final class PngExporter {

    private PngExporter() {
    }

    /** A picture of the node at {@code scale} times its size on a {@code background} fill; FX thread only. */
    public static WritableImage snapshot(Node node, double scale, Paint background) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(background);
        return node.snapshot(params, null);
    }

    /**
     * Writes the image as PNG to {@code target}, replacing it; any thread. On failure the target is unchanged and no
     * temporary file is left.
     */
    public static void write(Image image, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            if (!ImageIO.write(picture, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the write already failed; that error is the one to report
        }
    }
}
