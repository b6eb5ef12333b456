package nl.kring.plan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a professional does for the family now, with its planned hand-over to the network
 * (step-down, "afschalen"): to whom, by when, and how far it got.
 *
 * @param hoursPerMonth the professional's time on it, to show the step-down over time
 */
public record ProfessionalTask(UUID id, String description, String heldBy, int hoursPerMonth, Optional<PersonRef> handOverTo,
        Optional<LocalDate> handOverBy, HandOverState state) {

    public ProfessionalTask {
        Objects.requireNonNull(id, "id");
        description = Agreement.clean(description);
        heldBy = Agreement.clean(heldBy);
        handOverTo = handOverTo == null ? Optional.empty() : handOverTo;
        handOverBy = handOverBy == null ? Optional.empty() : handOverBy;
        state = state == null ? HandOverState.HELD : state;
    }

    /** How far the hand-over of a professional task got. */
    public enum HandOverState {
        /** The professional still does it; a hand-over may be planned. */
        HELD,
        /** The person in the network has taken it over. */
        HANDED_OVER,
        /** It stays with a professional (for example for the child's safety). */
        STAYS_PROFESSIONAL
    }
}
