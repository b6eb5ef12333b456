package nl.kring.identity.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.identity.AccountSummary;
import nl.kring.identity.Role;
import nl.kring.identity.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the identity tables; only the identity module uses it. */
@Repository
public class AccountStore {

    private static final String SELECT_ACCOUNT = """
            select a.id, a.username, a.display_name, a.team_id, t.name as team_name, a.enabled, a.locked_until,
                   coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
            from account a
            left join team t on t.id = a.team_id
            left join account_role r on r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Team insertTeam(String name) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into team (id, name) values (?, ?)").params(id, name).update();
        return new Team(id, name);
    }

    public List<Team> teams() {
        return jdbc.sql("select id, name from team order by name")
                .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    public Optional<Team> team(UUID id) {
        return jdbc.sql("select id, name from team where id = ?").param(id)
                .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    public UUID insertAccount(String username, String displayName, String passwordHash, Optional<UUID> teamId, Set<Role> roles) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, display_name, password_hash, team_id) values (?, ?, ?, ?, ?)")
                .params(id, username, displayName, passwordHash, teamId.orElse(null))
                .update();
        replaceRoles(id, roles);
        return id;
    }

    public void replaceRoles(UUID accountId, Set<Role> roles) {
        jdbc.sql("delete from account_role where account_id = ?").param(accountId).update();
        for (var role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(accountId, role.name()).update();
        }
    }

    public void addRole(UUID accountId, Role role) {
        jdbc.sql("insert into account_role (account_id, role) values (?, ?) on conflict do nothing").params(accountId, role.name()).update();
    }

    public Optional<String> email(UUID accountId) {
        return jdbc.sql("select email from account where id = ? and enabled").param(accountId).query(String.class).optional()
                .filter(email -> email != null && !email.isBlank());
    }

    public void setEmail(UUID accountId, String email) {
        jdbc.sql("update account set email = ? where id = ?").params(email, accountId).update();
    }

    public boolean updateTeamAndEnabled(UUID accountId, Optional<UUID> teamId, boolean enabled) {
        return jdbc.sql("update account set team_id = ?, enabled = ? where id = ?")
                .params(teamId.orElse(null), enabled, accountId)
                .update() == 1;
    }

    public Optional<AccountSummary> byId(UUID id) {
        return jdbc.sql(SELECT_ACCOUNT + " where a.id = ? group by a.id, t.name").param(id).query(this::summary).optional();
    }

    public Optional<AccountSummary> byUsername(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " where a.username = ? group by a.id, t.name").param(username).query(this::summary).optional();
    }

    public List<AccountSummary> all() {
        return jdbc.sql(SELECT_ACCOUNT + " group by a.id, t.name order by a.username").query(this::summary).list();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, password_hash, enabled, locked_until from account where username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(
                        rs.getObject("id", UUID.class),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        instant(rs, "locked_until")))
                .optional();
    }

    public Optional<UUID> byOidcSubject(String issuer, String subject) {
        return jdbc.sql("select id from account where oidc_issuer = ? and oidc_subject = ? and enabled")
                .params(issuer, subject)
                .query(UUID.class)
                .optional();
    }

    /** Whether any account (also a disabled one) is linked to this subject. */
    public boolean oidcSubjectLinked(String issuer, String subject) {
        return jdbc.sql("select count(*) from account where oidc_issuer = ? and oidc_subject = ?")
                .params(issuer, subject).query(Integer.class).single() > 0;
    }

    public void linkOidc(UUID accountId, String issuer, String subject) {
        jdbc.sql("update account set oidc_issuer = ?, oidc_subject = ? where id = ?").params(issuer, subject, accountId).update();
    }

    /** Counts a failed sign-in and locks the account once it reaches the limit. */
    public void recordFailedLogin(String username, int limit, Instant lockUntil) {
        jdbc.sql("""
                update account
                   set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                 where username = ?
                """)
                .params(limit, OffsetDateTime.ofInstant(lockUntil, java.time.ZoneOffset.UTC), username)
                .update();
    }

    public void recordSuccessfulLogin(UUID accountId) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ?").param(accountId).update();
    }

    public void unlock(UUID accountId) {
        recordSuccessfulLogin(accountId);
    }

    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from account where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    public Map<UUID, String> usernames(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, username from account where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("username"));
                });
        return names;
    }

    public void insertLoginFailure(String clientAddress) {
        jdbc.sql("insert into login_failure (client_address) values (?)").param(clientAddress).update();
    }

    public int loginFailuresSince(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from login_failure where client_address = ? and occurred_at > ?")
                .params(clientAddress, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query(Integer.class)
                .single();
    }

    public void forgetLoginFailuresBefore(Instant before) {
        jdbc.sql("delete from login_failure where occurred_at < ?")
                .param(OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
                .update();
    }

    private AccountSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new AccountSummary(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                roles(rs.getArray("roles")),
                Optional.ofNullable(rs.getObject("team_id", UUID.class)),
                Optional.ofNullable(rs.getString("team_name")),
                rs.getBoolean("enabled"),
                Optional.ofNullable(instant(rs, "locked_until")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        for (var code : (String[]) array.getArray()) {
            roles.add(Role.valueOf(code));
        }
        return roles;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public record Credentials(UUID accountId, String passwordHash, boolean enabled, Instant lockedUntil) {}
}
