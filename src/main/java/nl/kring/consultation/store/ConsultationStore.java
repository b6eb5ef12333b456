package nl.kring.consultation.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.consultation.domain.Advice;
import nl.kring.consultation.domain.Consultation;
import nl.kring.consultation.domain.ConsultationMatch;
import nl.kring.consultation.domain.Discipline;
import nl.kring.consultation.domain.MatchKind;
import nl.kring.consultation.domain.PanelMember;
import nl.kring.consultation.domain.Reaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for case consultations; only the consultation module uses it. */
@Repository
public class ConsultationStore {

    private final JdbcClient jdbc;

    public ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID familyId, UUID youthMemberId, String question, UUID by, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into consultation (id, family_id, youth_member_id, question, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, familyId, youthMemberId, question, by, Timestamp.from(at)).update();
        return id;
    }

    public List<Consultation> ofFamily(UUID familyId) {
        var ids = jdbc.sql("select id from consultation where family_id = ? order by created_at, id").param(familyId).query(UUID.class).list();
        return ids.stream().map(id -> find(familyId, id).orElseThrow()).toList();
    }

    public Optional<Consultation> find(UUID familyId, UUID id) {
        return jdbc.sql("""
                select id, family_id, youth_member_id, question, while_waiting, match_kind, match_programme, match_provider, match_note,
                       matched_at, matched_by, created_by, created_at
                  from consultation where family_id = ? and id = ?
                """).params(familyId, id).query((rs, n) -> row(rs)).optional().map(this::complete);
    }

    public void addPanelMember(UUID id, PanelMember member) {
        jdbc.sql("insert into consultation_panel (consultation_id, account_id, name, discipline, invited_at) values (?, ?, ?, ?, ?)")
                .params(id, member.accountId(), member.name(), member.discipline().name(), Timestamp.from(member.invitedAt())).update();
    }

    public void putAdvice(UUID id, UUID author, String text, Instant at) {
        jdbc.sql("""
                insert into consultation_advice (consultation_id, author_id, text, written_at) values (?, ?, ?, ?)
                on conflict (consultation_id, author_id) do update set text = excluded.text, written_at = excluded.written_at
                """).params(id, author, text, Timestamp.from(at)).update();
    }

    public void setWhileWaiting(UUID id, String text) {
        jdbc.sql("update consultation set while_waiting = ? where id = ?").params(text, id).update();
    }

    public void setMatch(UUID id, ConsultationMatch match) {
        jdbc.sql("""
                update consultation set match_kind = ?, match_programme = ?, match_provider = ?, match_note = ?, matched_at = ?, matched_by = ?
                 where id = ? and match_kind is null
                """).params(match.kind().name(), match.programme().orElse(null), match.provider(), match.note(),
                Timestamp.from(match.matchedAt()), match.matchedBy(), id).update();
    }

    public void putReaction(UUID id, UUID adviceAuthor, UUID memberId, String text, Instant at) {
        jdbc.sql("""
                insert into consultation_reaction (consultation_id, author_id, member_id, text, written_at) values (?, ?, ?, ?, ?)
                on conflict (consultation_id, author_id, member_id) do update set text = excluded.text, written_at = excluded.written_at
                """).params(id, adviceAuthor, memberId, text, Timestamp.from(at)).update();
    }

    private record Row(Consultation withoutParts) {}

    private static Row row(ResultSet rs) throws SQLException {
        var kind = rs.getString("match_kind");
        Optional<ConsultationMatch> match = kind == null ? Optional.empty()
                : Optional.of(new ConsultationMatch(MatchKind.valueOf(kind), Optional.ofNullable(rs.getString("match_programme")),
                        Optional.ofNullable(rs.getString("match_provider")).orElse(""), Optional.ofNullable(rs.getString("match_note")).orElse(""),
                        rs.getTimestamp("matched_at").toInstant(), rs.getObject("matched_by", UUID.class)));
        return new Row(new Consultation(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                rs.getObject("youth_member_id", UUID.class), rs.getString("question"), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(), List.of(), List.of(), rs.getString("while_waiting"), match, List.of()));
    }

    private Consultation complete(Row row) {
        var c = row.withoutParts();
        var panel = jdbc.sql("select account_id, name, discipline, invited_at from consultation_panel where consultation_id = ? order by invited_at, name")
                .param(c.id()).query((rs, n) -> new PanelMember(rs.getObject(1, UUID.class), rs.getString(2), Discipline.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant())).list();
        var advice = jdbc.sql("select author_id, text, written_at from consultation_advice where consultation_id = ? order by written_at")
                .param(c.id()).query((rs, n) -> new Advice(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        var reactions = jdbc.sql("""
                select author_id, member_id, text, written_at from consultation_reaction where consultation_id = ? order by written_at
                """).param(c.id()).query((rs, n) -> new Reaction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
        return new Consultation(c.id(), c.familyId(), c.youthMemberId(), c.question(), c.createdBy(), c.createdAt(), panel, advice,
                c.whileWaiting(), c.match(), reactions);
    }
}
