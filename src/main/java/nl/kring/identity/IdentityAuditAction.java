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
    TOKEN_REVOKE,
    /** A person set up a second factor (record: the account). */
    SECOND_FACTOR_ENROL,
    /** A person turned their second factor off with a current code. */
    SECOND_FACTOR_DISABLE,
    /** An administrator removed an account's second factor, e.g. after a lost phone. */
    SECOND_FACTOR_RESET,
    /** A wrong code while setting up a second factor (nothing is stored). */
    SECOND_FACTOR_ENROL_FAIL,
    /**
     * A code came for a locked account, or a wrong code locked it (at sign-in or to change the second
     * factor); the session ends.
     */
    SECOND_FACTOR_LOCKED,
    /** The second sign-in step passed with a code from the app. */
    SECOND_FACTOR_PASS,
    /** A wrong, expired or replayed code (at sign-in or to change the second factor). */
    SECOND_FACTOR_FAIL,
    /** The second sign-in step passed with a recovery code, which is now used up. */
    RECOVERY_CODE_USE,
    RECOVERY_CODES_REGENERATE;

    @Override
    public String code() {
        return name();
    }
}
