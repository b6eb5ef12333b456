package nl.kring.consent.domain;

/** Why a consent that is otherwise in force is waiting for approvals. */
public enum PendingReason {
    /** Not everyone who must approve has done so yet. */
    NOT_YET_APPROVED,
    /**
     * The parents approved before the youth turned 12 ({@link ConsentAgeRules#youthJoinsAt()}). Their
     * approvals stay valid and they are not asked again, but now the youth must approve as well.
     */
    YOUTH_TURNED_12,
    /**
     * The parents approved before the youth turned 16 ({@link ConsentAgeRules#youthAloneFrom()}) and
     * the youth has not approved. Now the youth alone decides; the parents' approvals no longer count.
     */
    YOUTH_TURNED_16,
    /**
     * The youth is under 16 and nobody holds parental authority over them (for example a guardian
     * was not recorded as a parent with authority), so no consent about them can take effect.
     */
    NO_PARENT_WITH_AUTHORITY;

    public String messageKey() {
        return "consent.pending." + name();
    }
}
