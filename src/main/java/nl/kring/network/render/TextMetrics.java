package nl.kring.network.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Widths of text in the map's one font, Liberation Sans ({@link MapFonts}), in map units. The PNG and
 * the PDF draw with that font and the SVG names it first, so a label box computed here is the box the
 * text takes in every output. The width is the sum of the advance widths of the letters at fractional
 * metrics, as Java2D lays out a string without kerning and as OpenPDF measures it from the same font's
 * widths; letters are measured once and remembered.
 */
final class TextMetrics {

    /** Height above the baseline that a label covers, as a share of the font size (capitals, accents on small letters). */
    static final double ASCENT = 0.78;
    /** Depth below the baseline, as a share of the font size (g, j, p, q, y). */
    static final double DESCENT = 0.22;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double MEASURED_SIZE = 100.0;
    private static final int TABLE = 0x0600;
    private static final float[] REGULAR = new float[TABLE];
    private static final float[] BOLD = new float[TABLE];
    private static final ConcurrentHashMap<Long, Float> OTHERS = new ConcurrentHashMap<>();
    private static volatile Font regular;
    private static volatile Font bold;

    private TextMetrics() {
    }

    /** The advance width of {@code text} at {@code size} map units, regular or bold as the SVG and Java2D draw it. */
    static double width(String text, double size, boolean heavy) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            em += advance(codePoint, heavy);
            i += Character.charCount(codePoint);
        }
        return em * size;
    }

    /** Advance of one letter at size 1. */
    private static float advance(int codePoint, boolean heavy) {
        if (codePoint < TABLE) {
            float[] table = heavy ? BOLD : REGULAR;
            float known = table[codePoint];
            if (known == 0f) {
                known = measure(codePoint, heavy);
                // 0 is "not measured yet"; a letter without width (a combining accent) is stored as a tiny width.
                table[codePoint] = known == 0f ? Float.MIN_VALUE : known;
            }
            return known;
        }
        return OTHERS.computeIfAbsent(((long) codePoint << 1) | (heavy ? 1 : 0), key -> measure(codePoint, heavy));
    }

    private static float measure(int codePoint, boolean heavy) {
        return (float) (font(heavy).getStringBounds(new String(Character.toChars(codePoint)), CONTEXT).getWidth() / MEASURED_SIZE);
    }

    /** The font at {@link #MEASURED_SIZE}; advances are divided by it. */
    private static Font font(boolean heavy) {
        Font font = heavy ? bold : regular;
        if (font == null) {
            font = MapFonts.awt().deriveFont(heavy ? Font.BOLD : Font.PLAIN, (float) MEASURED_SIZE);
            if (heavy) {
                bold = font;
            } else {
                regular = font;
            }
        }
        return font;
    }
}
