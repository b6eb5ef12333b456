package nl.kring.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Turns moments into Dutch calendar days and back. Kring's rules are Dutch, so its days are too. */
public final class DutchTime {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {}

    public static LocalDate dateOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZONE);
    }

    /** The first moment of the day. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The last moment of the day: everything recorded on that day has happened by then. */
    static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1)).minusNanos(1);
    }
}
