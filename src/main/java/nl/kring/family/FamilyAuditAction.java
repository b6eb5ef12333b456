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
    MEASURE_END,
    FAMILY_OPEN,
    MEMBER_ADD,
    MEMBER_CHANGE,
    MEMBER_REMOVE,
    AUTHORITY_CHANGE,
    CARE_SITUATION_RECORD,
    /** The file's history: care situations, hand-overs, closings. */
    FILE_HISTORY_READ,
    PROFESSIONAL_ASSIGN,
    PROFESSIONAL_UNASSIGN,
    FILE_TRANSFER,
    /** A professional saw that a file was handed over to their team, with its name and note. */
    TRANSFERRED_LIST,
    FILE_TAKE_UP,
    FILE_CLOSE,
    FILE_REOPEN;

    @Override
    public String code() {
        return name();
    }
}
