package nl.kring.invitation;

import nl.kring.platform.web.Refusal;

/** An invitation that cannot be made, sent, withdrawn or taken up, with the translated reason. */
public final class InvitationRefused extends Refusal {

    public InvitationRefused(int status, String messageKey, String field) {
        super(status, messageKey, field);
    }

    static InvitationRefused invalid(String messageKey, String field) {
        return new InvitationRefused(400, messageKey, field);
    }

    static InvitationRefused conflict(String messageKey) {
        return new InvitationRefused(409, messageKey, null);
    }

    static InvitationRefused notFound() {
        return new InvitationRefused(404, "invitation.error.notFound", null);
    }
}
