package nl.kring.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a volunteer may be matched in a programme today, from its requirements and their evidence:
 * available (until the first evidence expires, if any does), or not, with every reason.
 */
public sealed interface Availability {

    /** Available; {@code until} is the first day on which some evidence is no longer valid. */
    record Available(Optional<LocalDate> until) implements Availability {}

    /** Not available, and why: one reason per requirement that is not met. */
    record Unavailable(List<Reason> reasons) implements Availability {
        public Unavailable {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an unavailable volunteer has a reason");
            }
        }
    }

    /** Why a requirement is not met. */
    enum Code {
        /** no evidence at all */
        MISSING,
        /** the evidence was valid until {@link Reason#since} (exclusive) */
        EXPIRED,
        /** dated after today: not valid yet */
        FUTURE_DATE,
        /** a certificate of conduct for another screening profile than the programme requires */
        WRONG_SCREENING_PROFILE
    }

    /** A requirement that is not met; {@code since} is the day it expired, for {@link Code#EXPIRED}. */
    record Reason(RequirementKind kind, Code code, Optional<LocalDate> since) {}

    default boolean available() {
        return this instanceof Available;
    }
}
