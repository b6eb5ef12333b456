package nl.kring.invitation;

import nl.kring.audit.AuditAction;

/** What the invitation module records in the audit log (and the family sees in "who looked at our file"). */
public enum InvitationAuditAction implements AuditAction {
    INVITATION_LIST,
    INVITATION_CREATE,
    INVITATION_RESEND,
    INVITATION_WITHDRAW,
    /** Someone opened an invitation link (signed in or not). */
    INVITATION_LINK_OPEN,
    /** The invitee took the invitation up: a new account, or an existing one linked. */
    INVITATION_ACCEPT;

    @Override
    public String code() {
        return name();
    }
}
