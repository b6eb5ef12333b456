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
    DECIDE_DESTRUCTION,
    /** Record or end a child-protection measure on a youth of the family: the professionals assigned to it. */
    RECORD_MEASURE,
    /**
     * See, record or end sharing without consent (an exception for a child's safety or under a statutory
     * measure): the professionals assigned to the file, and nobody else.
     */
    RECORD_EXCEPTION,
    /**
     * Review what is hidden from the family for a child's safety (hidden exceptions and the audit lines
     * under them): the privacy officer of the file's team, and nobody else.
     */
    REVIEW_HIDDEN,
    /**
     * Keep the file up to date: members, parental authority, care situations, the professionals
     * assigned, hand-over to another team, closing and reopening. The professionals assigned to it.
     */
    MANAGE_FILE,
    /**
     * Take up a file that nobody of its team holds (handed over to the team, or whose last professional
     * left): any professional of the file's team, who then reads the hand-over note and is assigned.
     */
    TAKE_UP,
    /**
     * Invite people to sign in to the file and see the invitations: the assigned professionals and those
     * who hold the family's file rights (a parent with parental authority, a youth from 12). Whom one may
     * invite is narrowed further by the invitation rules (a youth invites only people around them).
     */
    INVITE
}
