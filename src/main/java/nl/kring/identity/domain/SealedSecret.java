package nl.kring.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A TOTP secret as it is stored: encrypted with AES-256-GCM under a key from configuration, bound to its
 * account (the account id is the associated data, so a sealed secret copied to another account's row
 * does not open). Stored as {@code v1:} + base64(12-byte nonce ‖ ciphertext ‖ tag). The secret must be
 * readable again to compute codes, so it is encrypted rather than hashed.
 */
public final class SealedSecret {

    public static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public SealedSecret(byte[] key, SecureRandom random) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.random = random;
    }

    /** Whether a stored value is sealed (and not a secret stored in clear before sealing existed). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    public String seal(UUID accountId, String secret) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            var out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal the secret", e);
        }
    }

    /**
     * The secret again.
     *
     * @throws IllegalStateException when the value was sealed under another key or for another account, or was changed
     */
    public String open(UUID accountId, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                throw new IllegalStateException("sealed secret too short");
            }
            var nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
            var cipher = cipher(Cipher.DECRYPT_MODE, nonce, accountId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the second-factor secret does not open with the configured key", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID accountId) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    @Override
    public String toString() {
        return "SealedSecret[key=…]";
    }
}
