package nl.kring.network.render;

import java.util.Locale;

/** Locale-free number text for SVG coordinates, CSV and GraphML: a dot as decimal separator. */
final class Numbers {

    private Numbers() {
    }

    /** Appends {@code value} rounded to two decimals, without trailing zeros ({@code 12.5}, {@code -3}). */
    static StringBuilder append2(StringBuilder out, double value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        int rest = (int) (hundredths % 100);
        if (rest != 0) {
            out.append('.');
            out.append((char) ('0' + rest / 10));
            if (rest % 10 != 0) {
                out.append((char) ('0' + rest % 10));
            }
        }
        return out;
    }

    static String format2(double value) {
        return append2(new StringBuilder(12), value).toString();
    }

    /** A figure such as a density or betweenness, with up to six decimals. */
    static String format6(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        var text = String.format(Locale.ROOT, "%.6f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
