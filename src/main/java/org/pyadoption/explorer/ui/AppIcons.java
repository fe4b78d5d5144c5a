package org.pyadoption.explorer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon in the sizes a window needs, for {@code stage.getIcons().setAll(AppIcons.windowIcons())}.
 * The files come from {@code resources/icons}, generated from {@code packaging/icons/app-icon.svg}.
 */
public final class AppIcons {

    static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** The icon in every window size, smallest first; the platform picks the best fit. */
    public static List<Image> windowIcons() {
        return WINDOW_SIZES.stream().map(AppIcons::load).toList();
    }

    static String resourceName(int size) {
        return "/icons/app-" + size + ".png";
    }

    private static Image load(int size) {
        String name = resourceName(size);
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("icon missing from the classpath: " + name);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + name, e);
        }
    }
}
