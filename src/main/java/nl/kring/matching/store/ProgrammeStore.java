package nl.kring.matching.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.matching.Coordinator;
import nl.kring.matching.Organisation;
import nl.kring.matching.Programme;
import nl.kring.matching.domain.CriterionSetting;
import nl.kring.matching.domain.MatchCriterion;
import nl.kring.matching.domain.ProgrammeSettings;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.domain.Requirement;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.Stage;
import nl.kring.matching.domain.SupportForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, their coordinators and their programmes, in plain SQL. */
@Repository
public class ProgrammeStore {

    private final JdbcClient jdbc;

    public ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> organisations() {
        return jdbc.sql("select id, name from organisation order by lower(name)")
                .query((rs, n) -> new Organisation(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public Optional<Organisation> organisation(UUID id) {
        return jdbc.sql("select id, name from organisation where id = ?").param(id)
                .query((rs, n) -> new Organisation(rs.getObject("id", UUID.class), rs.getString("name"))).optional();
    }

    public boolean organisationNameTaken(String name) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(?))").param(name)
                .query(Boolean.class).single();
    }

    public UUID insertOrganisation(String name) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name) values (?, ?)").params(id, name).update();
        return id;
    }

    public List<Coordinator> coordinators(UUID organisationId) {
        return jdbc.sql("""
                select a.id, a.display_name, a.username from organisation_coordinator c join account a on a.id = c.account_id
                where c.organisation_id = ? order by lower(a.display_name), a.username
                """).param(organisationId)
                .query((rs, n) -> new Coordinator(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("username")))
                .list();
    }

    /** False when the account was already a coordinator of the organisation. */
    public boolean addCoordinator(UUID organisationId, UUID accountId) {
        return jdbc.sql("insert into organisation_coordinator (organisation_id, account_id) values (?, ?) on conflict do nothing")
                .params(organisationId, accountId).update() == 1;
    }

    public boolean removeCoordinator(UUID organisationId, UUID accountId) {
        return jdbc.sql("delete from organisation_coordinator where organisation_id = ? and account_id = ?")
                .params(organisationId, accountId).update() == 1;
    }

    /** The organisations this account coordinates. */
    public List<Organisation> organisationsOf(UUID accountId) {
        return jdbc.sql("""
                select o.id, o.name from organisation o join organisation_coordinator c on c.organisation_id = o.id
                where c.account_id = ? order by lower(o.name)
                """).param(accountId)
                .query((rs, n) -> new Organisation(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public boolean programmeNameTaken(UUID organisationId, String name, Optional<UUID> except) {
        return jdbc.sql("""
                select exists (select 1 from programme where organisation_id = ? and lower(name) = lower(?) and id is distinct from ?)
                """).params(organisationId, name, except.orElse(null)).query(Boolean.class).single();
    }

    public UUID insertProgramme(UUID organisationId, ProgrammeSettings settings, Optional<ProgrammeTemplate> template) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into programme (id, organisation_id, name, target_group, age_from, age_to, support_form, contact_every_weeks,
                                       length_months, rhythm_note, max_distance_km, volunteer_capacity, template)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, organisationId, settings.name(), settings.targetGroup(), settings.ageFrom().orElse(null),
                        settings.ageTo().orElse(null), settings.supportForm().name(), settings.contactEveryWeeks().orElse(null),
                        settings.lengthMonths().orElse(null), settings.rhythmNote(), settings.maxDistanceKm().orElse(null),
                        settings.volunteerCapacity(), template.map(Enum::name).orElse(null))
                .update();
        insertParts(id, settings);
        return id;
    }

    public void updateProgramme(UUID id, ProgrammeSettings settings) {
        jdbc.sql("""
                update programme set name = ?, target_group = ?, age_from = ?, age_to = ?, support_form = ?, contact_every_weeks = ?,
                                     length_months = ?, rhythm_note = ?, max_distance_km = ?, volunteer_capacity = ?, updated_at = now()
                where id = ?
                """).params(settings.name(), settings.targetGroup(), settings.ageFrom().orElse(null), settings.ageTo().orElse(null),
                        settings.supportForm().name(), settings.contactEveryWeeks().orElse(null), settings.lengthMonths().orElse(null),
                        settings.rhythmNote(), settings.maxDistanceKm().orElse(null), settings.volunteerCapacity(), id)
                .update();
        jdbc.sql("delete from programme_stage where programme_id = ?").param(id).update();
        jdbc.sql("delete from programme_criterion where programme_id = ?").param(id).update();
        jdbc.sql("delete from programme_requirement where programme_id = ?").param(id).update();
        insertParts(id, settings);
    }

    private void insertParts(UUID id, ProgrammeSettings settings) {
        for (int position = 0; position < settings.stages().size(); position++) {
            var stage = settings.stages().get(position);
            jdbc.sql("insert into programme_stage (programme_id, position, name, required_steps) values (?, ?, ?, ?::text[])")
                    .params(id, position, stage.name(), Columns.textArray(stage.requiredSteps())).update();
        }
        for (var criterion : settings.criteria()) {
            jdbc.sql("insert into programme_criterion (programme_id, criterion, weight, hard_limit) values (?, ?, ?, ?)")
                    .params(id, criterion.criterion().name(), criterion.weight(), criterion.hardLimit()).update();
        }
        for (var requirement : settings.requirements()) {
            jdbc.sql("insert into programme_requirement (programme_id, kind, valid_months, screening_profile) values (?, ?, ?, ?)")
                    .params(id, requirement.kind().name(), requirement.validFor().map(p -> (int) p.toTotalMonths()).orElse(null),
                            requirement.screeningProfile().orElse(null)).update();
        }
    }

    public Optional<Programme> programme(UUID id) {
        return programmes("p.id = ?", id).stream().findFirst();
    }

    public List<Programme> programmesOf(UUID organisationId) {
        return programmes("p.organisation_id = ?", organisationId);
    }

    private List<Programme> programmes(String condition, UUID value) {
        var rows = jdbc.sql("""
                select p.*, o.name as organisation_name from programme p join organisation o on o.id = p.organisation_id
                where\s""" + condition + " order by lower(p.name)").param(value).query((rs, n) -> row(rs)).list();
        var result = new ArrayList<Programme>();
        for (var row : rows) {
            var stages = jdbc.sql("select name, required_steps from programme_stage where programme_id = ? order by position")
                    .param(row.id).query((rs, n) -> new Stage(rs.getString("name"), Columns.strings(rs.getArray("required_steps")))).list();
            var criteria = jdbc.sql("select criterion, weight, hard_limit from programme_criterion where programme_id = ? order by criterion")
                    .param(row.id).query((rs, n) -> new CriterionSetting(MatchCriterion.valueOf(rs.getString("criterion")),
                            rs.getInt("weight"), rs.getBoolean("hard_limit"))).list();
            var requirements = jdbc.sql("select kind, valid_months, screening_profile from programme_requirement where programme_id = ?")
                    .param(row.id).query((rs, n) -> new Requirement(RequirementKind.valueOf(rs.getString("kind")),
                            Columns.optionalInt(rs, "valid_months").map(Period::ofMonths), Optional.ofNullable(rs.getString("screening_profile"))))
                    .list().stream().sorted(Comparator.comparing(Requirement::kind)).toList();
            var settings = new ProgrammeSettings(row.name, row.targetGroup, row.ageFrom, row.ageTo, row.supportForm, row.weeks,
                    row.months, row.rhythmNote, row.distance, row.capacity, stages, inCriterionOrder(criteria), requirements);
            result.add(new Programme(row.id, row.organisation, settings, row.template));
        }
        return result;
    }

    private static List<CriterionSetting> inCriterionOrder(List<CriterionSetting> stored) {
        Map<MatchCriterion, CriterionSetting> byCriterion = new LinkedHashMap<>();
        for (var criterion : MatchCriterion.values()) {
            stored.stream().filter(c -> c.criterion() == criterion).findFirst().ifPresent(c -> byCriterion.put(criterion, c));
        }
        return List.copyOf(byCriterion.values());
    }

    private record Row(UUID id, Organisation organisation, String name, String targetGroup, Optional<Integer> ageFrom,
            Optional<Integer> ageTo, SupportForm supportForm, Optional<Integer> weeks, Optional<Integer> months, String rhythmNote,
            Optional<Integer> distance, int capacity, Optional<ProgrammeTemplate> template) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class),
                new Organisation(rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name")),
                rs.getString("name"), rs.getString("target_group"), Columns.optionalInt(rs, "age_from"), Columns.optionalInt(rs, "age_to"),
                SupportForm.valueOf(rs.getString("support_form")), Columns.optionalInt(rs, "contact_every_weeks"),
                Columns.optionalInt(rs, "length_months"), rs.getString("rhythm_note"), Columns.optionalInt(rs, "max_distance_km"),
                rs.getInt("volunteer_capacity"), Optional.ofNullable(rs.getString("template")).map(ProgrammeTemplate::valueOf));
    }
}
