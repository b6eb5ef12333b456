package nl.kring.identity.security;

import java.io.Serial;
import java.util.List;
import java.util.UUID;
import nl.kring.identity.store.AccountStore;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * OIDC sign-in (optional: active when a client registration is configured). The identity provider's
 * (issuer, subject) must be linked to an existing Kring account; nobody gets an account by signing in.
 */
@Component
class AccountOidcUserService extends OidcUserService {

    private final AccountStore accounts;

    AccountOidcUserService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = super.loadUser(request);
        var issuer = String.valueOf(user.getIssuer());
        var account = accounts.byOidcSubject(issuer, user.getSubject())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("account_not_linked")));
        return new AccountOidcUser(account, user);
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
