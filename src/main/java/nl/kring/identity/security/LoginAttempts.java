package nl.kring.identity.security;

import java.time.Clock;
import nl.kring.identity.store.AccountStore;
import nl.kring.identity.store.SecondFactorStore;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account (to lock it) and per client address (to throttle it). */
@Component
class LoginAttempts {

    private final AccountStore accounts;
    private final LoginProtectionProperties limits;
    private final Clock clock;
    private final SecondFactorStore secondFactors;

    LoginAttempts(AccountStore accounts, LoginProtectionProperties limits, Clock clock, SecondFactorStore secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.limits = limits;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            accounts.insertLoginFailure(details.getRemoteAddress());
        }
        if (authentication.getPrincipal() instanceof String username && !username.isBlank()) {
            accounts.recordFailedLogin(username, limits.maxFailuresPerAccount(), clock.instant().plus(limits.lockDuration()));
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        // with a second factor the count starts again only after the second step (SecondFactors.signIn):
        // otherwise the right password would buy a fresh round of code guesses each time
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails user && !secondFactors.enrolled(user.accountId())) {
            accounts.recordSuccessfulLogin(user.accountId());
        }
    }

    boolean throttled(String clientAddress) {
        var now = clock.instant();
        return accounts.loginFailuresSince(clientAddress, now.minus(limits.addressWindow())) >= limits.maxFailuresPerAddress();
    }

    /** Failures older than the window no longer count; forget them so the table stays small. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    @Transactional
    public void forgetOldFailures() {
        accounts.forgetLoginFailuresBefore(clock.instant().minus(limits.addressWindow()));
    }
}
