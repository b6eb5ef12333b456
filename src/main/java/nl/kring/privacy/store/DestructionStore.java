package nl.kring.privacy.store;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DestructionStore {

    public enum Status { PENDING, EXECUTED, REFUSED }

    public record Request(UUID id, UUID familyId, UUID requestedBy, Instant requestedAt, LocalDate decideBy, Status status,
            Optional<String> refusalGround, Optional<String> refusalReason) {}

    private final JdbcClient jdbc;

    public DestructionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID familyId, UUID requestedBy, LocalDate decideBy) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into destruction_request (id, family_id, requested_by, decide_by, status) values (?, ?, ?, ?, 'PENDING')")
                .params(id, familyId, requestedBy, Date.valueOf(decideBy))
                .update();
        return id;
    }

    public List<Request> ofFamily(UUID familyId) {
        return jdbc.sql("""
                select id, family_id, requested_by, requested_at, decide_by, status, refusal_ground, refusal_reason
                  from destruction_request where family_id = ? order by requested_at desc
                """)
                .param(familyId)
                .query((rs, n) -> new Request(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getObject("requested_by", UUID.class), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        rs.getDate("decide_by").toLocalDate(), Status.valueOf(rs.getString("status")),
                        Optional.ofNullable(rs.getString("refusal_ground")), Optional.ofNullable(rs.getString("refusal_reason"))))
                .list();
    }

    /**
     * The anonymous record of a file destroyed because its retention period had passed: ids and dates
     * only, reason RETENTION, no requester. {@code dueOn} is kept as the day it had to be decided by.
     */
    public UUID insertRetention(UUID familyId, LocalDate closedOn, LocalDate dueOn, UUID decidedBy, Instant at) {
        var id = UUID.randomUUID();
        var moment = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbc.sql("""
                insert into destruction_request (id, family_id, requested_at, decide_by, status, decided_by, decided_at, reason, closed_on)
                values (?, ?, ?, ?, 'EXECUTED', ?, ?, 'RETENTION', ?)
                """)
                .params(id, familyId, moment, Date.valueOf(dueOn), decidedBy, moment, Date.valueOf(closedOn))
                .update();
        return id;
    }

    /** The anonymous records of a file's destruction, as the ledger keeps them outside the database. */
    public List<nl.kring.privacy.DestructionLedger.Entry> executed(UUID familyId) {
        return jdbc.sql("""
                select id, family_id, reason, requested_by, requested_at, decide_by, decided_by, decided_at, closed_on
                  from destruction_request where family_id = ? and status = 'EXECUTED' order by decided_at, id
                """)
                .param(familyId)
                .query((rs, n) -> new nl.kring.privacy.DestructionLedger.Entry(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getString("reason"), Optional.ofNullable(rs.getObject("requested_by", UUID.class)),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getDate("decide_by").toLocalDate(),
                        Optional.ofNullable(rs.getObject("decided_by", UUID.class)), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getDate("closed_on")).map(Date::toLocalDate)))
                .list();
    }

    /** Requests still open for a file that is destroyed all the same: they are answered by that destruction. */
    public int executePending(UUID familyId, UUID decidedBy, Instant at) {
        return jdbc.sql("update destruction_request set status = 'EXECUTED', decided_by = ?, decided_at = ? where family_id = ? and status = 'PENDING'")
                .params(decidedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), familyId)
                .update();
    }

    public boolean decide(UUID requestId, UUID familyId, Status status, UUID decidedBy, Instant at, String ground, String reason) {
        return jdbc.sql("""
                update destruction_request set status = ?, decided_by = ?, decided_at = ?, refusal_ground = ?, refusal_reason = ?
                 where id = ? and family_id = ? and status = 'PENDING'
                """)
                .params(status.name(), decidedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), ground, reason, requestId, familyId)
                .update() == 1;
    }
}
