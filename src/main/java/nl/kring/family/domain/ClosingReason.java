package nl.kring.family.domain;

/** Why care ended and the file was closed. */
public enum ClosingReason {
    GOALS_REACHED,
    MOVED_AWAY,
    TRANSFERRED,
    FAMILY_STOPPED,
    PLACEMENT,
    /** Any other reason, written out in the closing text. */
    OTHER;

    public String messageKey() {
        return "lifecycle.closing.reason." + name();
    }
}
