package nl.kring.invitation.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.Role;
import nl.kring.invitation.domain.Invitation;
import nl.kring.invitation.domain.Invitee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations table. Only the hash of a link's secret is stored. */
@Repository
public class InvitationStore {

    private static final String COLUMNS = """
            id, family_id, family_member_id, network_member_id, role, invitee_name, email, language, invited_by, created_at, sent_at,
            sent_count, expires_at, withdrawn_at, used_at, used_by""";

    private final JdbcClient jdbc;

    public InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Invitation invitation, String tokenHash) {
        jdbc.sql("insert into invitation (" + COLUMNS + ", token_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?)")
                .params(invitation.id(), invitation.familyId(),
                        invitation.invitee() instanceof Invitee.FamilyMemberInvitee m ? m.id() : null,
                        invitation.invitee() instanceof Invitee.NetworkInvitee n ? n.id() : null,
                        invitation.role().name(), invitation.inviteeName(), invitation.email(), invitation.language().getLanguage(),
                        invitation.invitedBy().orElse(null), at(invitation.createdAt()), at(invitation.sentAt()), invitation.sentCount(),
                        at(invitation.expiresAt()), tokenHash)
                .update();
    }

    public List<Invitation> ofFamily(UUID familyId) {
        return jdbc.sql("select " + COLUMNS + " from invitation where family_id = ? order by created_at desc, id").param(familyId)
                .query(InvitationStore::invitation).list();
    }

    public Optional<Invitation> find(UUID familyId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invitation where family_id = ? and id = ? for update").params(familyId, id)
                .query(InvitationStore::invitation).optional();
    }

    /** The invitation of this link, locked until the transaction ends so it can be used only once. */
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from invitation where token_hash = ? for update").param(tokenHash)
                .query(InvitationStore::invitation).optional();
    }

    /** An open invitation (not used, not withdrawn; perhaps expired) for this invitee. */
    public Optional<Invitation> openFor(Invitee invitee) {
        var column = invitee instanceof Invitee.FamilyMemberInvitee ? "family_member_id" : "network_member_id";
        return jdbc.sql("select " + COLUMNS + " from invitation where " + column + " = ? and used_at is null and withdrawn_at is null")
                .param(invitee.id()).query(InvitationStore::invitation).optional();
    }

    /** A new link for the invitation: the old one stops working. */
    public void resend(UUID id, String tokenHash, Instant sentAt, Instant expiresAt) {
        jdbc.sql("update invitation set token_hash = ?, sent_at = ?, expires_at = ?, sent_count = sent_count + 1 where id = ?")
                .params(tokenHash, at(sentAt), at(expiresAt), id).update();
    }

    public void withdraw(UUID id, Instant at) {
        jdbc.sql("update invitation set withdrawn_at = ? where id = ? and withdrawn_at is null and used_at is null").params(at(at), id).update();
    }

    public void markUsed(UUID id, UUID accountId, Instant at) {
        jdbc.sql("update invitation set used_at = ?, used_by = ? where id = ?").params(at(at), accountId, id).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        var memberId = rs.getObject("family_member_id", UUID.class);
        Invitee invitee = memberId != null ? new Invitee.FamilyMemberInvitee(memberId)
                : new Invitee.NetworkInvitee(rs.getObject("network_member_id", UUID.class));
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), invitee, Role.valueOf(rs.getString("role")),
                rs.getString("invitee_name"), rs.getString("email"), Locale.of(rs.getString("language")),
                Optional.ofNullable(rs.getObject("invited_by", UUID.class)), instant(rs, "created_at").orElseThrow(),
                instant(rs, "sent_at").orElseThrow(), rs.getInt("sent_count"), instant(rs, "expires_at").orElseThrow(),
                instant(rs, "withdrawn_at"), instant(rs, "used_at"), Optional.ofNullable(rs.getObject("used_by", UUID.class)));
    }
}
