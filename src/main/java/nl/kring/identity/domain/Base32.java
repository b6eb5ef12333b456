package nl.kring.identity.domain;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** Base32 of RFC 4648 without padding, as authenticator apps expect a TOTP secret. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    public static String encode(byte[] bytes) {
        var out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** Decodes, ignoring case, spaces and padding; refuses any other character. */
    public static byte[] decode(String text) {
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '=') {
                continue;
            }
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
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
