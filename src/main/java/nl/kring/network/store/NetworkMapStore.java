package nl.kring.network.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.network.MapSummary;
import nl.kring.network.StoredVersion;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for network maps; only the network module uses it. */
@Repository
public class NetworkMapStore {

    private static final String SUMMARY = """
            select m.id, m.family_id, m.title, m.perspective, m.centre_kind, m.centre_member_id, m.created_at,
                   max(v.number) as latest, max(v.updated_at) as updated_at
              from network_map m join network_map_version v on v.map_id = m.id
            """;

    private final JdbcClient jdbc;

    public NetworkMapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertMap(UUID familyId, String title, MapSummary.Perspective perspective, MapSummary.CentreKind centreKind,
            Optional<UUID> centreMemberId, UUID createdBy) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_map (id, family_id, title, perspective, centre_kind, centre_member_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, familyId, title, perspective.name(), centreKind.name(), centreMemberId.orElse(null), createdBy)
                .update();
        return id;
    }

    public List<MapSummary> mapsOf(UUID familyId) {
        return jdbc.sql(SUMMARY + " where m.family_id = ? group by m.id order by m.created_at, m.id")
                .param(familyId).query(NetworkMapStore::summary).list();
    }

    public Optional<MapSummary> map(UUID familyId, UUID mapId) {
        return jdbc.sql(SUMMARY + " where m.family_id = ? and m.id = ? group by m.id")
                .params(familyId, mapId).query(NetworkMapStore::summary).optional();
    }

    /** Inserts a version with all its persons and ties. */
    public UUID insertVersion(UUID mapId, MapVersion version, UUID createdBy) {
        var id = UUID.randomUUID();
        var centre = version.centre();
        jdbc.sql("""
                insert into network_map_version (id, map_id, number, centre_name, centre_birth_date, centre_gender, created_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, mapId, version.number(), centre.name(),
                        centre.birthDate() == null ? null : Date.valueOf(centre.birthDate()), centre.gender().name(), createdBy)
                .update();
        writeContent(id, version);
        return id;
    }

    /**
     * Replaces the content of a version if, and only if, it is still at the expected revision.
     * Returns false when someone else changed it first.
     */
    public boolean replaceContent(UUID versionId, int expectedRevision, MapVersion version) {
        var centre = version.centre();
        int updated = jdbc.sql("""
                update network_map_version
                   set revision = revision + 1, updated_at = now(),
                       centre_name = ?, centre_birth_date = ?, centre_gender = ?
                 where id = ? and revision = ?
                """)
                .params(centre.name(), centre.birthDate() == null ? null : Date.valueOf(centre.birthDate()), centre.gender().name(),
                        versionId, expectedRevision)
                .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("delete from network_map_person where version_id = ?").param(versionId).update();
        jdbc.sql("delete from network_map_tie where version_id = ?").param(versionId).update();
        writeContent(versionId, version);
        return true;
    }

    public Optional<StoredVersion> latest(UUID mapId) {
        return jdbc.sql("select id from network_map_version where map_id = ? order by number desc limit 1")
                .param(mapId).query(UUID.class).optional().flatMap(this::version);
    }

    public Optional<StoredVersion> version(UUID mapId, int number) {
        return jdbc.sql("select id from network_map_version where map_id = ? and number = ?")
                .params(mapId, number).query(UUID.class).optional().flatMap(this::version);
    }

    public List<Integer> versionNumbers(UUID mapId) {
        return jdbc.sql("select number from network_map_version where map_id = ? order by number")
                .param(mapId).query(Integer.class).list();
    }

    private Optional<StoredVersion> version(UUID versionId) {
        record Head(UUID mapId, int number, int revision, boolean latest, OffsetDateTime created, OffsetDateTime updated,
                String title, Centre centre) {}
        var head = jdbc.sql("""
                select v.map_id, v.number, v.revision, v.created_at, v.updated_at, m.title,
                       v.centre_name, v.centre_birth_date, v.centre_gender,
                       v.number = (select max(number) from network_map_version where map_id = v.map_id) as latest
                  from network_map_version v join network_map m on m.id = v.map_id
                 where v.id = ?
                """)
                .param(versionId)
                .query((rs, n) -> {
                    var birth = rs.getDate("centre_birth_date");
                    return new Head(rs.getObject("map_id", UUID.class), rs.getInt("number"), rs.getInt("revision"),
                            rs.getBoolean("latest"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getObject("updated_at", OffsetDateTime.class), rs.getString("title"),
                            new Centre(rs.getString("centre_name"), birth == null ? null : birth.toLocalDate(), null,
                                    Gender.valueOf(rs.getString("centre_gender")), ""));
                })
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var persons = jdbc.sql("select * from network_map_person where version_id = ? order by position, person_id")
                .param(versionId).query(NetworkMapStore::person).list();
        var ties = jdbc.sql("select person_a, person_b, conflict from network_map_tie where version_id = ? order by person_a, person_b")
                .param(versionId)
                .query((rs, n) -> new Tie(rs.getString("person_a"), rs.getString("person_b"), rs.getBoolean("conflict")))
                .list();
        var h = head.get();
        var version = new MapVersion(h.centre(), persons, ties, h.number(), h.title(), h.created().toInstant());
        return Optional.of(new StoredVersion(versionId, h.mapId(), h.number(), h.revision(), h.latest(), h.updated().toInstant(), version));
    }

    private void writeContent(UUID versionId, MapVersion version) {
        int position = 0;
        for (var p : version.persons()) {
            var supports = new ArrayList<String>();
            p.supports().forEach((type, direction) -> supports.add(type.name() + ":" + direction.name()));
            jdbc.sql("""
                    insert into network_map_person (version_id, person_id, name, role_code, role_text, gender, kind, age_years, age_band,
                        level, angle, distance, supports, centre_tie, factor, available, reachable, conflict, deceased, note, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(versionId, p.id(), p.name(), p.roleCode(), p.roleText(), p.gender().name(), p.kind().name(),
                            p.age() instanceof Age.Years y ? y.years() : null,
                            p.age() instanceof Age.Band b ? b.band().name() : null,
                            p.level() == null ? null : p.level().number(),
                            p.position().angle(), p.position().distance(), supports.toArray(String[]::new),
                            p.centreTie().name(), p.factor().name(), p.available(), p.reachable(), p.conflict(), p.deceased(),
                            p.note(), position++)
                    .update();
        }
        for (var tie : version.ties()) {
            jdbc.sql("insert into network_map_tie (version_id, person_a, person_b, conflict) values (?, ?, ?, ?)")
                    .params(versionId, tie.a(), tie.b(), tie.conflict())
                    .update();
        }
    }

    private static MapPerson person(ResultSet rs, int n) throws SQLException {
        Map<SupportType, SupportDirection> supports = new EnumMap<>(SupportType.class);
        for (var entry : (String[]) rs.getArray("supports").getArray()) {
            var parts = entry.split(":", 2);
            supports.put(SupportType.valueOf(parts[0]), SupportDirection.valueOf(parts[1]));
        }
        var years = (Integer) rs.getObject("age_years");
        var band = rs.getString("age_band");
        var level = (Integer) rs.getObject("level");
        var builder = MapPerson.builder(rs.getString("person_id"), rs.getString("name"))
                .role(rs.getString("role_code"), rs.getString("role_text"))
                .gender(Gender.valueOf(rs.getString("gender")))
                .kind(EntryKind.valueOf(rs.getString("kind")))
                .age(years != null ? Age.years(years) : band != null ? Age.band(AgeBand.valueOf(band)) : null)
                .level(level == null ? null : SupportLevel.ofNumber(level).orElse(null))
                .position(new Position(rs.getDouble("angle"), rs.getDouble("distance")))
                .centreTie(CentreTie.valueOf(rs.getString("centre_tie")))
                .factor(Factor.valueOf(rs.getString("factor")))
                .available(rs.getBoolean("available"))
                .reachable(rs.getBoolean("reachable"))
                .conflict(rs.getBoolean("conflict"))
                .deceased(rs.getBoolean("deceased"))
                .note(rs.getString("note"));
        supports.forEach(builder::support);
        return builder.build();
    }

    private static MapSummary summary(ResultSet rs, int n) throws SQLException {
        return new MapSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getString("title"),
                MapSummary.Perspective.valueOf(rs.getString("perspective")),
                MapSummary.CentreKind.valueOf(rs.getString("centre_kind")),
                Optional.ofNullable(rs.getObject("centre_member_id", UUID.class)),
                rs.getInt("latest"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
