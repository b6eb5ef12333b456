package nl.kring.privacy.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StatementStore {

    public enum Kind { CORRECTION_REQUEST, STATEMENT }

    public record Statement(UUID id, UUID memberId, Kind kind, String text, Instant createdAt) {}

    private final JdbcClient jdbc;

    public StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID familyId, UUID memberId, Kind kind, String text) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into family_statement (id, family_id, member_id, kind, text) values (?, ?, ?, ?, ?)")
                .params(id, familyId, memberId, kind.name(), text)
                .update();
        return id;
    }

    public List<Statement> ofFamily(UUID familyId) {
        return jdbc.sql("select id, member_id, kind, text, created_at from family_statement where family_id = ? order by created_at")
                .param(familyId)
                .query((rs, n) -> new Statement(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                        Kind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
