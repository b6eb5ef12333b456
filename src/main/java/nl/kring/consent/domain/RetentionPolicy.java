package nl.kring.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a closed file is kept: youth-care files are kept 20 years after care ended, then
 * destroyed. A closed file is due for destruction on the day {@code closedOn + afterCare} and every
 * day after. An open file is never due. Keeping a file longer because care needs it is decided per
 * file, outside this policy.
 *
 * @param afterCare the period after the end of care, 20 years by default
 */
public record RetentionPolicy(Period afterCare) {

    /** 20 years after care ended (Jeugdwet, since 2020). */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Period.ofYears(20));

    public RetentionPolicy {
        Objects.requireNonNull(afterCare, "afterCare");
        if (afterCare.isNegative() || afterCare.isZero()) {
            throw new IllegalArgumentException("a retention period must be positive, got " + afterCare);
        }
    }

    /** The first day on which a file closed on this day is due for destruction. */
    public LocalDate dueOn(LocalDate closedOn) {
        return closedOn.plus(afterCare);
    }

    /** Whether a file closed on {@code closedOn} is due for destruction today: {@code closedOn + afterCare <= today}. */
    public boolean isDueForDestruction(LocalDate closedOn, LocalDate today) {
        return !dueOn(closedOn).isAfter(today);
    }

    /**
     * The last closing day whose files are due for destruction today: every file closed on or before
     * it is due, every file closed later is not. Simply {@code today - afterCare} is not exact, because
     * adding months clamps to the end of the month (a file closed on 31 January is due one month later
     * on 28 February, as is one closed on 28 January), so this steps from there to the exact day.
     */
    public LocalDate lastClosingDayDueOn(LocalDate today) {
        var day = today.minus(afterCare);
        // dueOn never decreases as the closing day increases, so the due closing days are one unbroken run
        while (!isDueForDestruction(day, today)) {
            day = day.minusDays(1);
        }
        while (isDueForDestruction(day.plusDays(1), today)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
