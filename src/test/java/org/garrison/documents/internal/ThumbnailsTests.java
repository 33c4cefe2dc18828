package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ThumbnailsTests {

    @Test
    void shrinksAnImageToFitKeepingItsProportions() throws IOException {
        byte[] thumbnail = Thumbnails.of(png(800, 400), 200).orElseThrow();

        var image = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
    }

    @Test
    void neverEnlargesASmallImage() throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(Thumbnails.of(png(40, 30), 200).orElseThrow()));

        assertThat(image.getWidth()).isEqualTo(40);
    }

    @Test
    void givesNoThumbnailForContentThatIsNoImage() {
        assertThat(Thumbnails.of("not an image".getBytes(), 200)).isEmpty();
    }

    static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

}
