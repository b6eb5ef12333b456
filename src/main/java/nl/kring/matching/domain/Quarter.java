package nl.kring.matching.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q4}: its first and last day. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("no quarter: " + year + "-Q" + number);
        }
    }

    /** The quarter as written ({@code 2026-Q4}, case ignored), or empty for anything else. */
    public static Optional<Quarter> parse(String text) {
        var matcher = WRITTEN.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return year < 1900 ? Optional.empty() : Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
