package nl.kring.identity.security;

import java.time.Clock;
import nl.kring.identity.store.AccountStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = accounts.credentials(username)
                .filter(c -> c.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        boolean nonLocked = credentials.lockedUntil() == null || !clock.instant().isBefore(credentials.lockedUntil());
        return new AccountUserDetails(credentials.accountId(), username, credentials.passwordHash(), credentials.enabled(), nonLocked);
    }
}
