package org.pyadoption.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @Test
    void everyWindowSizeIsOnTheClasspathAtItsSize() throws IOException {
        for (int size : AppIcons.WINDOW_SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.resourceName(size))) {
                assertThat(in).as("icon %d", size).isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).as("width of icon %d", size).isEqualTo(size);
                assertThat(image.getHeight()).as("height of icon %d", size).isEqualTo(size);
            }
        }
    }
}
