package nl.kring.suggestions.domain;

/**
 * Where an open need comes from: the map's signals, the family's plans, or the family's own words. The text
 * shown is {@code suggestions.need.<NAME>} with the support type and the subject (a name, an agreement).
 */
public enum NeedKind {
    /** The map: a kind of support that only professionals give. */
    ONLY_PROFESSIONALS,
    /** The map: a kind of support that nobody gives. */
    GAP,
    /** The map: one informal supporter carries much; others could share it. */
    OVERLOAD,
    /** The plan: the persons of an agreement declined it. */
    PLAN_DECLINED,
    /** The plan: nobody of an agreement is still available, on the map or wanted by the youth. */
    PLAN_NOBODY_LEFT,
    /** The plan: a professional's task is to be handed over to the network, to nobody yet. */
    HAND_OVER,
    /** What the family wrote itself. */
    OWN;

    public String messageKey() {
        return "suggestions.need." + name();
    }
}
