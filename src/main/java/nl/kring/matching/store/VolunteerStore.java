package nl.kring.matching.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.matching.Organisation;
import nl.kring.matching.RecordedEvidence;
import nl.kring.matching.Volunteer;
import nl.kring.matching.domain.Evidence;
import nl.kring.matching.domain.Interest;
import nl.kring.matching.domain.Pc4;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.TimeSlot;
import nl.kring.matching.domain.VolunteerKind;
import nl.kring.matching.domain.VolunteerProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Volunteers, the programmes they signed up for, their evidence and the renewal reminders mailed, in plain SQL. */
@Repository
public class VolunteerStore {

    private static final String SELECT = """
            select v.*, o.name as organisation_name from volunteer v join organisation o on o.id = v.organisation_id
            """;

    private final JdbcClient jdbc;

    public VolunteerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID accountId, UUID organisationId, VolunteerProfile profile, String phone, Locale language, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into volunteer (id, account_id, organisation_id, kind, name, household, phone, pc4, languages, availability,
                                       interests, experience, cultures, age_from, age_to, max_distance_km, language, registered_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?, ?::text[], ?, ?, ?, ?, ?, ?)
                """).params(id, accountId, organisationId, profile.kind().name(), profile.name(), profile.household(), phone,
                        profile.area().digits(), Columns.textArray(profile.languages().stream().sorted().toList()),
                        Columns.textArray(profile.availability().stream().sorted().map(TimeSlot::code).toList()),
                        Columns.textArray(profile.interests().stream().sorted().map(Enum::name).toList()), profile.experience(),
                        Columns.textArray(List.copyOf(profile.cultures())), profile.ageFrom().orElse(null), profile.ageTo().orElse(null),
                        profile.maxDistanceKm().orElse(null), language.getLanguage(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
                .update();
        return id;
    }

    public void addProgramme(UUID volunteerId, UUID programmeId) {
        jdbc.sql("insert into volunteer_programme (volunteer_id, programme_id) values (?, ?) on conflict do nothing")
                .params(volunteerId, programmeId).update();
    }

    public Optional<Volunteer> volunteer(UUID id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query((rs, n) -> volunteer(rs)).optional();
    }

    public Optional<Volunteer> ofAccount(UUID accountId) {
        return jdbc.sql(SELECT + " where v.account_id = ?").param(accountId).query((rs, n) -> volunteer(rs)).optional();
    }

    /** The volunteers who signed up for this programme, by name. */
    public List<Volunteer> ofProgramme(UUID programmeId) {
        return jdbc.sql(SELECT + " join volunteer_programme vp on vp.volunteer_id = v.id where vp.programme_id = ? order by lower(v.name), v.id")
                .param(programmeId).query((rs, n) -> volunteer(rs)).list();
    }

    /** The programmes this volunteer signed up for. */
    public List<UUID> programmesOf(UUID volunteerId) {
        return jdbc.sql("select programme_id from volunteer_programme where volunteer_id = ? order by registered_at, programme_id")
                .param(volunteerId).query(UUID.class).list();
    }

    public boolean signedUp(UUID volunteerId, UUID programmeId) {
        return jdbc.sql("select exists (select 1 from volunteer_programme where volunteer_id = ? and programme_id = ?)")
                .params(volunteerId, programmeId).query(Boolean.class).single();
    }

    /** Every (volunteer, programme) sign-up, for the renewal reminders. */
    public record SignUp(UUID volunteerId, UUID programmeId) {}

    public List<SignUp> signUps() {
        return jdbc.sql("select volunteer_id, programme_id from volunteer_programme")
                .query((rs, n) -> new SignUp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    public UUID insertEvidence(UUID volunteerId, UUID programmeId, Evidence evidence, String note, UUID recordedBy) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into volunteer_evidence (id, volunteer_id, programme_id, kind, evidence_date, screening_profile, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, volunteerId, programmeId, evidence.kind().name(), evidence.date(),
                        evidence.screeningProfile().orElse(null), note, recordedBy).update();
        return id;
    }

    /** The evidence recorded for the volunteer in the programme, newest first. */
    public List<RecordedEvidence> evidence(UUID volunteerId, UUID programmeId) {
        return jdbc.sql("""
                select e.*, a.display_name from volunteer_evidence e join account a on a.id = e.recorded_by
                where e.volunteer_id = ? and e.programme_id = ? order by e.evidence_date desc, e.recorded_at desc
                """).params(volunteerId, programmeId)
                .query((rs, n) -> new RecordedEvidence(rs.getObject("id", UUID.class),
                        new Evidence(RequirementKind.valueOf(rs.getString("kind")), rs.getObject("evidence_date", LocalDate.class),
                                Optional.ofNullable(rs.getString("screening_profile"))),
                        rs.getString("note"), rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Marks the reminder for this evidence running out as sent; false when it was sent before. */
    public boolean markReminderSent(UUID volunteerId, UUID programmeId, RequirementKind kind, LocalDate expires, Instant now) {
        return jdbc.sql("""
                insert into volunteer_renewal_reminder (volunteer_id, programme_id, kind, expires, sent_at) values (?, ?, ?, ?, ?)
                on conflict do nothing
                """).params(volunteerId, programmeId, kind.name(), expires, java.sql.Timestamp.from(now)).update() == 1;
    }

    private static Volunteer volunteer(ResultSet rs) throws SQLException {
        var profile = new VolunteerProfile(VolunteerKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("household"),
                new Pc4(rs.getInt("pc4")), linked(Columns.strings(rs.getArray("languages"))),
                Columns.strings(rs.getArray("availability")).stream().map(c -> TimeSlot.parse(c).orElseThrow()).collect(Collectors.toSet()),
                Columns.strings(rs.getArray("interests")).stream().map(Interest::valueOf).collect(Collectors.toSet()),
                rs.getString("experience"), linked(Columns.strings(rs.getArray("cultures"))), Columns.optionalInt(rs, "age_from"),
                Columns.optionalInt(rs, "age_to"), Columns.optionalInt(rs, "max_distance_km"));
        return new Volunteer(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                new Organisation(rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name")), profile,
                rs.getString("phone"), Locale.of(rs.getString("language")), rs.getTimestamp("registered_at").toInstant());
    }

    private static java.util.Set<String> linked(List<String> values) {
        return new java.util.LinkedHashSet<>(values);
    }
}
