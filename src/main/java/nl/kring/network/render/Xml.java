package nl.kring.network.render;

/** Escaping of text for XML 1.0 (SVG and GraphML). */
final class Xml {

    private Xml() {
    }

    /**
     * Appends text escaped for element content and for attribute values in double or single quotes.
     * Characters that XML 1.0 does not allow at all (most control characters, lone surrogates,
     * U+FFFE and U+FFFF) become U+FFFD, so that hostile or broken input cannot break the document.
     */
    static StringBuilder append(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    static String escape(String text) {
        return append(new StringBuilder(text == null ? 0 : text.length() + 16), text).toString();
    }
}
