package nl.kring.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.domain.RecoveryCodes;
import nl.kring.identity.domain.SealedSecret;
import nl.kring.identity.domain.SecondFactorRule;
import nl.kring.identity.domain.Totp;
import nl.kring.identity.security.AccountSessions;
import nl.kring.identity.security.LoginProtectionProperties;
import nl.kring.identity.store.AccountStore;
import nl.kring.identity.store.SecondFactorStore;
import nl.kring.platform.ConfiguredKeys;
import nl.kring.platform.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor at sign-in: a TOTP secret confirmed with a code from the person's app, single-use
 * recovery codes, and who must have one ({@code kring.security.second-factor.required-roles}). Wrong
 * codes count as failed sign-ins, so the account locks after as many wrong codes as wrong passwords.
 * Changing one's own second factor (turning it off, new recovery codes) takes a current code under the
 * same lock-out as the sign-in step, so a session taken over cannot be used to guess codes there. The
 * secret is stored encrypted ({@link SealedSecret}, key {@code kring.security.second-factor.secret-key}).
 * Secrets and codes are never logged and never part of an audit line.
 */
@Service
public class SecondFactors {

    /** How a code was taken. */
    public enum Check {
        PASSED,
        RECOVERY_CODE_USED,
        WRONG,
        /** The account is locked (now, or by this wrong code): the sign-in ends. */
        LOCKED
    }

    /** How a change of one's own second factor went. */
    public enum Change {
        DONE,
        WRONG_CODE,
        /** The person's role requires a second factor. */
        NOT_ALLOWED,
        /** The account is locked (now, or by this wrong code): the session ends. */
        LOCKED
    }

    /** New recovery codes, if {@code change} is {@link Change#DONE}. */
    public record NewCodes(Change change, List<String> codes) {
        @Override
        public String toString() {
            return "NewCodes[" + change + ", codes=…]"; // never the codes in a log
        }
    }

    private final SecondFactorStore store;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final LoginProtectionProperties limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SecondFactorRule rule;
    private final SealedSecret sealed;
    private final AccountSessions sessions;

