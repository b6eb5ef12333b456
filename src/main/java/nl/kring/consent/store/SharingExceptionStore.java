package nl.kring.consent.store;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Recipient;
import nl.kring.consent.domain.SharingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for sharing without consent (exceptions); only the consent module uses it. */
@Repository
public class SharingExceptionStore {

    /** An exception as stored, and whether and when a professional ended it early. */
    public record Stored(SharingException exception, Optional<Instant> endedAt, Optional<UUID> endedBy) {

        /** Whether it was ended early at or before this moment: from then on it no longer counts. */
        public boolean isEndedAt(Instant moment) {
            return endedAt.filter(at -> !at.isAfter(moment)).isPresent();
        }
    }

    private final JdbcClient jdbc;

    public SharingExceptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID familyId, SharingException e) {
        jdbc.sql("""
                insert into sharing_exception (id, family_id, subject_member_id, reason, justification, recorded_by, recorded_at,
                                               recipient_kind, recipient_id, recipient_label, categories, start_date, end_date,
                                               hidden_from_family)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(e.id(), familyId, e.subjectId(), e.reason().name(), e.justification(), e.recordedBy(),
                        OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC), ConsentStore.kind(e.recipient()), e.recipient().id(),
                        e.recipient().label(), e.categories().stream().map(Category::code).sorted().toArray(String[]::new),
                        Date.valueOf(e.start()), e.end().map(Date::valueOf).orElse(null), e.hiddenFromFamily())
                .update();
    }

    /** Ends an exception of this family at this moment; false when there is none, or it was ended already. */
    public boolean end(UUID familyId, UUID exceptionId, UUID by, Instant at) {
        return jdbc.sql("update sharing_exception set ended_at = ?, ended_by = ? where id = ? and family_id = ? and ended_at is null")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, exceptionId, familyId)
                .update() == 1;
    }

    /** All exceptions of a family, newest first, ended or not. */
    public List<Stored> ofFamily(UUID familyId) {
        return ofFamilies(List.of(familyId)).getOrDefault(familyId, List.of());
    }

    /** The exceptions of several families at once, in one query whatever their number. */
    public java.util.Map<UUID, List<Stored>> ofFamilies(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return java.util.Map.of();
        }
        var byFamily = new java.util.HashMap<UUID, List<Stored>>();
        jdbc.sql("""
                select id, family_id, subject_member_id, reason, justification, recorded_by, recorded_at, recipient_kind, recipient_id,
                       recipient_label, categories, start_date, end_date, hidden_from_family, ended_at, ended_by
                  from sharing_exception where family_id = any(?) order by recorded_at desc, id
                """)
                .param(familyIds.toArray(UUID[]::new))
                .query(rs -> {
                    var categories = Arrays.stream((String[]) rs.getArray("categories").getArray()).map(Category::of)
                            .collect(Collectors.toSet());
                    var end = rs.getDate("end_date");
                    var endedAt = rs.getObject("ended_at", OffsetDateTime.class);
                    var exception = new SharingException(rs.getObject("id", UUID.class), rs.getObject("subject_member_id", UUID.class),
                            SharingException.Reason.valueOf(rs.getString("reason")), rs.getString("justification"),
                            rs.getObject("recorded_by", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                            ConsentStore.recipient(rs.getString("recipient_kind"), rs.getObject("recipient_id", UUID.class),
                                    rs.getString("recipient_label")),
                            categories, rs.getDate("start_date").toLocalDate(), Optional.ofNullable(end).map(Date::toLocalDate),
                            rs.getBoolean("hidden_from_family"));
                    byFamily.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Stored(exception, Optional.ofNullable(endedAt).map(OffsetDateTime::toInstant),
                                    Optional.ofNullable(rs.getObject("ended_by", UUID.class))));
                });
        return byFamily;
    }

    /** Families with an exception naming this account as volunteer or outside professional, whatever its state. */
    public Set<UUID> familiesNaming(UUID accountId) {
        return Set.copyOf(jdbc.sql("""
                select distinct family_id from sharing_exception
                 where recipient_id = ? and recipient_kind in ('VOLUNTEER', 'EXTERNAL_PROFESSIONAL')
                """).param(accountId).query(UUID.class).list());
    }

    /** Of these families, those with an exception hidden from the family (ended or not). */
    public Set<UUID> withHiddenExceptions(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct family_id from sharing_exception where hidden_from_family and family_id = any(?)")
                .param(familyIds.toArray(UUID[]::new)).query(UUID.class).list());
    }
}
