package nl.kring.family.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import nl.kring.family.domain.ClosedFile;
import nl.kring.family.domain.ContactDetails;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FileNote;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.NetworkContact;
import nl.kring.family.domain.Relation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the family tables; only the family module uses it. */
@Repository
public class FamilyStore {

    /** Care ends on a Dutch day, so closing days are counted in Dutch time. */
    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    public FamilyStore(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
                insert into family_member (id, family_id, account_id, given_name, family_name, relation, birth_date, parental_authority,
                                           carer_kind, authority_since)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, familyId, member.accountId().orElse(null), member.givenName(), member.familyName(),
                        member.relation().name(), member.birthDate().map(Date::valueOf).orElse(null), member.parentalAuthority(),
                        member.carerKind().map(Enum::name).orElse(null), member.authoritySince().map(Date::valueOf).orElse(null))
                .update();
        return id;
    }

    /** Corrects a member's names, birth date and carer kind (authority changes are dated, see {@link #insertAuthorityChange}). */
    public boolean updateMember(UUID familyId, UUID memberId, String givenName, String familyName, Optional<LocalDate> birthDate,
            Optional<nl.kring.family.domain.CarerKind> carerKind) {
        return jdbc.sql("""
                update family_member set given_name = ?, family_name = ?, birth_date = ?, carer_kind = ?
                 where id = ? and family_id = ?
                """)
                .params(givenName, familyName, birthDate.map(Date::valueOf).orElse(null), carerKind.map(Enum::name).orElse(null),
                        memberId, familyId)
                .update() == 1;
    }

    public boolean deleteMember(UUID familyId, UUID memberId) {
        return jdbc.sql("delete from family_member where id = ? and family_id = ?").params(memberId, familyId).update() == 1;
    }

    public void insertAuthorityChange(UUID familyId, UUID memberId, boolean authority, LocalDate effective, UUID by) {
        jdbc.sql("""
                insert into authority_change (id, family_id, member_id, authority, effective, recorded_by) values (?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), familyId, memberId, authority, Date.valueOf(effective), by)
                .update();
    }

    /** The dated authority changes of a family's members, in the order they were recorded. */
    public List<nl.kring.family.domain.AuthorityChange> authorityChanges(UUID familyId) {
        return jdbc.sql("select member_id, authority, effective from authority_change where family_id = ? order by recorded_at, id")
                .param(familyId)
                .query((rs, n) -> new nl.kring.family.domain.AuthorityChange(rs.getObject("member_id", UUID.class),
                        rs.getBoolean("authority"), rs.getDate("effective").toLocalDate()))
                .list();
    }

    public void setTeam(UUID familyId, UUID teamId) {
        jdbc.sql("update family set team_id = ? where id = ?").params(teamId, familyId).update();
    }

    public void unassignAll(UUID familyId) {
        jdbc.sql("delete from family_professional where family_id = ?").param(familyId).update();
    }

    public void reopen(UUID familyId) {
        jdbc.sql("update family set status = 'ACTIVE', closed_at = null where id = ?").param(familyId).update();
    }

    // --- care situations, transfers, closures: the file's history ---

    public void insertCareSituation(UUID familyId, nl.kring.family.domain.CareSituationEntry entry) {
        jdbc.sql("""
                insert into care_situation (id, family_id, youth_id, situation, since, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(entry.id(), familyId, entry.youthId(), entry.situation().name(), Date.valueOf(entry.since()),
                        entry.recordedBy().orElse(null), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    /** Every care situation recorded in the file, per youth in the order of their dates. */
    public List<nl.kring.family.domain.CareSituationEntry> careSituations(UUID familyId) {
        return jdbc.sql("""
                select id, youth_id, situation, since, recorded_by, recorded_at from care_situation
                 where family_id = ? order by youth_id, since, recorded_at, id
                """)
                .param(familyId)
                .query((rs, n) -> new nl.kring.family.domain.CareSituationEntry(rs.getObject("id", UUID.class),
                        rs.getObject("youth_id", UUID.class), nl.kring.family.domain.CareSituation.valueOf(rs.getString("situation")),
                        rs.getDate("since").toLocalDate(), Optional.ofNullable(rs.getObject("recorded_by", UUID.class)),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public void insertTransfer(UUID familyId, UUID fromTeam, UUID toTeam, String note, UUID by) {
        jdbc.sql("insert into file_transfer (id, family_id, from_team_id, to_team_id, note, transferred_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), familyId, fromTeam, toTeam, note, by)
                .update();
    }

    public void markTakenUp(UUID familyId, UUID by) {
        jdbc.sql("""
                update file_transfer set taken_up_by = ?, taken_up_at = now()
                 where family_id = ? and taken_up_at is null
                """)
                .params(by, familyId)
                .update();
    }

    /** The file's hand-overs, newest first. */
    public List<nl.kring.family.domain.Transfer> transfers(UUID familyId) {
        return jdbc.sql("""
                select id, from_team_id, to_team_id, note, transferred_by, transferred_at, taken_up_by from file_transfer
                 where family_id = ? order by transferred_at desc, id
                """)
                .param(familyId)
                .query((rs, n) -> new nl.kring.family.domain.Transfer(rs.getObject("id", UUID.class), rs.getObject("from_team_id", UUID.class),
                        rs.getObject("to_team_id", UUID.class), rs.getString("note"),
                        Optional.ofNullable(rs.getObject("transferred_by", UUID.class)),
                        rs.getObject("transferred_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("taken_up_by", UUID.class))))
                .list();
    }

    /** Files of this team that nobody of it has taken up yet (handed over, or whose last professional left). */
    public List<UUID> unassignedOfTeam(UUID teamId) {
        return jdbc.sql("""
                select f.id from family f where f.team_id = ? and f.status <> 'CLOSED'
                   and not exists (select 1 from family_professional p where p.family_id = f.id)
                 order by f.name, f.id
                """)
                .param(teamId)
                .query(UUID.class)
                .list();
    }

    public void insertClosure(UUID familyId, nl.kring.family.domain.Closure closure) {
        jdbc.sql("""
                insert into file_closure (id, family_id, closed_on, reason, reason_text, closed_by) values (?, ?, ?, ?, ?, ?)
                """)
                .params(closure.id(), familyId, Date.valueOf(closure.closedOn()), closure.reason().name(), closure.reasonText().orElse(null),
                        closure.closedBy().orElse(null))
                .update();
    }

    public void markReopened(UUID familyId, String reason, UUID by) {
        jdbc.sql("""
                update file_closure set reopened_at = now(), reopen_reason = ?, reopened_by = ?
                 where family_id = ? and reopened_at is null
                """)
                .params(reason, by, familyId)
                .update();
    }

    /** The day a file was opened, if there is such a file. */
    public Optional<java.time.LocalDate> openedOn(UUID familyId) {
        return jdbc.sql("select created_at::date from family where id = ?").param(familyId).query(java.time.LocalDate.class).optional();
    }

    /** The ids of every file. */
    public List<UUID> allIds() {
        return jdbc.sql("select id from family order by id").query(UUID.class).list();
    }

    /** The file's closings, newest first. */
    public List<nl.kring.family.domain.Closure> closures(UUID familyId) {
        return jdbc.sql("""
                select id, closed_on, reason, reason_text, closed_by, reopened_at, reopen_reason, reopened_by from file_closure
                 where family_id = ? order by recorded_at desc, id
                """)
                .param(familyId)
                .query((rs, n) -> new nl.kring.family.domain.Closure(rs.getObject("id", UUID.class), rs.getDate("closed_on").toLocalDate(),
                        nl.kring.family.domain.ClosingReason.valueOf(rs.getString("reason")), Optional.ofNullable(rs.getString("reason_text")),
                        Optional.ofNullable(rs.getObject("closed_by", UUID.class)),
                        Optional.ofNullable(rs.getObject("reopened_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getString("reopen_reason")), Optional.ofNullable(rs.getObject("reopened_by", UUID.class))))
                .list();
    }

    /** The day care ended for a closed file (its closing day), if it is closed. */
    public Optional<LocalDate> closedOn(UUID familyId) {
        return closed(familyId).map(ClosedFile::closedOn);
    }

    public UUID insertNetworkContact(UUID familyId, Optional<UUID> accountId, String name, String roleLabel) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into network_member (id, family_id, account_id, name, role_label) values (?, ?, ?, ?, ?)")
                .params(id, familyId, accountId.orElse(null), name, roleLabel)
                .update();
        return id;
    }

    /** The network member for a person on a map: the one already linked to them, or a new one. */
    public UUID networkContactForMapPerson(UUID familyId, UUID mapId, String personId, String name, String roleLabel) {
        var existing = jdbc.sql("select id from network_member where family_id = ? and map_id = ? and map_person_id = ?")
                .params(familyId, mapId, personId).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into network_member (id, family_id, account_id, name, role_label, map_id, map_person_id) values (?, ?, null, ?, ?, ?, ?)")
                .params(id, familyId, name, roleLabel, mapId, personId)
                .update();
        return id;
    }

    /** Links an account to a family member who has none yet; false when the member is gone or already has one. */
    public boolean linkMemberAccount(UUID familyId, UUID memberId, UUID accountId) {
        return jdbc.sql("update family_member set account_id = ? where family_id = ? and id = ? and account_id is null")
                .params(accountId, familyId, memberId).update() == 1;
    }

    /** Links an account to a network member who has none yet; false when they are gone or already have one. */
    public boolean linkNetworkAccount(UUID familyId, UUID contactId, UUID accountId) {
        return jdbc.sql("update network_member set account_id = ? where family_id = ? and id = ? and account_id is null")
                .params(accountId, familyId, contactId).update() == 1;
    }

    public void assignProfessional(UUID familyId, UUID accountId) {
        jdbc.sql("insert into family_professional (family_id, account_id) values (?, ?) on conflict do nothing")
                .params(familyId, accountId)
                .update();
    }

    public void unassignProfessional(UUID familyId, UUID accountId) {
        jdbc.sql("delete from family_professional where family_id = ? and account_id = ?").params(familyId, accountId).update();
    }

    /** Closes the file: care ended on {@code closedOn}, a Dutch day, stored as its first moment. */
    public boolean close(UUID familyId, LocalDate closedOn) {
        return jdbc.sql("update family set status = 'CLOSED', closed_at = ? where id = ?")
                .params(closedOn.atStartOfDay(DUTCH).toOffsetDateTime(), familyId)
                .update() == 1;
    }

    /** Closed files whose care ended on or before {@code lastDay}, oldest first; their heads only, no names. */
    public List<ClosedFile> closedOnOrBefore(LocalDate lastDay) {
        return jdbc.sql("""
                select id, team_id, closed_at, demo from family
                 where status = 'CLOSED' and closed_at < ? order by closed_at, id
                """)
                .param(lastDay.plusDays(1).atStartOfDay(DUTCH).toOffsetDateTime())
                .query((rs, n) -> closedFile(rs))
                .list();
    }

    /** The file's head if it is closed; an open file is not found here. */
    public Optional<ClosedFile> closed(UUID familyId) {
        return jdbc.sql("select id, team_id, closed_at, demo from family where id = ? and status = 'CLOSED' and closed_at is not null")
                .param(familyId)
                .query((rs, n) -> closedFile(rs))
                .optional();
    }

    private static ClosedFile closedFile(ResultSet rs) throws SQLException {
        return new ClosedFile(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                LocalDate.ofInstant(rs.getObject("closed_at", OffsetDateTime.class).toInstant(), DUTCH), rs.getBoolean("demo"));
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
                select id, family_id, account_id, given_name, family_name, relation, birth_date, parental_authority, carer_kind,
                       authority_since
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
                                    rs.getBoolean("parental_authority"),
                                    Optional.ofNullable(rs.getString("carer_kind")).map(nl.kring.family.domain.CarerKind::valueOf),
                                    Optional.ofNullable(rs.getDate("authority_since")).map(Date::toLocalDate)));
                });
        // a dated change of parental authority applies from its day on: the file holds the authority of today
        Map<UUID, List<nl.kring.family.domain.AuthorityChange>> changes = new HashMap<>();
        jdbc.sql("select member_id, authority, effective from authority_change where family_id = any(?) order by recorded_at, id")
                .param(idArray)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getObject("member_id", UUID.class), k -> new ArrayList<>())
                            .add(new nl.kring.family.domain.AuthorityChange(rs.getObject("member_id", UUID.class),
                                    rs.getBoolean("authority"), rs.getDate("effective").toLocalDate()));
                });
        if (!changes.isEmpty()) {
            var today = LocalDate.now(clock.withZone(DUTCH));
            members.replaceAll((family, list) -> list.stream()
                    .map(m -> changes.containsKey(m.id())
                            ? m.withAuthority(nl.kring.family.domain.AuthorityChange.authorityOn(today, m.parentalAuthority(), changes.get(m.id())))
                            : m)
                    .toList());
        }
        Map<UUID, List<NetworkContact>> network = new HashMap<>();
        jdbc.sql("select id, family_id, account_id, name, role_label, map_id, map_person_id from network_member where family_id = any(?) order by name")
                .param(idArray)
                .query(rs -> {
                    var mapId = rs.getObject("map_id", UUID.class);
                    network.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
                            .add(new NetworkContact(
                                    rs.getObject("id", UUID.class),
                                    Optional.ofNullable(rs.getObject("account_id", UUID.class)),
                                    rs.getString("name"),
                                    rs.getString("role_label"),
                                    mapId == null ? Optional.empty()
                                            : Optional.of(new NetworkContact.MapPersonRef(mapId, rs.getString("map_person_id")))));
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

    /** The contact details kept per member of this family; members without any are left out. */
    public Map<UUID, ContactDetails> contactDetails(UUID familyId) {
        var result = new LinkedHashMap<UUID, ContactDetails>();
        jdbc.sql("select member_id, phone, email, street, postal_code, city from member_contact where family_id = ?")
                .param(familyId)
                .query(rs -> {
                    result.put(rs.getObject("member_id", UUID.class), new ContactDetails(
                            Optional.ofNullable(rs.getString("phone")), Optional.ofNullable(rs.getString("email")),
                            Optional.ofNullable(rs.getString("street")), Optional.ofNullable(rs.getString("postal_code")),
                            Optional.ofNullable(rs.getString("city"))));
                });
        return result;
    }

    /** Keeps a member's contact details; none at all removes the row. */
    public void saveContactDetails(UUID familyId, UUID memberId, ContactDetails details, Optional<UUID> by) {
        if (details.isEmpty()) {
            jdbc.sql("delete from member_contact where member_id = ? and family_id = ?").params(memberId, familyId).update();
            return;
        }
        jdbc.sql("""
                insert into member_contact (member_id, family_id, phone, email, street, postal_code, city, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (member_id) do update set phone = excluded.phone, email = excluded.email, street = excluded.street,
                    postal_code = excluded.postal_code, city = excluded.city, updated_by = excluded.updated_by, updated_at = now()
                """)
                .params(memberId, familyId, details.phone().orElse(null), details.email().orElse(null), details.street().orElse(null),
                        details.postalCode().orElse(null), details.city().orElse(null), by.orElse(null))
                .update();
    }

    /** The notes in a family file, newest first. */
    public List<FileNote> notes(UUID familyId) {
        return jdbc.sql("select id, family_id, author_id, text, created_at from file_note where family_id = ? order by created_at desc, id")
                .param(familyId)
                .query(FamilyStore::note)
                .list();
    }

    public FileNote insertNote(UUID familyId, Optional<UUID> authorId, String text) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into file_note (id, family_id, author_id, text) values (?, ?, ?, ?)")
                .params(id, familyId, authorId.orElse(null), text)
                .update();
        return jdbc.sql("select id, family_id, author_id, text, created_at from file_note where id = ?").param(id).query(FamilyStore::note).single();
    }

    private static FileNote note(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FileNote(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                Optional.ofNullable(rs.getObject("author_id", UUID.class)), rs.getString("text"), rs.getTimestamp("created_at").toInstant());
    }

    private record Head(UUID id, String name, UUID teamId, FamilyStatus status, boolean demo) {}
}
