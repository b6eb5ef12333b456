package nl.kring.intake;

import nl.kring.audit.AuditAction;

/** What the intake module records in the audit log: every read and change of a support request and of the postcode areas. */
public enum IntakeAuditAction implements AuditAction {
    /** A request came in through the public form or the API (no account). */
    SUPPORT_REQUEST_SUBMIT,
    /** The team's intake list: each listed request. */
    SUPPORT_REQUEST_LIST,
    SUPPORT_REQUEST_READ,
    /** Accepted into a new family file; the line names the new file. */
    SUPPORT_REQUEST_ACCEPT,
    SUPPORT_REQUEST_REFER,
    /** The personal data of handled requests erased after the retention period. */
    SUPPORT_REQUEST_ERASE,
    /** A request nobody accepted or referred was erased altogether after {@code kring.intake.unhandled-retention}. */
    SUPPORT_REQUEST_EXPIRE,
    POSTCODE_AREA_LIST,
    POSTCODE_AREA_ADD,
    POSTCODE_AREA_REMOVE;

    @Override
    public String code() {
        return name();
    }
}
