package nl.kring.network.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The one font of the PNG and the PDF: Liberation Sans Regular, which OpenPDF ships inside its own jar
 * ({@code font-fallback/LiberationSans-Regular.ttf}, SIL Open Font License 1.1). It is metrically
 * compatible with Arial and has the letters Dutch and Turkish names need (ë, ü, ö, ç, ğ, ş, ı, İ) —
 * unlike PDF's standard Helvetica, which has no ş or ı. Taking it from the OpenPDF artifact means no
 * font file in Kring's repository and the same text on every machine, whatever fonts the operating
 * system has (a headless server may have none). OpenPDF 3 ships it only in the regular weight;
 * headings in the PDF are drawn thicker with a text outline instead.
 */
final class MapFonts {

    static final String RESOURCE = nl.kring.platform.pdf.PdfFont.RESOURCE;

    private static volatile Font awt;

    private MapFonts() {
    }

    static byte[] bytes() {
        return nl.kring.platform.pdf.PdfFont.bytes();
    }

    /** The font for Java2D, size 1; derive the size needed. */
    static Font awt() {
        Font font = awt;
        if (font == null) {
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE, e);
            }
            awt = font;
        }
        return font;
    }

    /** A new PDF font, embedded as a subset and written as Unicode (Identity-H), for one document. */
    static BaseFont pdf() {
        return nl.kring.platform.pdf.PdfFont.unicode();
    }
}
