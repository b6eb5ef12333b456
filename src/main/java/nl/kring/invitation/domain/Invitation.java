package nl.kring.invitation.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.Role;

/**
 * An invitation to sign in to one family file with one role. The link's secret is not here: only its
 * hash is stored, and the secret is only in the mail.
 *
 * @param role follows from the invitee ({@link InvitationRules#roleFor}), never from a request
 * @param inviteeName the name the invitee is known by in the file, as it was when invited
 */
public record Invitation(
        UUID id,
        UUID familyId,
        Invitee invitee,
        Role role,
        String inviteeName,
        String email,
        Locale language,
        Optional<UUID> invitedBy,
        Instant createdAt,
        Instant sentAt,
        int sentCount,
        Instant expiresAt,
        Optional<Instant> withdrawnAt,
        Optional<Instant> usedAt,
        Optional<UUID> usedBy) {

    /** Withdrawn and used are final; an open invitation expires at {@code expiresAt}. */
    public InvitationState stateAt(Instant now) {
        if (usedAt.isPresent()) {
            return InvitationState.USED;
        }
        if (withdrawnAt.isPresent()) {
            return InvitationState.WITHDRAWN;
        }
        return now.isBefore(expiresAt) ? InvitationState.OPEN : InvitationState.EXPIRED;
    }
}
