package nl.kring.family.domain;

/** What someone wants to do with a family file. */
public enum FamilyAction {
    /** Read the file: members, professionals, status, and what other capabilities keep in it (maps, plans). */
    VIEW_FILE,
    /** Add to or change what is kept in the file, e.g. draw the network map together. */
    CONTRIBUTE,
    /** See who looked at the file ("who looked at our file"). */
    VIEW_AUDIT,
    /** Download the whole file (right of access): the same people as {@link #VIEW_AUDIT}. */
    EXERCISE_FILE_RIGHTS,
    /** Decide on the family's request to destroy its file: the professionals assigned to it. */
    DECIDE_DESTRUCTION
}
