package nl.kring.matching.domain;

import java.time.Period;
import java.util.Optional;

/**
 * A requirement of a programme: its kind, how long evidence stays valid (empty: for good) and, for a
 * certificate of conduct, the screening profile it must have been issued for (empty: any).
 */
public record Requirement(RequirementKind kind, Optional<Period> validFor, Optional<String> screeningProfile) {

    public Requirement {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        validFor = validFor == null ? Optional.empty() : validFor;
        screeningProfile = screeningProfile == null ? Optional.empty()
                : screeningProfile.map(String::strip).filter(profile -> !profile.isEmpty());
        if (validFor.isPresent() && (validFor.get().isNegative() || validFor.get().isZero())) {
            throw new IllegalArgumentException("a validity must be longer than nothing: " + validFor.get());
        }
    }

    /** The kind with its default validity and no particular screening profile. */
    public static Requirement of(RequirementKind kind) {
        return new Requirement(kind, kind.defaultValidity(), Optional.empty());
    }
}
