package org.garrison.testsupport.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A picture as a one-frame Y4M video (4:2:0, full-range BT.601) of {@value #WIDTH} × {@value #HEIGHT} px, the
 * picture centred on white: Chromium's fake camera plays such a file in a loop.
 */
final class StillVideo {

    static final int WIDTH = 640;

    static final int HEIGHT = 480;

    private StillVideo() {
    }

    /** Replaces the file at once (written beside it, then moved), so the camera never reads half a frame. */
    static void write(Path file, BufferedImage picture) {
        var frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.drawImage(picture, (WIDTH - picture.getWidth()) / 2, (HEIGHT - picture.getHeight()) / 2, null);
        g.dispose();
        try {
            var next = Files.createTempFile(file.getParent(), "camera", ".y4m");
            try (var out = new BufferedOutputStream(Files.newOutputStream(next))) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\nFRAME\n")
                    .getBytes(StandardCharsets.US_ASCII));
                out.write(planes(frame));
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The luma plane, then the two chroma planes at half the size, each sample the mean of 2 × 2 pixels. */
    private static byte[] planes(BufferedImage frame) {
        int chroma = WIDTH * HEIGHT / 4;
        var bytes = new byte[WIDTH * HEIGHT + 2 * chroma];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                var c = new Color(frame.getRGB(x, y));
                bytes[y * WIDTH + x] = clamp(0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue());
            }
        }
        for (int y = 0; y < HEIGHT / 2; y++) {
            for (int x = 0; x < WIDTH / 2; x++) {
                double cb = 0;
                double cr = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        var c = new Color(frame.getRGB(2 * x + dx, 2 * y + dy));
                        cb += 128 - 0.168736 * c.getRed() - 0.331264 * c.getGreen() + 0.5 * c.getBlue();
                        cr += 128 + 0.5 * c.getRed() - 0.418688 * c.getGreen() - 0.081312 * c.getBlue();
                    }
                }
                int at = y * WIDTH / 2 + x;
                bytes[WIDTH * HEIGHT + at] = clamp(cb / 4);
                bytes[WIDTH * HEIGHT + chroma + at] = clamp(cr / 4);
            }
        }
        return bytes;
    }

    private static byte clamp(double value) {
        return (byte) Math.max(0, Math.min(255, Math.round(value)));
    }

}
