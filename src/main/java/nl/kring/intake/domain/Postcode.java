package nl.kring.intake.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Dutch postcode: four digits (1000–9999) and two letters, written {@code 1234 AB}. Teams cover areas
 * on the digits; the letters only narrow the street down and are not needed for routing.
 */
public record Postcode(int digits, String letters) {

    public static final int LOWEST = 1000;
    public static final int HIGHEST = 9999;

    /** Four digits, not starting with 0, then two letters; a space or none between them, any case. */
    private static final Pattern DUTCH = Pattern.compile("([1-9][0-9]{3})\\s?([A-Za-z]{2})");

    /** The letter pairs PostNL never uses. */
    private static final java.util.Set<String> UNUSED = java.util.Set.of("SA", "SD", "SS");

    public Postcode {
        if (digits < LOWEST || digits > HIGHEST) {
            throw new IllegalArgumentException("postcode digits out of range: " + digits);
        }
        if (letters == null || !letters.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("postcode letters must be two capitals");
        }
    }

    /** The postcode as typed ({@code "1234ab"}, {@code " 1234 AB "}), or empty when it is not a Dutch postcode. */
    public static Optional<Postcode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var matcher = DUTCH.matcher(typed.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var letters = matcher.group(2).toUpperCase(Locale.ROOT);
        if (UNUSED.contains(letters)) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(Integer.parseInt(matcher.group(1)), letters));
    }

    /** Just the four digits, as an administrator types the ends of an area; empty for anything else. */
    public static Optional<Integer> parseDigits(String typed) {
        if (typed == null || !typed.strip().matches("[1-9][0-9]{3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(typed.strip()));
    }

    @Override
    public String toString() {
        return digits + " " + letters;
    }
}
