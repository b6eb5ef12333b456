package nl.kring.family.domain;

/** How a parent or carer relates to the youths of the family. */
public enum CarerKind {
    MOTHER,
    FATHER,
    STEP_PARENT,
    FOSTER_PARENT,
    /** A guardian (voogd) holds parental authority in place of the parents. */
    GUARDIAN,
    OTHER_CARER;

    public String messageKey() {
        return "lifecycle.carer." + name();
    }
}