    public SecondFactors(SecondFactorStore store, AccountStore accounts, AuditLog audit, LoginProtectionProperties limits, Clock clock,
            DemoMode demo, AccountSessions sessions, @Value("${kring.security.second-factor.required-roles:#{null}}") String requiredRoles,
            @Value("${kring.security.second-factor.secret-key:}") String secretKey) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.sessions = sessions;
        this.rule = SecondFactorRule.of(requiredRoles, demo.enabled());
        this.sealed = new SealedSecret(ConfiguredKeys.key("kring.security.second-factor.secret-key", secretKey, demo.enabled()), random);
    }

    public SecondFactorRule rule() {
        return rule;
    }

    /** Secrets stored in clear by an earlier version (before they were encrypted) are encrypted at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sealSecretsStoredInClear() {
        store.secretsInClear().forEach((accountId, secret) -> store.replaceSecret(accountId, secret, sealed.seal(accountId, secret)));
    }

    public boolean enrolled(UUID accountId) {
        return store.enrolled(accountId);
    }

    public boolean requiredFor(CurrentUser user) {
        return rule().requiredFor(user.roles());
    }

    public int unusedRecoveryCodes(UUID accountId) {
        return store.unusedRecoveryCodes(accountId);
    }

    /** A new secret to set up; it is stored only once {@link #enrol} confirms it. */
    public String newSecret() {
        return Totp.newSecret(random);
    }

    /**
     * Stores the secret if the code is one of it, and returns the new recovery codes (to show once);
     * empty for a wrong code, or when the account has a second factor already.
     */
    @Transactional
    public Optional<List<String>> enrol(CurrentUser user, String secret, String code) {
        var step = Totp.ofBase32(secret).accept(code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            record(user, IdentityAuditAction.SECOND_FACTOR_ENROL_FAIL, user.accountId(), Outcome.UNAUTHENTICATED);
            return Optional.empty();
        }
        if (!store.insert(user.accountId(), sealed.seal(user.accountId(), secret), step.getAsLong())) {
            return Optional.empty();
        }
        var codes = newRecoveryCodes(user.accountId());
        record(user, IdentityAuditAction.SECOND_FACTOR_ENROL, user.accountId(), Outcome.ALLOWED);
        return Optional.of(codes);
    }

    /** The second sign-in step: a code from the app or an unused recovery code. */
    @Transactional
    public Check signIn(CurrentUser user, String code, String clientAddress) {
        if (lockedOut(user)) {
            return Check.LOCKED;
        }
        if (takeTotp(user.accountId(), code)) {
            accounts.recordSuccessfulLogin(user.accountId());
            record(user, IdentityAuditAction.SECOND_FACTOR_PASS, user.accountId(), Outcome.ALLOWED);
            return Check.PASSED;
        }
        var recovery = RecoveryCodes.Unused.of(store.unusedRecoveryCodeHashes(user.accountId())).match(code);
        if (recovery.isPresent() && store.useRecoveryCode(user.accountId(), recovery.get())) {
            accounts.recordSuccessfulLogin(user.accountId());
            record(user, IdentityAuditAction.RECOVERY_CODE_USE, user.accountId(), Outcome.ALLOWED);
            return Check.RECOVERY_CODE_USED;
        }
        return failed(user, clientAddress) ? Check.LOCKED : Check.WRONG;
    }

    /** Turns the second factor off, with a current code; not for roles that require it. */
    @Transactional
    public Change disable(CurrentUser user, String code, String clientAddress) {
        if (rule().requiredFor(user.roles())) {
            return Change.NOT_ALLOWED;
        }
        if (lockedOut(user)) {
            return Change.LOCKED;
        }
        if (!takeTotp(user.accountId(), code)) {
            return failed(user, clientAddress) ? Change.LOCKED : Change.WRONG_CODE;
        }
        store.delete(user.accountId());
        record(user, IdentityAuditAction.SECOND_FACTOR_DISABLE, user.accountId(), Outcome.ALLOWED);
        return Change.DONE;
    }

    /** New recovery codes (the old ones stop working), with a current code. */
    @Transactional
    public NewCodes regenerateRecoveryCodes(CurrentUser user, String code, String clientAddress) {
        if (lockedOut(user)) {
            return new NewCodes(Change.LOCKED, List.of());
        }
        if (!takeTotp(user.accountId(), code)) {
            return new NewCodes(failed(user, clientAddress) ? Change.LOCKED : Change.WRONG_CODE, List.of());
        }
        var codes = newRecoveryCodes(user.accountId());
        record(user, IdentityAuditAction.RECOVERY_CODES_REGENERATE, user.accountId(), Outcome.ALLOWED);
        return new NewCodes(Change.DONE, codes);
    }

    /** What an administrator's reset did. */
    public record Reset(boolean removed, int sessionsEnded) {}

    /**
     * An administrator removes an account's second factor (lost phone, or a phone that may be in the wrong
     * hands); the person sets up a new one. Every open session of the account ends, so whoever signed in
     * with the old factor must sign in again.
     */
    @Transactional
    public Reset reset(CurrentUser admin, UUID accountId) {
        if (!store.delete(accountId)) {
            return new Reset(false, 0);
        }
        record(admin, IdentityAuditAction.SECOND_FACTOR_RESET, accountId, Outcome.ALLOWED);
        var username = accounts.byId(accountId).map(AccountSummary::username);
        return new Reset(true, username.map(sessions::endAll).orElse(0));
    }

    private boolean takeTotp(UUID accountId, String code) {
        var enrolment = store.enrolment(accountId);
        if (enrolment.isEmpty()) {
            return false;
        }
        var secret = sealed.open(accountId, enrolment.get().secret());
        var step = Totp.ofBase32(secret).accept(code, clock.instant(), enrolment.get().lastUsedStep());
        // the conditional update makes a code good for one request only, also when two arrive at once
        return step.isPresent() && store.useStep(accountId, step.getAsLong());
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        var codes = RecoveryCodes.generate(random);
        store.replaceRecoveryCodes(accountId, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    /** Counts a wrong code like a wrong password; true if the account is locked now. */
    private boolean failed(CurrentUser user, String clientAddress) {
        if (clientAddress != null) {
            accounts.insertLoginFailure(clientAddress);
        }
        accounts.recordFailedLogin(user.username(), limits.maxFailuresPerAccount(), clock.instant().plus(limits.lockDuration()));
        record(user, IdentityAuditAction.SECOND_FACTOR_FAIL, user.accountId(), Outcome.UNAUTHENTICATED);
        if (locked(user.accountId())) {
            record(user, IdentityAuditAction.SECOND_FACTOR_LOCKED, user.accountId(), Outcome.UNAUTHENTICATED);
            return true;
        }
        return false;
    }

    /** True, and audited, if the account is locked: no code is even looked at. */
    private boolean lockedOut(CurrentUser user) {
        if (!locked(user.accountId())) {
            return false;
        }
        record(user, IdentityAuditAction.SECOND_FACTOR_LOCKED, user.accountId(), Outcome.UNAUTHENTICATED);
        return true;
    }

    private boolean locked(UUID accountId) {
        var now = clock.instant();
        return accounts.byId(accountId).flatMap(AccountSummary::lockedUntil).filter(now::isBefore).isPresent();
    }

    private void record(CurrentUser actor, IdentityAuditAction action, UUID accountId, Outcome outcome) {
        audit.record(new AuditEntry(Optional.of(actor.accountId()), actor.roleCodes(), Optional.empty(), List.of(accountId.toString()),
                action, Channel.current(), outcome));
    }
}
