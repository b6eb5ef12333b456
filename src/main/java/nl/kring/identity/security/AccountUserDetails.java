package nl.kring.identity.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the session remembers of a signed-in person: the account id only. Roles are deliberately not
 * kept here; {@link AccountRefreshFilter} reads them from the database on every request.
 */
final class AccountUserDetails implements UserDetails, CredentialsContainer, AccountBound {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;

    AccountUserDetails(UUID accountId, String username, String passwordHash, boolean enabled, boolean nonLocked) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
