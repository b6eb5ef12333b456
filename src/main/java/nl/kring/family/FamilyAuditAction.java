package nl.kring.family;

import nl.kring.audit.AuditAction;

/** What the family module records in the audit log. */
public enum FamilyAuditAction implements AuditAction {
    FAMILY_LIST,
    FAMILY_READ,
    FAMILY_AUDIT_READ,
    /** A network member saw that a family shares something with them. */
    SHARED_LIST,
    MEASURE_LIST,
    MEASURE_RECORD,
    MEASURE_END;

    @Override
    public String code() {
        return name();
    }
}
