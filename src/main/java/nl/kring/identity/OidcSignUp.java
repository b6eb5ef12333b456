package nl.kring.identity;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;

/**
 * An account made at an OIDC sign-in: signing in through the identity provider never creates an account by
 * itself, but a flow that started before it (an invitation link) may leave a claim in the session; when the
 * provider's (issuer, subject) is linked to no account yet, the sign-in asks the module that left it for the
 * account to link. The identity module defines the question, another module (invitation) answers it, so the
 * dependency points one way.
 */
public interface OidcSignUp {

    /** Who the identity provider says signed in. */
    record OidcIdentity(String issuer, String subject, Optional<String> name, Optional<String> email) {}

    /** The account made for the claim and linked to the identity, and where the person goes once signed in. */
    record Claimed(UUID accountId, String landing) {}

    /**
     * The account for this claim, created and linked to {@code who} in one transaction, or empty when the
     * claim cannot be honoured (e.g. the invitation was used or expired in the meantime).
     */
    Optional<Claimed> claim(String claim, OidcIdentity who);

    /** The session remembers one claim between the start of an OIDC sign-in and the provider's answer. */
    final class Pending {

        private static final String ATTRIBUTE = "kring.oidcSignUp";

        private Pending() {}

        public static void remember(HttpSession session, String claim) {
            session.setAttribute(ATTRIBUTE, claim);
        }

        /** The remembered claim, forgotten as it is taken. */
        public static Optional<String> take(HttpSession session) {
            if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String claim)) {
                return Optional.empty();
            }
            session.removeAttribute(ATTRIBUTE);
            return Optional.of(claim);
        }
    }
}
