package nl.kring.matching;

import nl.kring.audit.AuditAction;

/** What the matching module records in the audit log: organisations, their coordinators, programmes and postcode lists. */
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
    PROGRAMME_UPDATE,
    /** An organisation's postcode centroid list read, or a distance computed from it. */
    POSTCODES_READ,
    /** An organisation's postcode centroid list replaced by an imported file. */
    POSTCODES_IMPORT,
    /** A volunteer registered on the public form or the API (no actor yet): the new volunteer. */
    VOLUNTEER_REGISTER,
    /** A coordinator's list of a programme's volunteers: each listed volunteer. */
    VOLUNTEER_LIST,
    /** A volunteer's profile and evidence read, by a coordinator or by the volunteer themselves. */
    VOLUNTEER_READ,
    /** Evidence for a requirement recorded for a volunteer in a programme. */
    EVIDENCE_RECORD,
    /** A reminder mailed to a volunteer whose evidence runs out (no actor: the scheduled job). */
    RENEWAL_REMINDER;

    @Override
    public String code() {
        return name();
    }
}
