package nl.kring.family;

import nl.kring.audit.AuditAction;

/** What the family module records in the audit log. */
public enum FamilyAuditAction implements AuditAction {
    FAMILY_LIST,
    FAMILY_READ,
    FAMILY_AUDIT_READ,
    /** A network member saw that a family shares something with them. */
    SHARED_LIST,
    /** Someone opened what a family shares with them ("what family X shares with you"). */
    SHARED_READ,
    /** Given names, ages and relations of the family members (category MEMBER_BASICS). */
    MEMBERS_READ,
    CONTACT_DETAILS_READ,
    CONTACT_DETAILS_CHANGE,
    NOTES_READ,
    NOTE_ADD,
    MEASURE_LIST,
    MEASURE_RECORD,
    MEASURE_END;

    @Override
    public String code() {
        return name();
    }
}
