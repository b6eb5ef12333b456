package nl.kring.matching;

import nl.kring.audit.AuditAction;

/** What the matching module records in the audit log: organisations, their coordinators and programmes. */
public enum MatchingAuditAction implements AuditAction {
    ORGANISATION_LIST,
    ORGANISATION_READ,
    ORGANISATION_CREATE,
    COORDINATOR_ADD,
    COORDINATOR_REMOVE,
    /** A coordinator's list of the programmes of their organisations: each listed programme. */
    PROGRAMME_LIST,
    PROGRAMME_READ,
    PROGRAMME_CREATE,
    PROGRAMME_UPDATE;

    @Override
    public String code() {
        return name();
    }
}
