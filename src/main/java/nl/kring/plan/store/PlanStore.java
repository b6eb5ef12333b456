package nl.kring.plan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.plan.AgreementAnswer;
import nl.kring.plan.AgreementDone;
import nl.kring.plan.PlanAcceptance;
import nl.kring.plan.PlanSummary;
import nl.kring.plan.PlanVersionStatus;
import nl.kring.plan.RefusedPerson;
import nl.kring.plan.StoredPlanVersion;
import nl.kring.plan.domain.PersonRef;
import nl.kring.plan.domain.PlanContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL for plans; only the plan module uses it. A version's text is one JSON document. */
@Repository
public class PlanStore {

    private static final String VERSION = """
            select id, plan_id, number, revision, status, content::text as content, updated_at, accepted_at from plan_version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertPlan(UUID familyId, String title, UUID createdBy, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into plan (id, family_id, title, created_at, created_by) values (?, ?, ?, ?, ?)")
                .params(id, familyId, title, timestamp(at), createdBy).update();
        return id;
    }

    public List<PlanSummary> plansOf(UUID familyId) {
        return jdbc.sql("""
                select p.id, p.family_id, p.title, p.created_at, v.number, v.status, v.updated_at
                  from plan p join plan_version v on v.plan_id = p.id
                 where p.family_id = ? and v.number = (select max(number) from plan_version where plan_id = p.id)
                 order by p.created_at, p.id
                """).param(familyId).query(PlanStore::summary).list();
    }

    public Optional<PlanSummary> plan(UUID familyId, UUID planId) {
        return plansOf(familyId).stream().filter(plan -> plan.id().equals(planId)).findFirst();
    }

    public UUID insertVersion(UUID planId, int number, PlanContent content, UUID by, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into plan_version (id, plan_id, number, revision, status, content, created_at, updated_at, updated_by)
                values (?, ?, ?, 0, 'DRAFT', cast(? as jsonb), ?, ?, ?)
                """).params(id, planId, number, json.writeValueAsString(content), timestamp(at), timestamp(at), by).update();
        return id;
    }

    public Optional<StoredPlanVersion> version(UUID planId, int number) {
        return jdbc.sql(VERSION + " where plan_id = ? and number = ?").params(planId, number).query(this::version).optional();
    }

    public Optional<StoredPlanVersion> latest(UUID planId) {
        return jdbc.sql(VERSION + " where plan_id = ? order by number desc limit 1").param(planId).query(this::version).optional();
    }

    /** The latest version of every plan of the family. */
    public List<StoredPlanVersion> latestOfFamily(UUID familyId) {
        return jdbc.sql(VERSION + """
                 where plan_id in (select id from plan where family_id = ?)
                   and number = (select max(v.number) from plan_version v where v.plan_id = plan_version.plan_id)
                """).param(familyId).query(this::version).list();
    }

    public List<Integer> versionNumbers(UUID planId) {
        return jdbc.sql("select number from plan_version where plan_id = ? order by number").param(planId).query(Integer.class).list();
    }

    /** Saves a draft's new text if it is still at {@code basedOnRevision}; false when someone changed it first or it was accepted. */
    public boolean replaceContent(UUID versionId, int basedOnRevision, PlanContent content, UUID by, Instant at) {
        return jdbc.sql("""
                update plan_version set content = cast(? as jsonb), revision = revision + 1, updated_at = ?, updated_by = ?
                 where id = ? and revision = ? and status = 'DRAFT'
                """).params(json.writeValueAsString(content), timestamp(at), by, versionId, basedOnRevision).update() == 1;
    }

    public List<PlanAcceptance> acceptances(UUID versionId) {
        return jdbc.sql("select member_id, account_id, revision, accepted_at from plan_acceptance where version_id = ? order by accepted_at")
                .param(versionId)
                .query((rs, n) -> new PlanAcceptance(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), instant(rs, 4)))
                .list();
    }

    public void accept(UUID versionId, UUID memberId, UUID accountId, int revision, Instant at) {
        jdbc.sql("""
                insert into plan_acceptance (version_id, member_id, account_id, revision, accepted_at) values (?, ?, ?, ?, ?)
                on conflict (version_id, member_id) do update set account_id = excluded.account_id, revision = excluded.revision,
                       accepted_at = excluded.accepted_at
                """).params(versionId, memberId, accountId, revision, timestamp(at)).update();
    }

    /** Marks the version accepted, if it is still the draft at this revision. */
    public boolean markAccepted(UUID versionId, int revision, Instant at) {
        return jdbc.sql("update plan_version set status = 'ACCEPTED', accepted_at = ? where id = ? and revision = ? and status = 'DRAFT'")
                .params(timestamp(at), versionId, revision).update() == 1;
    }

    public List<RefusedPerson> refusedPersons(UUID familyId) {
        return jdbc.sql("""
                select map_id, person_id, person_name, youth_member_id, marked_at from plan_refused_person
                 where family_id = ? order by marked_at
                """).param(familyId)
                .query((rs, n) -> new RefusedPerson(new PersonRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                        rs.getObject(4, UUID.class), instant(rs, 5)))
                .list();
    }

    public void refuse(UUID familyId, PersonRef person, UUID youthMemberId, Instant at) {
        jdbc.sql("""
                insert into plan_refused_person (family_id, map_id, person_id, person_name, youth_member_id, marked_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """).params(familyId, person.mapId(), person.personId(), person.name(), youthMemberId, timestamp(at)).update();
    }

    public boolean withdrawRefusal(UUID familyId, PersonRef person, UUID youthMemberId) {
        return jdbc.sql("delete from plan_refused_person where family_id = ? and map_id = ? and person_id = ? and youth_member_id = ?")
                .params(familyId, person.mapId(), person.personId(), youthMemberId).update() == 1;
    }

    public List<AgreementAnswer> answers(UUID versionId) {
        return jdbc.sql("select agreement_id, account_id, answer, answered_at from plan_agreement_answer where version_id = ?")
                .param(versionId)
                .query((rs, n) -> new AgreementAnswer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        AgreementAnswer.Answer.valueOf(rs.getString(3)), instant(rs, 4)))
                .list();
    }

    public void answer(UUID versionId, UUID agreementId, UUID accountId, AgreementAnswer.Answer answer, Instant at) {
        jdbc.sql("""
                insert into plan_agreement_answer (version_id, agreement_id, account_id, answer, answered_at) values (?, ?, ?, ?, ?)
                on conflict (version_id, agreement_id, account_id) do update set answer = excluded.answer, answered_at = excluded.answered_at
                """).params(versionId, agreementId, accountId, answer.name(), timestamp(at)).update();
    }

    public List<AgreementDone> done(UUID versionId) {
        return jdbc.sql("""
                select id, agreement_id, account_id, done_on, note, recorded_at from plan_agreement_done
                 where version_id = ? order by done_on, recorded_at
                """).param(versionId)
                .query((rs, n) -> new AgreementDone(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), instant(rs, 6)))
                .list();
    }

    public AgreementDone insertDone(UUID versionId, UUID agreementId, UUID accountId, LocalDate day, String note, Instant at) {
        var done = new AgreementDone(UUID.randomUUID(), agreementId, accountId, day, note, at);
        jdbc.sql("""
                insert into plan_agreement_done (id, version_id, agreement_id, account_id, done_on, note, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(done.id(), versionId, agreementId, accountId, day, note, timestamp(at)).update();
        return done;
    }

    public void insertEvaluation(UUID versionId, nl.kring.plan.domain.Evaluation evaluation, UUID by, Instant at) {
        jdbc.sql("""
                insert into plan_evaluation (id, version_id, held_on, what_changes, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)
                """).params(evaluation.id(), versionId, evaluation.heldOn(), evaluation.whatChanges(), by, timestamp(at)).update();
        for (var mark : evaluation.marks()) {
            jdbc.sql("insert into plan_evaluation_mark (evaluation_id, agreement_id, mark, note) values (?, ?, ?, ?)")
                    .params(evaluation.id(), mark.agreementId(), mark.mark().name(), mark.note()).update();
            for (var participant : mark.participants()) {
                jdbc.sql("""
                        insert into plan_evaluation_note (evaluation_id, agreement_id, map_id, person_id, person_name, note)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(evaluation.id(), mark.agreementId(), participant.person().mapId(), participant.person().personId(),
                        participant.person().name(), participant.note()).update();
            }
        }
    }

    /** The evaluations of a version, oldest first. */
    public List<nl.kring.plan.domain.Evaluation> evaluations(UUID versionId) {
        record Note(UUID evaluationId, UUID agreementId, nl.kring.plan.domain.Evaluation.ParticipantNote note) {}
        var notes = jdbc.sql("""
                select n.evaluation_id, n.agreement_id, n.map_id, n.person_id, n.person_name, n.note from plan_evaluation_note n
                  join plan_evaluation e on e.id = n.evaluation_id where e.version_id = ? order by n.person_name, n.person_id
                """).param(versionId)
                .query((rs, n) -> new Note(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new nl.kring.plan.domain.Evaluation.ParticipantNote(
                                new nl.kring.plan.domain.PersonRef(rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)), rs.getString(6))))
                .list();
        var marks = jdbc.sql("""
                select m.evaluation_id, m.agreement_id, m.mark, m.note from plan_evaluation_mark m
                  join plan_evaluation e on e.id = m.evaluation_id where e.version_id = ?
                """).param(versionId)
                .query((rs, n) -> {
                    var evaluationId = rs.getObject(1, UUID.class);
                    var agreementId = rs.getObject(2, UUID.class);
                    return java.util.Map.entry(evaluationId, new nl.kring.plan.domain.Evaluation.AgreementMark(agreementId,
                            nl.kring.plan.domain.Evaluation.Mark.valueOf(rs.getString(3)), rs.getString(4),
                            notes.stream().filter(note -> note.evaluationId().equals(evaluationId) && note.agreementId().equals(agreementId))
                                    .map(Note::note).toList()));
                })
                .list();
        return jdbc.sql("select id, held_on, what_changes from plan_evaluation where version_id = ? order by held_on, recorded_at")
                .param(versionId)
                .query((rs, n) -> {
                    var id = rs.getObject(1, UUID.class);
                    return new nl.kring.plan.domain.Evaluation(id, rs.getObject(2, LocalDate.class),
                            marks.stream().filter(e -> e.getKey().equals(id)).map(java.util.Map.Entry::getValue).toList(), rs.getString(3));
                })
                .list();
    }

    /** An accepted version that is the latest of its plan, for reminders. */
    public record AcceptedLatest(UUID familyId, UUID planId, StoredPlanVersion version) {}

    public List<AcceptedLatest> acceptedLatestVersions() {
        return jdbc.sql("""
                select v.id, v.plan_id, v.number, v.revision, v.status, v.content::text as content, v.updated_at, v.accepted_at, p.family_id
                  from plan_version v join plan p on p.id = v.plan_id
                 where v.status = 'ACCEPTED' and v.number = (select max(w.number) from plan_version w where w.plan_id = v.plan_id)
                """).query((rs, n) -> new AcceptedLatest(rs.getObject("family_id", UUID.class), rs.getObject("plan_id", UUID.class), version(rs, n)))
                .list();
    }

    /** Marks a reminder as mailed; false when it was already (so it goes out once, also with two nodes). */
    public boolean markReminderSent(UUID versionId, String kind, LocalDate due, Instant at) {
        return jdbc.sql("insert into plan_reminder_sent (version_id, kind, due_on, sent_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(versionId, kind, due, timestamp(at)).update() == 1;
    }

    /** The stage of the plan's network meeting, when one was started. */
    public Optional<nl.kring.plan.Meeting> meeting(UUID planId) {
        return jdbc.sql("select stage, meeting_on, place from plan_meeting where plan_id = ?").param(planId)
                .query((rs, n) -> new nl.kring.plan.Meeting(nl.kring.plan.domain.MeetingStage.valueOf(rs.getString(1)),
                        Optional.ofNullable(rs.getObject(2, LocalDate.class)), rs.getString(3)))
                .optional();
    }

    public void saveMeeting(UUID planId, nl.kring.plan.Meeting meeting, UUID by, Instant at) {
        jdbc.sql("""
                insert into plan_meeting (plan_id, stage, meeting_on, place, changed_at, changed_by) values (?, ?, ?, ?, ?, ?)
                on conflict (plan_id) do update set stage = excluded.stage, meeting_on = excluded.meeting_on, place = excluded.place,
                       changed_at = excluded.changed_at, changed_by = excluded.changed_by
                """).params(planId, meeting.stage().name(), meeting.on().orElse(null), meeting.place(), timestamp(at), by).update();
    }

    private StoredPlanVersion version(ResultSet rs, int row) throws SQLException {
        return new StoredPlanVersion(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getInt("number"),
                rs.getInt("revision"), PlanVersionStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("content"), PlanContent.class), instant(rs, "updated_at"),
                Optional.ofNullable(rs.getObject("accepted_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private static PlanSummary summary(ResultSet rs, int row) throws SQLException {
        return new PlanSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), instant(rs, 4), rs.getInt(5),
                PlanVersionStatus.valueOf(rs.getString(6)), instant(rs, 7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    /** The days of a family's plan steps, without content: kind (MADE, ACCEPTED, EVALUATED, AGREEMENT_DONE) and day. */
    public List<java.util.Map.Entry<String, java.time.LocalDate>> stepDays(UUID familyId) {
        return jdbc.sql("""
                select 'MADE', (p.created_at at time zone 'Europe/Amsterdam')::date from plan p where p.family_id = :family
                union all
                select 'ACCEPTED', (v.accepted_at at time zone 'Europe/Amsterdam')::date from plan_version v join plan p on p.id = v.plan_id
                 where p.family_id = :family and v.accepted_at is not null
                union all
                select 'EVALUATED', e.held_on from plan_evaluation e join plan_version v on v.id = e.version_id join plan p on p.id = v.plan_id
                 where p.family_id = :family
                union all
                select 'AGREEMENT_DONE', d.done_on from plan_agreement_done d join plan_version v on v.id = d.version_id join plan p on p.id = v.plan_id
                 where p.family_id = :family
                """)
                .param("family", familyId)
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list();
    }
}
