package nl.kring.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recovery codes: ten single-use codes of ten characters (50 random bits each), shown once as
 * {@code abcde-fghij} and stored only as SHA-256 hashes. Like access tokens they are random values, so a
 * slow hash adds nothing; and who can read the database can read the TOTP secret anyway.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    public static final int LENGTH = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private RecoveryCodes() {}

    /** New codes, formatted for display. */
    public static List<String> generate(SecureRandom random) {
        var codes = new ArrayList<String>(COUNT);
        while (codes.size() < COUNT) {
            var code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            var formatted = format(code.toString());
            if (!codes.contains(formatted)) {
                codes.add(formatted);
            }
        }
        return List.copyOf(codes);
    }

    /** What someone typed, without case, spaces or dashes; empty if it cannot be a recovery code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var code = typed.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "").strip();
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code) : Optional.empty();
    }

    public static String format(String normalized) {
        return normalized.substring(0, LENGTH / 2) + "-" + normalized.substring(LENGTH / 2);
    }

    /** The stored form of a code (typed or formatted). */
    public static String hash(String code) {
        var normalized = normalize(code).orElseThrow(() -> new IllegalArgumentException("not a recovery code"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hashes of a person's codes not used yet. A code works once: {@link #use} answers what is left
     * without it, or empty for a code that is unknown or used. (The store marks it used with a conditional
     * update, so of two requests with the same code only one gets through.)
     */
    public record Unused(Set<String> hashes) {

        public Unused {
            hashes = Set.copyOf(hashes);
        }

        public static Unused of(Collection<String> hashes) {
            return new Unused(Set.copyOf(hashes));
        }

        /** The hash of the typed code, if it is one of these. */
        public Optional<String> match(String typed) {
            return normalize(typed).map(RecoveryCodes::hash).filter(hashes::contains);
        }

        public Optional<Unused> use(String typed) {
            return match(typed).map(hash -> {
                var left = new java.util.HashSet<>(hashes);
                left.remove(hash);
                return new Unused(left);
            });
        }

        public int count() {
            return hashes.size();
        }
    }
}
