package nl.kring.invitation.domain;

/** Where an invitation stands. Only an open one can be used, and only once. */
public enum InvitationState {
    OPEN,
    USED,
    EXPIRED,
    WITHDRAWN;

    public String messageKey() {
        return "invitation.state." + name();
    }
}
