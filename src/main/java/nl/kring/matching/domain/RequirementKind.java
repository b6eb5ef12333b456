package nl.kring.matching.domain;

import java.time.Period;
import java.util.Optional;

/**
 * What a programme may require of a volunteer before matching, with how long it stays valid by default.
 * Stored by name; the label is {@code matching.requirement.<NAME>}.
 */
public enum RequirementKind {
    /** certificate of conduct (VOG): its date and screening profile; renewed after three years unless configured otherwise */
    CERTIFICATE_OF_CONDUCT(Optional.of(Period.ofYears(3))),
    /** identity document checked by the coordinator */
    ID_CHECKED(Optional.empty()),
    /** the programme's training done */
    TRAINING(Optional.empty()),
    /** intake interview held */
    INTAKE_INTERVIEW(Optional.empty());

    private final Optional<Period> defaultValidity;

    RequirementKind(Optional<Period> defaultValidity) {
        this.defaultValidity = defaultValidity;
    }

    /** How long evidence stays valid unless the programme says otherwise; empty: it does not expire. */
    public Optional<Period> defaultValidity() {
        return defaultValidity;
    }

    public String messageKey() {
        return "matching.requirement." + name();
    }
}
