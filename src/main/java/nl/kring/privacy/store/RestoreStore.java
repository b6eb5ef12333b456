package nl.kring.privacy.store;

import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kring.privacy.DestructionLedger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The few statements that destroy a file again after a restore, on any database with Kring's schema (also one
 * the backup tool reaches outside the application). Within the application's transaction when there is one.
 */
public final class RestoreStore {

    private final JdbcClient jdbc;

    public RestoreStore(DataSource database) {
        this.jdbc = JdbcClient.create(database);
    }

    public boolean holdsFile(UUID familyId) {
        return jdbc.sql("select count(*) from family where id = ?").param(familyId).query(Long.class).single() > 0;
    }

    public boolean holdsRecord(UUID recordId) {
        return jdbc.sql("select count(*) from destruction_request where id = ?").param(recordId).query(Long.class).single() > 0;
    }

    /** The anonymous record as it was when the file was destroyed. */
    public void insertRecord(DestructionLedger.Entry entry) {
        jdbc.sql("""
                insert into destruction_request (id, family_id, requested_by, requested_at, decide_by, status, decided_by, decided_at,
                                                 reason, closed_on)
                values (?, ?, ?, ?, ?, 'EXECUTED', ?, ?, ?, ?)
                """).params(entry.recordId(), entry.familyId(), entry.requestedBy().orElse(null), Timestamp.from(entry.requestedAt()),
                java.sql.Date.valueOf(entry.decideBy()), entry.decidedBy().orElse(null), Timestamp.from(entry.decidedAt()), entry.reason(),
                entry.closedOn().map(java.sql.Date::valueOf).orElse(null)).update();
    }

    /** As {@code FamilyRegistry#destroy}: the family row, and everything that hangs on it by the schema's cascades. */
    public void deleteFile(UUID familyId) {
        jdbc.sql("delete from family where id = ?").param(familyId).update();
    }
}
