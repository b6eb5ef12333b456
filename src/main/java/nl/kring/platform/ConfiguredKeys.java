package nl.kring.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Secret keys from configuration (base64 of 32 random bytes, e.g. {@code openssl rand -base64 32}).
 * Outside demo mode a key must be configured, or Kring does not start: a key made up at start-up would
 * make what it protected unreadable after a restart, and differ between two nodes. In demo mode, with its
 * published passwords and fictional families, an unconfigured key is derived from its name, so that the
 * demo keeps working across restarts; it protects nothing there and is not meant to.
 */
public final class ConfiguredKeys {

    private ConfiguredKeys() {}

    /**
     * The 32-byte key configured as {@code property} (its value {@code configured}).
     *
     * @throws IllegalStateException when the value is missing outside demo mode, not base64, or not 32 bytes
     */
    public static byte[] key(String property, String configured, boolean demoMode) {
        if (configured == null || configured.isBlank()) {
            if (!demoMode) {
                throw new IllegalStateException(property + " must be set outside demo mode: base64 of 32 random bytes (openssl rand -base64 32)");
            }
            return sha256("kring demo key, not secret: " + property);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 of 32 random bytes (openssl rand -base64 32)");
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (base64, openssl rand -base64 32), got " + key.length);
        }
        return key;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
