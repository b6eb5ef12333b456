package nl.kring.identity.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.OidcSignUp;
import nl.kring.identity.SignInReturn;
import nl.kring.identity.store.AccountStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * OIDC sign-in (optional: active when a client registration is configured). The identity provider's
 * (issuer, subject) must be linked to a Kring account; nobody gets an account by signing in alone. The one
 * exception is a claim the session holds ({@link OidcSignUp.Pending}, left by an invitation link): then the
 * account the claim stands for is created and linked to the subject, with exactly what the claim allows.
 */
@Component
class AccountOidcUserService extends OidcUserService {

    private final AccountStore accounts;
    private final ObjectProvider<OidcSignUp> signUps;

    AccountOidcUserService(AccountStore accounts, ObjectProvider<OidcSignUp> signUps) {
        this.accounts = accounts;
        this.signUps = signUps;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = super.loadUser(request);
        var issuer = String.valueOf(user.getIssuer());
        var subject = user.getSubject();
        var session = session();
        // a claim is for this sign-in only, whether it is used or not
        var claim = session.flatMap(OidcSignUp.Pending::take);
        var account = accounts.byOidcSubject(issuer, subject).or(() -> claim.flatMap(c -> signUp(c, issuer, subject, user, session.get())))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("account_not_linked")));
        return new AccountOidcUser(account, user);
    }

    private Optional<UUID> signUp(String claim, String issuer, String subject, OidcUser user, HttpSession session) {
        var who = new OidcSignUp.OidcIdentity(issuer, subject, Optional.ofNullable(user.getFullName()), Optional.ofNullable(user.getEmail()));
        for (var signUp : signUps) {
            var claimed = signUp.claim(claim, who);
            if (claimed.isPresent()) {
                SignInReturn.remember(session, claimed.get().landing());
                return Optional.of(claimed.get().accountId());
            }
        }
        return Optional.empty();
    }

    private static Optional<HttpSession> session() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false))
                : Optional.empty();
    }

    static final class AccountOidcUser extends DefaultOidcUser implements AccountBound {
        @Serial
        private static final long serialVersionUID = 1L;
        private final UUID accountId;

        AccountOidcUser(UUID accountId, OidcUser user) {
            super(List.of(), user.getIdToken(), user.getUserInfo());
            this.accountId = accountId;
        }

        @Override
        public UUID accountId() {
            return accountId;
        }
    }
}
