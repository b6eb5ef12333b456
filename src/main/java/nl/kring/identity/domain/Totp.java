package nl.kring.identity.domain;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), the defaults every
 * authenticator app understands. A code is accepted for the previous, the current and the next step
 * (a phone's clock drifts), but only for a step after the last one used, so the same code never works
 * twice.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** How many steps before and after now are accepted. */
    public static final int WINDOW = 1;
    /** 160 bits, as RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;

    private final SecretKeySpec key;

    private Totp(byte[] secret) {
        if (secret.length < 10) {
            throw new IllegalArgumentException("secret too short");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA1");
    }

    public static Totp ofBase32(String secret) {
        return new Totp(Base32.decode(secret));
    }

    /** A new random secret, base32. */
    public static String newSecret(SecureRandom random) {
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base32.encode(bytes);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    public String code(long step) {
        try {
            return new HmacOneTimePasswordGenerator(DIGITS).generateOneTimePasswordString(key, step);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public String code(Instant at) {
        return code(step(at));
    }

    /**
     * The time-step the code belongs to, if it is valid now and newer than {@code lastUsedStep}; empty for
     * a wrong, expired or replayed code.
     */
    public OptionalLong accept(String typed, Instant now, long lastUsedStep) {
        var code = normalize(typed);
        if (code == null) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            if (s > lastUsedStep && MessageDigest.isEqual(code(s).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    /** Six digits, spaces allowed (apps show "123 456"); anything else is not a code. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        var code = typed.replace(" ", "").strip();
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9') ? code : null;
    }

    /** The otpauth:// URI that authenticator apps read from the QR code (Key Uri Format). */
    public static String uri(String issuer, String accountName, String secret) {
        var label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
