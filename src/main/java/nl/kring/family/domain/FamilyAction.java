package nl.kring.family.domain;

/** What someone wants to do with a family file. */
public enum FamilyAction {
    /** Read the file: members, professionals, status. */
    VIEW_FILE,
    /** See who looked at the file ("who looked at our file"). */
    VIEW_AUDIT
}
