package nl.kring.identity.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.AccessTokenSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored only as a hash. */
@Repository
public class TokenStore {

    private final JdbcClient jdbc;

    public TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID accountId, String name, String tokenHash, Instant expiresAt) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into personal_access_token (id, account_id, name, token_hash, expires_at) values (?, ?, ?, ?, ?)")
                .params(id, accountId, name, tokenHash, utc(expiresAt))
                .update();
        return id;
    }

    public List<AccessTokenSummary> forAccount(UUID accountId) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, revoked_at, last_used_at
                  from personal_access_token where account_id = ? order by created_at desc
                """)
                .param(accountId)
                .query(this::summary)
                .list();
    }

    public boolean revoke(UUID accountId, UUID tokenId, Instant now) {
        return jdbc.sql("update personal_access_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(utc(now), tokenId, accountId)
                .update() == 1;
    }

    /**
     * The account of a valid token (not revoked, not expired, account enabled), and marks it used. The mark is
     * written at most once per {@code markEvery}: the profile shows it to the minute, and a write (a WAL flush) on
     * every API call cost more than the rest of the token check.
     */
    public Optional<UUID> accountOfValidToken(String tokenHash, Instant now, java.time.Duration markEvery) {
        var valid = jdbc.sql("""
                select p.id, p.account_id, p.last_used_at
                  from personal_access_token p join account a on a.id = p.account_id
                 where p.token_hash = ? and p.revoked_at is null and p.expires_at > ? and a.enabled
                """)
                .params(tokenHash, utc(now))
                .query((rs, n) -> new ValidToken(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .optional();
        valid.filter(token -> token.lastUsedAt().map(at -> !at.plus(markEvery).isAfter(now)).orElse(true))
                .ifPresent(token -> jdbc.sql("update personal_access_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                        .params(utc(now), token.id(), utc(now))
                        .update());
        return valid.map(ValidToken::accountId);
    }

    private record ValidToken(UUID id, UUID accountId, Optional<Instant> lastUsedAt) {}

    private AccessTokenSummary summary(ResultSet rs, int n) throws SQLException {
        return new AccessTokenSummary(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
