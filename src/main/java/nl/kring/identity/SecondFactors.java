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
import nl.kring.identity.domain.SecondFactorRule;
import nl.kring.identity.domain.Totp;
import nl.kring.identity.security.LoginProtectionProperties;
import nl.kring.identity.store.AccountStore;
import nl.kring.identity.store.SecondFactorStore;
import nl.kring.platform.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor at sign-in: a TOTP secret confirmed with a code from the person's app, single-use
 * recovery codes, and who must have one ({@code kring.security.second-factor.required-roles}). Wrong
 * codes count as failed sign-ins, so the account locks after as many wrong codes as wrong passwords.
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
        NOT_ALLOWED
    }

    private final SecondFactorStore store;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final LoginProtectionProperties limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SecondFactorRule configured;
    private volatile SecondFactorRule override;

    public SecondFactors(SecondFactorStore store, AccountStore accounts, AuditLog audit, LoginProtectionProperties limits, Clock clock,
            DemoMode demo, @Value("${kring.security.second-factor.required-roles:#{null}}") String requiredRoles) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.configured = SecondFactorRule.of(requiredRoles, demo.enabled());
    }

    public SecondFactorRule rule() {
        var replaced = override;
        return replaced != null ? replaced : configured;
    }

    /** Tests only: the shared test application runs in demo mode, where no role requires a second factor. */
    void overrideRuleForTests(SecondFactorRule rule) {
        this.override = rule;
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
        if (step.isEmpty() || !store.insert(user.accountId(), secret, step.getAsLong())) {
            return Optional.empty();
        }
        var codes = newRecoveryCodes(user.accountId());
        record(user, IdentityAuditAction.SECOND_FACTOR_ENROL, user.accountId(), Outcome.ALLOWED);
        return Optional.of(codes);
    }

    /** The second sign-in step: a code from the app or an unused recovery code. */
    @Transactional
    public Check signIn(CurrentUser user, String code, String clientAddress) {
        if (locked(user.accountId())) {
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
        failed(user, clientAddress);
        return locked(user.accountId()) ? Check.LOCKED : Check.WRONG;
    }

    /** Turns the second factor off, with a current code; not for roles that require it. */
    @Transactional
    public Change disable(CurrentUser user, String code, String clientAddress) {
        if (rule().requiredFor(user.roles())) {
            return Change.NOT_ALLOWED;
        }
        if (!takeTotp(user.accountId(), code)) {
            failed(user, clientAddress);
            return Change.WRONG_CODE;
        }
        store.delete(user.accountId());
        record(user, IdentityAuditAction.SECOND_FACTOR_DISABLE, user.accountId(), Outcome.ALLOWED);
        return Change.DONE;
    }

    /** New recovery codes (the old ones stop working), with a current code. */
    @Transactional
    public Optional<List<String>> regenerateRecoveryCodes(CurrentUser user, String code, String clientAddress) {
        if (!takeTotp(user.accountId(), code)) {
            failed(user, clientAddress);
            return Optional.empty();
        }
        var codes = newRecoveryCodes(user.accountId());
        record(user, IdentityAuditAction.RECOVERY_CODES_REGENERATE, user.accountId(), Outcome.ALLOWED);
        return Optional.of(codes);
    }

    /** An administrator removes an account's second factor (lost phone); the person sets up a new one. */
    @Transactional
    public boolean reset(CurrentUser admin, UUID accountId) {
        if (!store.delete(accountId)) {
            return false;
        }
        record(admin, IdentityAuditAction.SECOND_FACTOR_RESET, accountId, Outcome.ALLOWED);
        return true;
    }

    private boolean takeTotp(UUID accountId, String code) {
        var enrolment = store.enrolment(accountId);
        if (enrolment.isEmpty()) {
            return false;
        }
        var step = Totp.ofBase32(enrolment.get().secret()).accept(code, clock.instant(), enrolment.get().lastUsedStep());
        // the conditional update makes a code good for one request only, also when two arrive at once
        return step.isPresent() && store.useStep(accountId, step.getAsLong());
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        var codes = RecoveryCodes.generate(random);
        store.replaceRecoveryCodes(accountId, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    private void failed(CurrentUser user, String clientAddress) {
        if (clientAddress != null) {
            accounts.insertLoginFailure(clientAddress);
        }
        accounts.recordFailedLogin(user.username(), limits.maxFailuresPerAccount(), clock.instant().plus(limits.lockDuration()));
        record(user, IdentityAuditAction.SECOND_FACTOR_FAIL, user.accountId(), Outcome.UNAUTHENTICATED);
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
