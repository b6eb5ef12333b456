package nl.kring.network.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import nl.kring.network.domain.MapVersion;

/**
 * The map as a PNG image, drawn with Java2D: the same geometry, symbols and colours as
 * {@link MapSvg}, antialiased, on a white square. Works on a server without a display: it draws on an
 * image in memory and uses the font that OpenPDF ships ({@link MapFonts}), never the system's.
 */
public final class MapPng {

    /** Smallest and largest size in pixels; larger images take a lot of memory (4 bytes a pixel). */
    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 4096;

    static {
        // As Spring Boot does: never try to reach a display. Only set when nobody chose otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private MapPng() {
    }

    /**
     * PNG bytes of a square image of {@code sizePx} by {@code sizePx} pixels ({@value #MIN_SIZE} to
     * {@value #MAX_SIZE}). {@link SvgOptions#idPrefix()} and {@link SvgOptions#sizePx()} play no part.
     */
    public static byte[] render(MapVersion version, SvgOptions options, int sizePx) {
        if (sizePx < MIN_SIZE || sizePx > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from " + MIN_SIZE + " to " + MAX_SIZE + " pixels: " + sizePx);
        }
        var image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            double scale = sizePx / (2 * MapGeometry.VIEW_HALF);
            g.scale(scale, scale);
            g.translate(MapGeometry.VIEW_HALF, MapGeometry.VIEW_HALF);
            MapPainter.paint(g, version, options, true);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
