package nl.kring.matching.domain;

import java.util.Optional;
import nl.kring.intake.domain.Postcode;

/**
 * The four digits of a Dutch postcode (1000–9999): the area that coordinates are known for. A full
 * postcode (PC6, {@code 1234 AB}) maps to its four digits; the letters only narrow down the street.
 */
public record Pc4(int digits) {

    public Pc4 {
        if (digits < Postcode.LOWEST || digits > Postcode.HIGHEST) {
            throw new IllegalArgumentException("postcode digits out of range: " + digits);
        }
    }

    /** A typed PC4 ({@code "1234"}) or PC6 ({@code "1234 ab"}, {@code "1234AB"}); empty when it is neither. */
    public static Optional<Pc4> parse(String typed) {
        return Postcode.parse(typed).map(Postcode::digits).or(() -> Postcode.parseDigits(typed)).map(Pc4::new);
    }

    @Override
    public String toString() {
        return Integer.toString(digits);
    }
}
