package nl.kring.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditQuery;
import nl.kring.audit.AuditRecord;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditStore {

    private static final String COLUMNS =
            "id, occurred_at, account_id, acting_roles, family_id, record_ids, action, channel, outcome, hidden_from_family";

    private final JdbcClient jdbc;

    /** The audit table of a database reached outside the application's context. */
    public static AuditStore of(javax.sql.DataSource database) {
        return new AuditStore(JdbcClient.create(database));
    }

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEntry entry) {
        jdbc.sql("""
                insert into audit_event (account_id, acting_roles, family_id, record_ids, action, channel, outcome, hidden_from_family)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        entry.accountId().orElse(null),
                        entry.actingRoles(),
                        entry.familyId().orElse(null),
                        entry.recordIds().toArray(String[]::new),
                        entry.action().code(),
                        entry.channel().name(),
                        entry.outcome().name(),
                        entry.hiddenFromFamily())
                .update();
    }

    /** The lines the family itself may see: all but those hidden from it for a child's safety. */
    public List<AuditRecord> forFamily(UUID familyId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event where family_id = ? and not hidden_from_family"
                        + " order by occurred_at desc, id desc limit ?")
                .params(familyId, limit)
                .query(AuditStore::record)
                .list();
    }

    /** Only the lines hidden from the family, for the team's privacy officer. */
    public List<AuditRecord> hiddenForFamily(UUID familyId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event where family_id = ? and hidden_from_family"
                        + " order by occurred_at desc, id desc limit ?")
                .params(familyId, limit)
                .query(AuditStore::record)
                .list();
    }

    public List<AuditRecord> search(AuditQuery query) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        query.accountId().ifPresent(id -> {
            where.add("account_id = ?");
            params.add(id);
        });
        query.familyId().ifPresent(id -> {
            where.add("family_id = ?");
            params.add(id);
        });
        query.action().ifPresent(action -> {
            where.add("action = ?");
            params.add(action);
        });
        query.outcome().ifPresent(outcome -> {
            where.add("outcome = ?");
            params.add(outcome.name());
        });
        query.from().ifPresent(from -> {
            where.add("occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        });
        query.until().ifPresent(until -> {
            where.add("occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
        });
        params.add(query.limit());
        var sql = "select " + COLUMNS + " from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by occurred_at desc, id desc limit ?";
        return jdbc.sql(sql).params(params).query(AuditStore::record).list();
    }

    private static AuditRecord record(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("account_id", UUID.class)),
                rs.getString("acting_roles"),
                Optional.ofNullable(rs.getObject("family_id", UUID.class)),
                Arrays.asList((String[]) rs.getArray("record_ids").getArray()),
                rs.getString("action"),
                Channel.valueOf(rs.getString("channel")),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("hidden_from_family"));
    }
}
