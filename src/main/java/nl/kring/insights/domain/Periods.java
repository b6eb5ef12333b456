package nl.kring.insights.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period an analyst asks for: whole months ({@code 2025-03}), quarters ({@code 2025-Q1}) or years
 * ({@code 2025}), one or a range of the same kind ({@code 2021..2025}). Never a range of days, so that two
 * answers cannot be taken from each other to leave a few days, and with them one family.
 */
public record Periods(Granularity granularity, List<Period> periods) {

    public static final int MAX_PERIODS = 60;

    public enum Granularity {
        MONTH,
        QUARTER,
        YEAR
    }

    /** One whole period: its label and its first and last month. */
    public record Period(String label, YearMonth first, YearMonth last) {}

    public Periods {
        periods = List.copyOf(periods);
    }

    public YearMonth first() {
        return periods.getFirst().first();
    }

    public YearMonth last() {
        return periods.getLast().last();
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The periods asked for, or empty when the text is not a whole period or a range of them (at most {@link #MAX_PERIODS}). */
    public static Optional<Periods> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var parts = text.strip().split("\\.\\.", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        var from = one(parts[0]);
        var to = parts.length == 2 ? one(parts[1]) : from;
        if (from.isEmpty() || to.isEmpty() || from.get().granularity != to.get().granularity
                || to.get().period.first().isBefore(from.get().period.first())) {
            return Optional.empty();
        }
        var granularity = from.get().granularity;
        var periods = new ArrayList<Period>();
        var start = from.get().period.first();
        while (!start.isAfter(to.get().period.first())) {
            if (periods.size() == MAX_PERIODS) {
                return Optional.empty();
            }
            var period = period(granularity, start);
            periods.add(period);
            start = period.last().plusMonths(1);
        }
        return Optional.of(new Periods(granularity, periods));
    }

    /** The period of this kind that holds the month. */
    public static Period period(Granularity granularity, YearMonth month) {
        return switch (granularity) {
            case MONTH -> new Period(month.toString(), month, month);
            case QUARTER -> {
                int q = (month.getMonthValue() - 1) / 3;
                var first = YearMonth.of(month.getYear(), q * 3 + 1);
                yield new Period(month.getYear() + "-Q" + (q + 1), first, first.plusMonths(2));
            }
            case YEAR -> new Period(Integer.toString(month.getYear()), YearMonth.of(month.getYear(), 1), YearMonth.of(month.getYear(), 12));
        };
    }

    /** The period among these that holds the month, if any. */
    public Optional<Period> holding(YearMonth month) {
        return periods.stream().filter(p -> !month.isBefore(p.first()) && !month.isAfter(p.last())).findFirst();
    }

    private record One(Granularity granularity, Period period) {}

    private static Optional<One> one(String text) {
        var t = text.strip();
        var m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return year(m.group(1)).map(y -> new One(Granularity.MONTH, period(Granularity.MONTH, YearMonth.of(y, month))));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            int q = Integer.parseInt(m.group(2));
            return year(m.group(1)).map(y -> new One(Granularity.QUARTER, period(Granularity.QUARTER, YearMonth.of(y, (q - 1) * 3 + 1))));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return year(m.group(1)).map(y -> new One(Granularity.YEAR, period(Granularity.YEAR, YearMonth.of(y, 1))));
        }
        return Optional.empty();
    }

    private static Optional<Integer> year(String text) {
        int y = Integer.parseInt(text);
        return y >= 1900 && y <= 2999 ? Optional.of(y) : Optional.empty();
    }
}
