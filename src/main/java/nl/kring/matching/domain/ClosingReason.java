package nl.kring.matching.domain;

/** Why a match ended: a closed list, with OTHER and a text for what the list does not name. */
public enum ClosingReason {
    GOAL_REACHED,
    PLANNED_END,
    FAMILY_STOPS,
    VOLUNTEER_STOPS,
    MOVED,
    OTHER;

    public String messageKey() {
        return "matching.match.reason." + name();
    }
}
