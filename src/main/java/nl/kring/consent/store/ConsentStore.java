package nl.kring.consent.store;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.consent.domain.Approval;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Consent;
import nl.kring.consent.domain.Recipient;
import nl.kring.consent.domain.Withdrawal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for consents; only the consent module uses it. */
@Repository
public class ConsentStore {

    private final JdbcClient jdbc;

    public ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID familyId, Consent consent, UUID createdBy) {
        jdbc.sql("""
                insert into consent (id, family_id, subject_member_id, recipient_kind, recipient_id, recipient_label, categories, purpose,
                                     start_date, end_date, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(consent.id(), familyId, consent.subjectId(), kind(consent.recipient()), consent.recipient().id(),
                        consent.recipient().label(), consent.categories().stream().map(Category::code).sorted().toArray(String[]::new),
                        consent.purpose(), Date.valueOf(consent.start()), consent.end().map(Date::valueOf).orElse(null), createdBy)
                .update();
        consent.approvals().forEach(a -> approve(consent.id(), a));
        consent.withdrawal().ifPresent(w -> withdraw(consent.id(), w));
    }

    public void approve(UUID consentId, Approval approval) {
        jdbc.sql("insert into consent_approval (consent_id, member_id, approved_at) values (?, ?, ?)")
                .params(consentId, approval.memberId(), OffsetDateTime.ofInstant(approval.at(), ZoneOffset.UTC))
                .update();
    }

    public void withdraw(UUID consentId, Withdrawal withdrawal) {
        jdbc.sql("insert into consent_withdrawal (consent_id, member_id, withdrawn_at) values (?, ?, ?)")
                .params(consentId, withdrawal.by(), OffsetDateTime.ofInstant(withdrawal.at(), ZoneOffset.UTC))
                .update();
    }

    /** All consents of a family, with their approvals and withdrawal, in three queries. */
    public List<Consent> ofFamily(UUID familyId) {
        return ofFamilies(List.of(familyId)).getOrDefault(familyId, List.of());
    }

    /** The consents of several families at once (e.g. for a list of files), in three queries whatever their number. */
    public Map<UUID, List<Consent>> ofFamilies(java.util.Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        var ids = familyIds.toArray(UUID[]::new);
        Map<UUID, List<Approval>> approvals = new HashMap<>();
        jdbc.sql("""
                select a.consent_id, a.member_id, a.approved_at from consent_approval a join consent c on c.id = a.consent_id
                 where c.family_id = any(?) order by a.approved_at
                """)
                .param(ids)
                .query(rs -> {
                    approvals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Approval(rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class).toInstant()));
                });
        Map<UUID, Withdrawal> withdrawals = new HashMap<>();
        jdbc.sql("""
                select w.consent_id, w.member_id, w.withdrawn_at from consent_withdrawal w join consent c on c.id = w.consent_id
                 where c.family_id = any(?)
                """)
                .param(ids)
                .query(rs -> {
                    withdrawals.put(rs.getObject(1, UUID.class),
                            new Withdrawal(rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class).toInstant()));
                });
        Map<UUID, List<Consent>> byFamily = new HashMap<>();
        jdbc.sql("""
                select id, family_id, subject_member_id, recipient_kind, recipient_id, recipient_label, categories, purpose, start_date,
                       end_date
                  from consent where family_id = any(?) order by created_at, id
                """)
                .param(ids)
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    var categories = java.util.Arrays.stream((String[]) rs.getArray("categories").getArray())
                            .map(Category::of).collect(Collectors.toSet());
                    var end = rs.getDate("end_date");
                    byFamily.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>()).add(new Consent(id,
                            rs.getObject("subject_member_id", UUID.class),
                            recipient(rs.getString("recipient_kind"), rs.getObject("recipient_id", UUID.class), rs.getString("recipient_label")),
                            categories, rs.getString("purpose"), rs.getDate("start_date").toLocalDate(),
                            Optional.ofNullable(end).map(Date::toLocalDate),
                            approvals.getOrDefault(id, List.of()), Optional.ofNullable(withdrawals.get(id))));
                });
        return byFamily;
    }

    /** Families with a consent naming this account as volunteer or outside professional, whatever its state. */
    public java.util.Set<UUID> familiesNaming(UUID accountId) {
        return java.util.Set.copyOf(jdbc.sql("""
                select distinct family_id from consent
                 where recipient_id = ? and recipient_kind in ('VOLUNTEER', 'EXTERNAL_PROFESSIONAL')
                """).param(accountId).query(UUID.class).list());
    }

    static String kind(Recipient recipient) {
        return switch (recipient) {
            case Recipient.NetworkMember m -> "NETWORK_MEMBER";
            case Recipient.Volunteer v -> "VOLUNTEER";
            case Recipient.ExternalProfessional p -> "EXTERNAL_PROFESSIONAL";
            case Recipient.Organisation o -> "ORGANISATION";
        };
    }

    static Recipient recipient(String kind, UUID id, String label) {
        return switch (kind) {
            case "NETWORK_MEMBER" -> new Recipient.NetworkMember(id, label);
            case "VOLUNTEER" -> new Recipient.Volunteer(id, label);
            case "EXTERNAL_PROFESSIONAL" -> new Recipient.ExternalProfessional(id, label);
            default -> new Recipient.Organisation(id, label);
        };
    }
}
