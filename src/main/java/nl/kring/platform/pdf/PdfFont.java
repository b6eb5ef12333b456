package nl.kring.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font for Kring's PDFs: Liberation Sans, which OpenPDF ships (SIL Open Font License). Unlike the
 * standard PDF fonts it shows every Dutch and Turkish letter (ë, ü, ş, ı), so names print as written.
 */
public final class PdfFont {

    public static final String RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final String NAME = "LiberationSans-Regular.ttf";
    private static volatile byte[] bytes;

    private PdfFont() {}

    public static byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            try (var in = BaseFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenPDF no longer ships " + RESOURCE);
                }
                loaded = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = loaded;
        }
        return loaded;
    }

    /** A new font for one document, embedded as a subset and written as Unicode (Identity-H). */
    public static BaseFont unicode() {
        try {
            return BaseFont.createFont(NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
