package nl.kring.consent.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child-protection measure (or closed youth care, or youth probation) on a youth for a period.
 * While it runs, voluntary consent is not the legal basis for sharing about that youth: a
 * {@link Disclosure} then names the measure as its basis, even where the family also agreed through
 * a consent. Kring keeps this deliberately simple: it records that a measure runs, it does not model
 * the measure's own rules.
 *
 * @param end the last day of the measure, if known
 */
public record ProtectionMeasure(Kind kind, LocalDate start, Optional<LocalDate> end) {

    /** The kinds of measure that fall outside voluntary consent. */
    public enum Kind {
        /** Ondertoezichtstelling (OTS). */
        SUPERVISION_ORDER,
        /** Voogdij: a guardian instead of parental authority. */
        GUARDIANSHIP,
        /** Gesloten jeugdhulp. */
        CLOSED_YOUTH_CARE,
        /** Jeugdreclassering. */
        YOUTH_PROBATION;

        public String messageKey() {
            return "consent.measure." + name();
        }
    }

    public ProtectionMeasure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.filter(start::isAfter).isPresent()) {
            throw new IllegalArgumentException("a measure cannot end before it starts");
        }
    }

    /** Whether the measure runs on this day (start and end day included). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && end.map(last -> !day.isAfter(last)).orElse(true);
    }
}
