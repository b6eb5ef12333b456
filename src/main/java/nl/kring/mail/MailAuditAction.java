package nl.kring.mail;

import nl.kring.audit.AuditAction;

/** What the mail module records in the audit log. */
public enum MailAuditAction implements AuditAction {
    OUTBOX_LIST,
    OUTBOX_READ;

    @Override
    public String code() {
        return name();
    }
}
