package nl.kring.catalogue;

import nl.kring.audit.AuditAction;

/** What the catalogue records in the audit log: submissions and every step of their review. Reading the public catalogue is not recorded. */
public enum CatalogueAuditAction implements AuditAction {
    /** A proposal came in through the public form (no account). */
    CATALOGUE_SUBMISSION_SUBMIT,
    /** The editors' list of submissions: each listed submission. */
    CATALOGUE_SUBMISSION_LIST,
    CATALOGUE_SUBMISSION_READ,
    /** An editor mailed the submitter a question. */
    CATALOGUE_SUBMISSION_ASK,
    /** An editor published the submission as a new version; the line names the initiative and its version. */
    CATALOGUE_SUBMISSION_PUBLISH,
    /** An editor declined the submission with a reason, mailed to the submitter. */
    CATALOGUE_SUBMISSION_DECLINE;

    @Override
    public String code() {
        return name();
    }
}
