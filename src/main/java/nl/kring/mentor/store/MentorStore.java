package nl.kring.mentor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.mentor.domain.Mentorship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the youths' own mentors; only the mentor module uses it. */
@Repository
public class MentorStore {

    private final JdbcClient jdbc;

    public MentorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID familyId, UUID youthMemberId, UUID mapId, String personId, String name, Set<UUID> parentsToAgree, UUID by,
            Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into mentorship (id, family_id, youth_member_id, map_id, person_id, mentor_name, parents_to_agree, nominated_by, nominated_at)
                values (?, ?, ?, ?, ?, ?, cast(? as uuid[]), ?, ?)
                """).params(id, familyId, youthMemberId, mapId, personId, name,
                        parentsToAgree.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")), by, Timestamp.from(at))
                .update();
        return id;
    }

    public List<Mentorship> ofFamily(UUID familyId) {
        var answers = new HashMap<UUID, List<Mentorship.ParentAnswer>>();
        jdbc.sql("""
                select a.mentorship_id, a.member_id, a.agrees, a.reason, a.answered_at from mentorship_answer a
                  join mentorship m on m.id = a.mentorship_id where m.family_id = ? order by a.answered_at
                """).param(familyId).query((rs, n) -> {
                    answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>()).add(new Mentorship.ParentAnswer(
                            rs.getObject(2, UUID.class), rs.getBoolean(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                    return null;
                }).list();
        return jdbc.sql("""
                select id, family_id, youth_member_id, map_id, person_id, mentor_name, array_to_string(parents_to_agree, ',') as parents, nominated_by, nominated_at,
                       accepted_at, accepted_in_person, declined_at, ended_at
                  from mentorship where family_id = ? order by nominated_at, id
                """).param(familyId).query((rs, n) -> row(rs, answers)).list();
    }

    public Optional<Mentorship> find(UUID familyId, UUID id) {
        return ofFamily(familyId).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public void answer(UUID id, UUID memberId, boolean agrees, String reason, Instant at) {
        jdbc.sql("insert into mentorship_answer (mentorship_id, member_id, agrees, reason, answered_at) values (?, ?, ?, ?, ?)")
                .params(id, memberId, agrees, reason, Timestamp.from(at)).update();
    }

    public void accept(UUID id, UUID by, boolean inPerson, Instant at) {
        jdbc.sql("update mentorship set accepted_at = ?, accepted_by = ?, accepted_in_person = ? where id = ? and accepted_at is null")
                .params(Timestamp.from(at), by, inPerson, id).update();
    }

    public void decline(UUID id, Instant at) {
        jdbc.sql("update mentorship set declined_at = ? where id = ? and declined_at is null").params(Timestamp.from(at), id).update();
    }

    public void end(UUID id, Instant at) {
        jdbc.sql("update mentorship set ended_at = ? where id = ? and ended_at is null").params(Timestamp.from(at), id).update();
    }

    /** The persons on this map who are a youth's mentor now (the mentor accepted; not ended). */
    public Set<String> activeOn(UUID familyId, UUID mapId) {
        return jdbc.sql("""
                select m.person_id from mentorship m
                 where m.family_id = ? and m.map_id = ? and m.accepted_at is not null and m.ended_at is null and m.declined_at is null
                   and not exists (select 1 from mentorship_answer a where a.mentorship_id = m.id and not a.agrees)
                """).params(familyId, mapId).query(String.class).list().stream().collect(Collectors.toUnmodifiableSet());
    }

    private static Mentorship row(ResultSet rs, java.util.Map<UUID, List<Mentorship.ParentAnswer>> answers) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var parents = Arrays.stream(rs.getString("parents").split(",")).filter(p -> !p.isBlank()).map(UUID::fromString)
                .collect(Collectors.toSet());
        return new Mentorship(id, rs.getObject("family_id", UUID.class), rs.getObject("youth_member_id", UUID.class),
                rs.getObject("map_id", UUID.class), rs.getString("person_id"), rs.getString("mentor_name"), parents,
                answers.getOrDefault(id, List.of()), rs.getObject("nominated_by", UUID.class), rs.getTimestamp("nominated_at").toInstant(),
                instant(rs, "accepted_at"), rs.getBoolean("accepted_in_person"), instant(rs, "declined_at"), instant(rs, "ended_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
