package nl.kring.identity.domain;

import java.util.Locale;
import org.apache.commons.codec.CodecPolicy;

/**
 * Base32 of RFC 4648 without padding, as authenticator apps expect a TOTP secret; the coding itself is
 * Apache Commons Codec's. Decoding ignores case, spaces and padding, and refuses any other character
 * (Commons Codec on its own would skip it silently).
 */
public final class Base32 {

    private static final org.apache.commons.codec.binary.Base32 CODEC =
            new org.apache.commons.codec.binary.Base32(0, null, false, (byte) '=', CodecPolicy.STRICT);

    private Base32() {}

    public static String encode(byte[] bytes) {
        return CODEC.encodeToString(bytes).replace("=", "");
    }

    public static byte[] decode(String text) {
        var normalized = text.toUpperCase(Locale.ROOT).replace(" ", "").replace("=", "");
        if (!normalized.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
            throw new IllegalArgumentException("not base32");
        }
        return CODEC.decode(normalized);
    }

    /** The secret in groups of four, for people who type it into their app instead of scanning. */
    public static String grouped(String base32) {
        var out = new StringBuilder();
        for (int i = 0; i < base32.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(base32, i, Math.min(base32.length(), i + 4));
        }
        return out.toString();
    }
}
