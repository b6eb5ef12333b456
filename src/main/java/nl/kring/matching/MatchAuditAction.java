package nl.kring.matching;

import nl.kring.audit.AuditAction;

/** What following a match records in the audit log; lines about a match name its family, so the family sees them. */
public enum MatchAuditAction implements AuditAction {
    /** A match started after both sides agreed. */
    MATCH_START,
    /** A coordinator's overview of a programme's matches: each listed match. */
    MATCH_LIST,
    /** A match read by its coordinator, its volunteer or its family. */
    MATCH_READ,
    MATCH_STEP_DONE,
    MATCH_STAGE_MOVE,
    MATCH_CONTACT_LOG,
    MATCH_EVALUATE,
    MATCH_MEASURE,
    MATCH_CLOSE,
    /** An evaluation reminder mailed (no actor: the scheduled job). */
    MATCH_REMINDER,
    /** A programme's quarterly report (counts only). */
    MATCH_REPORT;

    @Override
    public String code() {
        return name();
    }
}
