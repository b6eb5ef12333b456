package nl.kring.identity;

import nl.kring.audit.AuditAction;

/** What the identity module records in the audit log. */
public enum IdentityAuditAction implements AuditAction {
    ACCOUNT_LIST,
    ACCOUNT_READ,
    ACCOUNT_CREATE,
    ACCOUNT_UPDATE,
    ACCOUNT_UNLOCK,
    TOKEN_CREATE,
    TOKEN_REVOKE;

    @Override
    public String code() {
        return name();
    }
}
