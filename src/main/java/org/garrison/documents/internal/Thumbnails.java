package org.garrison.documents.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.imageio.ImageIO;

/** Small PNG previews of images, made with the JDK's ImageIO (formats it cannot read get none). */
public final class Thumbnails {

    private Thumbnails() {
    }

    /** A PNG whose longest side is at most {@code size} pixels, if the content is a readable image. */
    public static Optional<byte[]> of(byte[] image, int size) {
        return of(new ByteArrayInputStream(image), size);
    }

    /** A PNG whose longest side is at most {@code size} pixels, if the stream holds a readable image. */
    public static Optional<byte[]> of(InputStream image, int size) {
        try {
            BufferedImage source = ImageIO.read(image);
            if (source == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            var thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            var graphics = thumbnail.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(source, 0, 0, width, height, null);
            }
            finally {
                graphics.dispose();
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(thumbnail, "png", png);
            return Optional.of(png.toByteArray());
        }
        catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

}
