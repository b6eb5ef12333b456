package nl.kring.family.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A child-protection measure (or closed youth care, or youth probation) on one youth of the family, as
 * recorded in the file by an assigned professional: a fact about the file that everyone who sees the
 * file is shown. The consent module reads it as the legal basis for sharing while it runs.
 *
 * @param youthId the family-member id of the youth
 * @param end the last day, if known; ending a measure sets it
 * @param recordedBy the account id of the professional who recorded it
 */
public record ChildProtectionMeasure(UUID id, UUID youthId, Kind kind, LocalDate start, Optional<LocalDate> end, UUID recordedBy,
        Instant recordedAt) {

    /** The kinds of measure that fall outside voluntary consent (the same as the consent module's). */
    public enum Kind {
        /** Ondertoezichtstelling (OTS). */
        SUPERVISION_ORDER,
        /** Voogdij. */
        GUARDIANSHIP,
        /** Gesloten jeugdhulp. */
        CLOSED_YOUTH_CARE,
        /** Jeugdreclassering. */
        YOUTH_PROBATION;

        public String messageKey() {
            return "consent.measure." + name();
        }
    }

    public ChildProtectionMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(youthId, "youthId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (end.filter(start::isAfter).isPresent()) {
            throw new IllegalArgumentException("a measure cannot end before it starts");
        }
    }

    /** Whether the measure runs on this day (start and end day included). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && end.map(last -> !day.isAfter(last)).orElse(true);
    }

    /** The same measure ending on this day. */
    public ChildProtectionMeasure endingOn(LocalDate last) {
        return new ChildProtectionMeasure(id, youthId, kind, start, Optional.of(last), recordedBy, recordedAt);
    }
}
