package nl.kring.identity.store;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the second factor (tables {@code second_factor}, {@code recovery_code}). */
@Repository
public class SecondFactorStore {

    private final JdbcClient jdbc;

    public SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param secret the secret as stored: encrypted, see {@code domain.SealedSecret} */
    public record Enrolment(String secret, long lastUsedStep) {
        @Override
        public String toString() {
            return "Enrolment[secret=…, lastUsedStep=" + lastUsedStep + "]"; // never the secret in a log
        }
    }

    /** Secrets stored in clear by a version before they were encrypted, by account. */
    public java.util.Map<UUID, String> secretsInClear() {
        var found = new java.util.LinkedHashMap<UUID, String>();
        jdbc.sql("select account_id, totp_secret_sealed from second_factor where totp_secret_sealed not like 'v1:%'")
                .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return found;
    }

    /** Replaces a secret in clear by its encrypted form (only if it is still the same). */
    public void replaceSecret(UUID accountId, String inClear, String sealed) {
        jdbc.sql("update second_factor set totp_secret_sealed = ? where account_id = ? and totp_secret_sealed = ?")
                .params(sealed, accountId, inClear)
                .update();
    }

    public Optional<Enrolment> enrolment(UUID accountId) {
        return jdbc.sql("select totp_secret_sealed, last_used_step from second_factor where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Enrolment(rs.getString("totp_secret_sealed"), rs.getLong("last_used_step")))
                .optional();
    }

    public boolean enrolled(UUID accountId) {
        return jdbc.sql("select count(*) from second_factor where account_id = ?").param(accountId).query(Integer.class).single() > 0;
    }

    /** Stores a confirmed secret; false if the account already has one. */
    public boolean insert(UUID accountId, String secret, long usedStep) {
        return jdbc.sql("insert into second_factor (account_id, totp_secret_sealed, last_used_step) values (?, ?, ?) on conflict do nothing")
                .params(accountId, secret, usedStep)
                .update() == 1;
    }

    /**
     * Marks a time-step as used, only if it is newer than the last one: of two requests with the same
     * code, exactly one succeeds.
     */
    public boolean useStep(UUID accountId, long step) {
        return jdbc.sql("update second_factor set last_used_step = ? where account_id = ? and last_used_step < ?")
                .params(step, accountId, step)
                .update() == 1;
    }

    public boolean delete(UUID accountId) {
        return jdbc.sql("delete from second_factor where account_id = ?").param(accountId).update() == 1;
    }

    public void replaceRecoveryCodes(UUID accountId, Collection<String> hashes) {
        jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
        for (var hash : hashes) {
            jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)").params(accountId, hash).update();
        }
    }

    /** Uses up a recovery code; false if it is unknown or was used before. */
    public boolean useRecoveryCode(UUID accountId, String hash) {
        return jdbc.sql("update recovery_code set used_at = now() where account_id = ? and code_hash = ? and used_at is null")
                .params(accountId, hash)
                .update() == 1;
    }

    public java.util.List<String> unusedRecoveryCodeHashes(UUID accountId) {
        return jdbc.sql("select code_hash from recovery_code where account_id = ? and used_at is null")
                .param(accountId)
                .query(String.class)
                .list();
    }

    public int unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
                .param(accountId)
                .query(Integer.class)
                .single();
    }
}
