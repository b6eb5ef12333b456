package nl.kring.invitation;

import java.util.Optional;
import nl.kring.identity.Accounts;
import nl.kring.identity.OidcSignUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An invitation taken up through the OIDC provider: the invitation link leaves its token as the session's
 * claim ({@link OidcSignUp.Pending}); after the provider's sign-in, the identity module asks here for the
 * account, which {@link Invitations#acceptWithOidc} creates with exactly the invitation's role and file.
 */
@Component
class InvitationOidcSignUp implements OidcSignUp {

    private static final Logger log = LoggerFactory.getLogger(InvitationOidcSignUp.class);

    private final Invitations invitations;

    InvitationOidcSignUp(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public Optional<Claimed> claim(String token, OidcIdentity who) {
        try {
            var accepted = invitations.acceptWithOidc(token, who);
            return Optional.of(new Claimed(accepted.accountId(), accepted.landing()));
        } catch (InvitationRefused | Accounts.InvalidAccountChange refused) {
            // used, expired or withdrawn in the meantime, a closed file, or a subject linked already: no account
            log.info("An invitation was not taken up through OIDC: {}", refused.getMessage());
            return Optional.empty();
        }
    }
}
