package nl.kring.matching.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.matching.Match;
import nl.kring.matching.domain.ClosingReason;
import nl.kring.matching.domain.MatchRules;
import nl.kring.matching.domain.MatchStage;
import nl.kring.matching.domain.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Matches with their stages, steps, contacts, evaluations, measurements and the reminders mailed, in plain SQL. */
@Repository
public class MatchStore {

    private static final String SELECT = """
            select m.*, p.name as programme_name, f.name as family_name, v.name as volunteer_name, v.account_id as volunteer_account
            from programme_match m join programme p on p.id = m.programme_id join family f on f.id = m.family_id
            join volunteer v on v.id = m.volunteer_id
            """;

    private final JdbcClient jdbc;

    public MatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a match in the first of the programme's stages, as they are now. */
    public UUID insert(UUID programmeId, UUID requestId, Instant requestedAt, UUID familyId, UUID volunteerId, LocalDate startedOn,
            UUID by, List<Stage> stages) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into programme_match (id, programme_id, request_id, requested_at, family_id, volunteer_id, started_on, started_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, programmeId, requestId, Timestamp.from(requestedAt), familyId, volunteerId, startedOn, by).update();
        for (int i = 0; i < stages.size(); i++) {
            jdbc.sql("insert into programme_match_stage (match_id, position, name, required_steps, entered_on) values (?, ?, ?, ?::text[], ?)")
                    .params(id, i, stages.get(i).name(), Columns.textArray(stages.get(i).requiredSteps()), i == 0 ? startedOn : null)
                    .update();
        }
        return id;
    }

    /** The running match of a request, if there is one. */
    public Optional<UUID> runningOfRequest(UUID requestId) {
        return jdbc.sql("select id from programme_match where request_id = ? and closed_on is null").param(requestId).query(UUID.class)
                .optional();
    }

    public Optional<Match> match(UUID id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query((rs, n) -> row(rs)).optional().map(this::withStages);
    }

    /** The matches of a programme: running ones first, then by start, newest first. */
    public List<Match> ofProgramme(UUID programmeId) {
        return list(SELECT + " where m.programme_id = ? order by (m.closed_on is null) desc, m.started_on desc, m.id", programmeId);
    }

    public List<Match> ofVolunteer(UUID volunteerId) {
        return list(SELECT + " where m.volunteer_id = ? order by (m.closed_on is null) desc, m.started_on desc, m.id", volunteerId);
    }

    public List<Match> runningOfFamily(UUID familyId) {
        return list(SELECT + " where m.family_id = ? and m.closed_on is null order by m.started_on, m.id", familyId);
    }

    public List<Match> running() {
        return jdbc.sql(SELECT + " where m.closed_on is null order by m.started_on, m.id").query((rs, n) -> row(rs)).list().stream()
                .map(this::withStages).toList();
    }

    private List<Match> list(String sql, UUID param) {
        return jdbc.sql(sql).param(param).query((rs, n) -> row(rs)).list().stream().map(this::withStages).toList();
    }

    /** False when the step was ticked off before. */
    public boolean tick(UUID matchId, int position, String step, LocalDate on, UUID by) {
        return jdbc.sql("insert into programme_match_step (match_id, position, step, done_on, done_by) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(matchId, position, step, on, by).update() == 1;
    }

    public void enter(UUID matchId, int position, LocalDate on, Optional<LocalDate> plannedUntil) {
        jdbc.sql("update programme_match_stage set entered_on = ?, planned_until = ? where match_id = ? and position = ? and entered_on is null")
                .params(on, plannedUntil.orElse(null), matchId, position).update();
    }

    public UUID insertContact(UUID matchId, MatchRules.Contact contact, UUID by) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into programme_match_contact (id, match_id, contact_on, what, how, logged_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, matchId, contact.on(), contact.what(), contact.how(), by).update();
        return id;
    }

    /** The contacts of a match, newest first. */
    public List<Match.Contact> contacts(UUID matchId) {
        return jdbc.sql("select * from programme_match_contact where match_id = ? order by contact_on desc, logged_at desc").param(matchId)
                .query((rs, n) -> new Match.Contact(rs.getObject("id", UUID.class), rs.getObject("contact_on", LocalDate.class),
                        rs.getString("what"), rs.getString("how"), rs.getTimestamp("logged_at").toInstant()))
                .list();
    }

    public Optional<LocalDate> lastContact(UUID matchId) {
        return jdbc.sql("select contact_on from programme_match_contact where match_id = ? order by contact_on desc limit 1").param(matchId)
                .query(LocalDate.class).optional();
    }

    /** False when this evaluation was recorded already (by someone else at the same time). */
    public boolean insertEvaluation(UUID id, UUID matchId, int moment, MatchRules.Evaluation evaluation, UUID by) {
        return jdbc.sql("""
                insert into programme_match_evaluation (id, match_id, moment, held_on, family_side, volunteer_side, family_rating, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """).params(id, matchId, moment, evaluation.heldOn(), evaluation.familySide(), evaluation.volunteerSide(),
                        evaluation.familyRating().orElse(null), by).update() == 1;
    }

    public List<Match.Evaluation> evaluations(UUID matchId) {
        return jdbc.sql("""
                select e.*, a.display_name from programme_match_evaluation e join account a on a.id = e.recorded_by
                where e.match_id = ? order by e.moment
                """).param(matchId)
                .query((rs, n) -> new Match.Evaluation(rs.getObject("id", UUID.class), rs.getInt("moment"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("family_side"), rs.getString("volunteer_side"), Columns.optionalInt(rs, "family_rating"),
                        rs.getString("display_name")))
                .list();
    }

    public int evaluationCount(UUID matchId) {
        return jdbc.sql("select count(*) from programme_match_evaluation where match_id = ?").param(matchId).query(Integer.class).single();
    }

    /** False when the match was closed already. */
    public boolean close(UUID matchId, MatchRules.Closing closing, UUID by) {
        return jdbc.sql("""
                update programme_match set closed_on = ?, close_reason = ?, close_reason_text = ?, closing_conversation_on = ?,
                       closing_note = ?, closed_by = ? where id = ? and closed_on is null
                """).params(closing.closedOn(), closing.reason().name(), closing.reasonText(), closing.conversationOn().orElse(null),
                        closing.note(), by, matchId).update() == 1;
    }

    /** Records (or replaces) the baseline or end measurement. */
    public void measure(UUID matchId, Match.Measurement measurement, UUID by) {
        jdbc.sql("""
                insert into programme_match_measurement (match_id, kind, measured_on, youth_care_in_use, care_source, support_rating, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (match_id, kind) do update set measured_on = excluded.measured_on, youth_care_in_use = excluded.youth_care_in_use,
                    care_source = excluded.care_source, support_rating = excluded.support_rating, recorded_by = excluded.recorded_by,
                    recorded_at = now()
                """).params(matchId, measurement.kind().name(), measurement.measuredOn(), measurement.youthCareInUse().orElse(null),
                        measurement.careSource().map(Enum::name).orElse(null), measurement.supportRating().orElse(null), by).update();
    }

    public List<Match.Measurement> measurements(UUID matchId) {
        return jdbc.sql("select * from programme_match_measurement where match_id = ? order by kind").param(matchId)
                .query((rs, n) -> measurement(rs)).list();
    }

    /** Marks the reminder of this evaluation as mailed; false when it was mailed before. */
    public boolean markReminderSent(UUID matchId, int moment, LocalDate due, Instant now) {
        return jdbc.sql("insert into programme_match_reminder_sent (match_id, moment, due_on, sent_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(matchId, moment, due, Timestamp.from(now)).update() == 1;
    }

    /** What the quarterly report needs of each match of a programme: dates, reason and youth care at the start and end. */
    public List<nl.kring.matching.domain.QuarterReport.MatchFact> reportFacts(UUID programmeId) {
        return jdbc.sql("""
                select m.requested_at, m.started_on, m.closed_on, m.close_reason,
                       (select youth_care_in_use from programme_match_measurement b where b.match_id = m.id and b.kind = 'BASELINE') as care_before,
                       (select youth_care_in_use from programme_match_measurement e where e.match_id = m.id and e.kind = 'END') as care_after
                from programme_match m where m.programme_id = ?
                """).param(programmeId)
                .query((rs, n) -> new nl.kring.matching.domain.QuarterReport.MatchFact(
                        rs.getTimestamp("requested_at").toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                        rs.getObject("started_on", LocalDate.class), Optional.ofNullable(rs.getObject("closed_on", LocalDate.class)),
                        Optional.ofNullable(rs.getString("close_reason")).map(ClosingReason::valueOf), optionalBoolean(rs, "care_before"),
                        optionalBoolean(rs, "care_after")))
                .list();
    }

    private static Optional<Boolean> optionalBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Match.Measurement measurement(ResultSet rs) throws SQLException {
        return new Match.Measurement(Match.Measurement.Kind.valueOf(rs.getString("kind")), rs.getObject("measured_on", LocalDate.class),
                optionalBoolean(rs, "youth_care_in_use"), Optional.ofNullable(rs.getString("care_source")).map(Match.Measurement.CareSource::valueOf),
                Columns.optionalInt(rs, "support_rating"));
    }

    private static Match row(ResultSet rs) throws SQLException {
        var closedOn = Optional.ofNullable(rs.getObject("closed_on", LocalDate.class));
        var closed = closedOn.map(on -> {
            try {
                return new Match.Closed(on, ClosingReason.valueOf(rs.getString("close_reason")), rs.getString("close_reason_text"),
                        Optional.ofNullable(rs.getObject("closing_conversation_on", LocalDate.class)), rs.getString("closing_note"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new Match(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getString("programme_name"),
                rs.getObject("request_id", UUID.class), rs.getTimestamp("requested_at").toInstant(), rs.getObject("family_id", UUID.class),
                rs.getString("family_name"), rs.getObject("volunteer_id", UUID.class), rs.getString("volunteer_name"),
                rs.getObject("volunteer_account", UUID.class), rs.getObject("started_on", LocalDate.class), List.of(), closed);
    }

    private Match withStages(Match match) {
        Map<Integer, Set<String>> done = new HashMap<>();
        jdbc.sql("select position, step from programme_match_step where match_id = ?").param(match.id())
                .query((rs, n) -> done.computeIfAbsent(rs.getInt(1), p -> new HashSet<>()).add(rs.getString(2))).list();
        var stages = new ArrayList<MatchStage>();
        jdbc.sql("select * from programme_match_stage where match_id = ? order by position").param(match.id()).query((rs, n) -> {
            int position = rs.getInt("position");
            stages.add(new MatchStage(position, rs.getString("name"), Columns.strings(rs.getArray("required_steps")),
                    Optional.ofNullable(rs.getObject("entered_on", LocalDate.class)),
                    Optional.ofNullable(rs.getObject("planned_until", LocalDate.class)), done.getOrDefault(position, Set.of())));
            return position;
        }).list();
        return new Match(match.id(), match.programmeId(), match.programmeName(), match.requestId(), match.requestedAt(), match.familyId(),
                match.familyName(), match.volunteerId(), match.volunteerName(), match.volunteerAccountId(), match.startedOn(), stages,
                match.closed());
    }
}
