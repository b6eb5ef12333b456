package nl.kring.family.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.NetworkContact;
import nl.kring.family.domain.Relation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the family tables; only the family module uses it. */
@Repository
public class FamilyStore {

    private final JdbcClient jdbc;

    public FamilyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertFamily(String name, UUID teamId, FamilyStatus status, boolean demo) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into family (id, name, team_id, status, demo) values (?, ?, ?, ?, ?)")
                .params(id, name, teamId, status.name(), demo)
                .update();
        return id;
    }

    public UUID insertMember(UUID familyId, FamilyMember member) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into family_member (id, family_id, account_id, given_name, family_name, relation, birth_date, parental_authority)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, familyId, member.accountId().orElse(null), member.givenName(), member.familyName(),
                        member.relation().name(), member.birthDate().map(Date::valueOf).orElse(null), member.parentalAuthority())
                .update();
        return id;
    }

    public UUID insertNetworkContact(UUID familyId, Optional<UUID> accountId, String name, String roleLabel) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into network_member (id, family_id, account_id, name, role_label) values (?, ?, ?, ?, ?)")
                .params(id, familyId, accountId.orElse(null), name, roleLabel)
                .update();
        return id;
    }

    public void assignProfessional(UUID familyId, UUID accountId) {
        jdbc.sql("insert into family_professional (family_id, account_id) values (?, ?) on conflict do nothing")
                .params(familyId, accountId)
                .update();
    }

    public void unassignProfessional(UUID familyId, UUID accountId) {
        jdbc.sql("delete from family_professional where family_id = ? and account_id = ?").params(familyId, accountId).update();
    }

    public void insertMeasure(UUID familyId, ChildProtectionMeasure measure) {
        jdbc.sql("""
                insert into protection_measure (id, family_id, youth_member_id, kind, start_date, end_date, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(measure.id(), familyId, measure.youthId(), measure.kind().name(), Date.valueOf(measure.start()),
                        measure.end().map(Date::valueOf).orElse(null), measure.recordedBy(),
                        OffsetDateTime.ofInstant(measure.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    /** Sets the last day of a measure of this family; false when there is no such measure. */
    public boolean endMeasure(UUID familyId, UUID measureId, java.time.LocalDate last, UUID endedBy, java.time.Instant at) {
        return jdbc.sql("update protection_measure set end_date = ?, ended_by = ?, ended_at = ? where id = ? and family_id = ?")
                .params(Date.valueOf(last), endedBy, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), measureId, familyId)
                .update() == 1;
    }

    /** The ids of the families of one team (nothing else about them). */
    public List<UUID> ofTeam(UUID teamId) {
        return jdbc.sql("select id from family where team_id = ? order by name, id").param(teamId).query(UUID.class).list();
    }

    public void delete(UUID familyId) {
        jdbc.sql("delete from family where id = ?").param(familyId).update();
    }

    /** Families that an account is linked to in any way; the access policy decides what is visible. */
    public List<UUID> linkedTo(UUID accountId) {
        return jdbc.sql("""
                select family_id from family_member where account_id = :a
                union select family_id from family_professional where account_id = :a
                union select family_id from network_member where account_id = :a
                """)
                .param("a", accountId)
                .query(UUID.class)
                .list();
    }

    public Optional<FamilyFile> find(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** Loads whole files in five queries, whatever their number. */
    public List<FamilyFile> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var idArray = ids.toArray(UUID[]::new);
        var heads = new LinkedHashMap<UUID, Head>();
        jdbc.sql("select id, name, team_id, status, demo from family where id = any(?) order by name, id")
                .param(idArray)
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    heads.put(id, new Head(id, rs.getString("name"), rs.getObject("team_id", UUID.class),
                            FamilyStatus.valueOf(rs.getString("status")), rs.getBoolean("demo")));
                });
        Map<UUID, List<FamilyMember>> members = new HashMap<>();
        jdbc.sql("""
                select id, family_id, account_id, given_name, family_name, relation, birth_date, parental_authority
                  from family_member where family_id = any(?) order by relation desc, birth_date, given_name
                """)
                .param(idArray)
                .query(rs -> {
                    var birth = rs.getDate("birth_date");
                    members.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
                            .add(new FamilyMember(
                                    rs.getObject("id", UUID.class),
                                    Optional.ofNullable(rs.getObject("account_id", UUID.class)),
                                    rs.getString("given_name"),
                                    rs.getString("family_name"),
                                    Relation.valueOf(rs.getString("relation")),
                                    Optional.ofNullable(birth).map(Date::toLocalDate),
                                    rs.getBoolean("parental_authority")));
                });
        Map<UUID, List<NetworkContact>> network = new HashMap<>();
        jdbc.sql("select id, family_id, account_id, name, role_label from network_member where family_id = any(?) order by name")
                .param(idArray)
                .query(rs -> {
                    network.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
                            .add(new NetworkContact(
                                    rs.getObject("id", UUID.class),
                                    Optional.ofNullable(rs.getObject("account_id", UUID.class)),
                                    rs.getString("name"),
                                    rs.getString("role_label")));
                });
        Map<UUID, Set<UUID>> professionals = new HashMap<>();
        jdbc.sql("select family_id, account_id from family_professional where family_id = any(?)")
                .param(idArray)
                .query(rs -> {
                    professionals.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new HashSet<>())
                            .add(rs.getObject("account_id", UUID.class));
                });
        Map<UUID, List<ChildProtectionMeasure>> measures = new HashMap<>();
        jdbc.sql("""
                select id, family_id, youth_member_id, kind, start_date, end_date, recorded_by, recorded_at
                  from protection_measure where family_id = any(?) order by start_date, recorded_at, id
                """)
                .param(idArray)
                .query(rs -> {
                    var end = rs.getDate("end_date");
                    measures.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
                            .add(new ChildProtectionMeasure(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("youth_member_id", UUID.class),
                                    ChildProtectionMeasure.Kind.valueOf(rs.getString("kind")),
                                    rs.getDate("start_date").toLocalDate(),
                                    Optional.ofNullable(end).map(Date::toLocalDate),
                                    rs.getObject("recorded_by", UUID.class),
                                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
                });
        return heads.values().stream()
                .map(h -> new FamilyFile(h.id, h.name, h.teamId, h.status,
                        members.getOrDefault(h.id, List.of()),
                        network.getOrDefault(h.id, List.of()),
                        professionals.getOrDefault(h.id, Set.of()),
                        h.demo,
                        measures.getOrDefault(h.id, List.of())))
                .toList();
    }

    private record Head(UUID id, String name, UUID teamId, FamilyStatus status, boolean demo) {}
}
