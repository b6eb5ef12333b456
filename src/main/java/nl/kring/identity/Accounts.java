package nl.kring.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.identity.store.AccountStore;
import nl.kring.platform.DemoMode;
import nl.kring.platform.web.HttpRefusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's public API: accounts, roles and teams. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountStore store;
    private final PasswordEncoder passwordEncoder;
    private final DemoMode demoMode;

    public Accounts(AccountStore store, PasswordEncoder passwordEncoder, DemoMode demoMode) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.demoMode = demoMode;
    }

    @Transactional
    public Team createTeam(String name) {
        return store.insertTeam(name);
    }

    public List<Team> teams() {
        return store.teams();
    }

    /**
     * Creates a local account; the caller has checked that the actor may do so. A refused change is
     * found before anything is written, so it does not spoil the caller's transaction (which still
     * commits, e.g. to show the form again with the error).
     */
    @Transactional(noRollbackFor = InvalidAccountChange.class)
    public UUID create(NewAccount account) {
        if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountChange("account.error.passwordTooShort");
        }
        if (!account.username().matches("[a-z0-9][a-z0-9._-]{2,62}")) {
            throw new InvalidAccountChange("account.error.username");
        }
        if (store.byUsername(account.username()).isPresent()) {
            throw new InvalidAccountChange("account.error.usernameTaken");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new InvalidAccountChange("account.error.displayName");
        }
        account.teamId().ifPresent(this::requireTeam);
        return store.insertAccount(
                account.username(), account.displayName().strip(), passwordEncoder.encode(account.password()), account.teamId(), account.roles());
    }

    /**
     * Creates the account of someone who accepted an invitation: the one role the invitation names, no
     * team, and the address the invitation was sent to. Refused like {@link #create}, before anything is
     * written.
     */
    @Transactional(noRollbackFor = InvalidAccountChange.class)
    public UUID createInvited(String username, String displayName, String password, Role role, String email) {
        var id = create(new NewAccount(username, displayName, password, Set.of(role), Optional.empty()));
        store.setEmail(id, email);
        return id;
    }

    /**
     * Creates the account of someone who took up an invitation by signing in through the OIDC provider:
     * no password (they sign in through the provider only), the one role the invitation names, no team,
     * and linked to the provider's (issuer, subject). The username is made up (the person never types it).
     * Refused when that subject is linked to an account already.
     */
    @Transactional(noRollbackFor = InvalidAccountChange.class)
    public UUID createInvitedWithOidc(String displayName, Role role, String email, String issuer, String subject) {
        if (store.oidcSubjectLinked(issuer, subject)) {
            throw new InvalidAccountChange("account.error.oidcLinked");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidAccountChange("account.error.displayName");
        }
        var username = "oidc-" + java.util.UUID.randomUUID().toString().substring(0, 13);
        var id = store.insertAccount(username, displayName.strip(), null, Optional.empty(), Set.of(role));
        store.setEmail(id, email);
        store.linkOidc(id, issuer, subject);
        return id;
    }

    /** Adds one role to an account (e.g. an existing account linked through an invitation); takes effect on its next request. */
    @Transactional
    public void grantRole(UUID accountId, Role role) {
        store.addRole(accountId, role);
    }

    /**
     * Demo accounts share a short, published password, so they may only exist in demo mode; the
     * password rules for real accounts do not apply to them.
     */
    @Transactional
    public UUID createDemoAccount(String username, String displayName, String password, Set<Role> roles, Optional<UUID> teamId) {
        if (!demoMode.enabled()) {
            throw new IllegalStateException("demo accounts exist only in demo mode");
        }
        return store.insertAccount(username, displayName, passwordEncoder.encode(password), teamId, roles);
    }

    /** Whoever this account is now: its roles and team as stored at this moment. */
    public Optional<CurrentUser> currentUser(UUID accountId) {
        return store.byId(accountId)
                .filter(AccountSummary::enabled)
                .map(a -> new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.teamId()));
    }

    /** The e-mail address of an enabled account, when it has one (taken from its invitation), to send it a reminder. */
    public Optional<String> emailOf(UUID accountId) {
        return store.email(accountId);
    }

    public Optional<AccountSummary> find(UUID accountId) {
        return store.byId(accountId);
    }

    public Optional<AccountSummary> findByUsername(String username) {
        return store.byUsername(username);
    }

    public List<AccountSummary> all() {
        return store.all();
    }

    public Map<UUID, String> usernames(Collection<UUID> accountIds) {
        return store.usernames(accountIds);
    }

    public Map<UUID, String> displayNames(Collection<UUID> accountIds) {
        return store.displayNames(accountIds);
    }

    /**
     * Changes roles, team and whether the account may sign in. Takes effect on the account's next request.
     * Like {@link #create}, a refused change is found before anything is written.
     */
    @Transactional(noRollbackFor = InvalidAccountChange.class)
    public void update(CurrentUser actor, UUID accountId, Set<Role> roles, Optional<UUID> teamId, boolean enabled) {
        if (accountId.equals(actor.accountId()) && (!roles.contains(Role.ADMINISTRATOR) || !enabled)) {
            // an administrator who removes their own rights could leave nobody to manage accounts
            throw new InvalidAccountChange("account.error.selfLockout");
        }
        teamId.ifPresent(this::requireTeam);
        if (!store.updateTeamAndEnabled(accountId, teamId, enabled)) {
            throw new AccountNotFound();
        }
        store.replaceRoles(accountId, roles);
    }

    @Transactional
    public void unlock(UUID accountId) {
        store.unlock(accountId);
    }

    private void requireTeam(UUID teamId) {
        if (store.team(teamId).isEmpty()) {
            throw new InvalidAccountChange("account.error.team");
        }
    }

    /** A change that breaks a rule; the message key says which, in the user's language. */
    public static class InvalidAccountChange extends RuntimeException implements HttpRefusal {
        private final String messageKey;

        public InvalidAccountChange(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public int status() {
            return 400;
        }
    }

    public static class AccountNotFound extends RuntimeException implements HttpRefusal {
        public AccountNotFound() {
            super("account not found");
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String messageKey() {
            return "error.notFound";
        }
    }
}
