package nl.kring.intake.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.intake.domain.NewRequest;
import nl.kring.intake.domain.PostcodeArea;
import nl.kring.intake.domain.RequestState;
import nl.kring.intake.domain.SupportRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the intake tables; only the intake module uses it. */
@Repository
public class IntakeStore {

    private static final String REQUEST_COLUMNS = """
            id, team_id, question, postcode_digits, postcode_letters, email, phone, addressed_as, language, received_at, state,
            family_id, referral_text, handled_by, handled_at, erased_at
            """;

    private final JdbcClient jdbc;

    public IntakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- postcode areas ---

    public List<PostcodeArea> areas() {
        return jdbc.sql("select id, team_id, from_postcode, to_postcode from team_postcode_area order by from_postcode")
                .query((rs, n) -> new PostcodeArea(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                        rs.getInt("from_postcode"), rs.getInt("to_postcode")))
                .list();
    }

    /** Serialises changes to the areas, so that the overlap check and the insert see the same areas. */
    public void lockAreas() {
        jdbc.sql("lock table team_postcode_area in share row exclusive mode").update();
    }

    public UUID insertArea(UUID teamId, int from, int to) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into team_postcode_area (id, team_id, from_postcode, to_postcode) values (?, ?, ?, ?)")
                .params(id, teamId, from, to).update();
        return id;
    }

    public boolean deleteArea(UUID teamId, UUID areaId) {
        return jdbc.sql("delete from team_postcode_area where id = ? and team_id = ?").params(areaId, teamId).update() == 1;
    }

    // --- requests ---

    public UUID insertRequest(UUID teamId, NewRequest request, Instant receivedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into support_request (id, team_id, question, postcode_digits, postcode_letters, email, phone, addressed_as, language,
                                             received_at, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED')
                """)
                .params(id, teamId, request.question(), request.postcode().digits(), request.postcode().letters(),
                        request.email().orElse(null), request.phone().orElse(null), request.addressedAs().orElse(null), request.language(),
                        Timestamp.from(receivedAt))
                .update();
        return id;
    }

    public Optional<SupportRequest> request(UUID id) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from support_request where id = ?").param(id).query(IntakeStore::request).optional();
    }

    /** For update: the row stays as read until the transaction ends. */
    public Optional<SupportRequest> requestForUpdate(UUID id) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from support_request where id = ? for update").param(id)
                .query(IntakeStore::request).optional();
    }

    /** The team's requests: open ones first, oldest first; then the handled ones, most recently handled first. */
    public List<SupportRequest> ofTeam(UUID teamId, int handledLimit) {
        return jdbc.sql("""
                (select %s from support_request where team_id = ? and state = 'RECEIVED' order by received_at, id)
                union all
                (select %s from support_request where team_id = ? and state <> 'RECEIVED' order by handled_at desc, id limit ?)
                """.formatted(REQUEST_COLUMNS, REQUEST_COLUMNS))
                .params(teamId, teamId, handledLimit)
                .query(IntakeStore::request).list();
    }

    public boolean markAccepted(UUID id, UUID familyId, UUID by, Instant at) {
        return jdbc.sql("""
                update support_request set state = 'ACCEPTED', family_id = ?, handled_by = ?, handled_at = ?
                 where id = ? and state = 'RECEIVED'
                """).params(familyId, by, Timestamp.from(at), id).update() == 1;
    }

    public boolean markReferred(UUID id, String text, UUID by, Instant at) {
        return jdbc.sql("""
                update support_request set state = 'REFERRED', referral_text = ?, handled_by = ?, handled_at = ?
                 where id = ? and state = 'RECEIVED'
                """).params(text, by, Timestamp.from(at), id).update() == 1;
    }

    /** Erases the personal data of requests handled before {@code before}; the ids erased. */
    public List<UUID> eraseHandledBefore(Instant before, Instant now) {
        return jdbc.sql("""
                update support_request
                   set question = null, postcode_letters = null, email = null, phone = null, addressed_as = null, referral_text = null,
                       erased_at = ?
                 where erased_at is null and state <> 'RECEIVED' and handled_at < ?
                returning id
                """).params(Timestamp.from(now), Timestamp.from(before)).query(UUID.class).list();
    }

    /** Deletes the requests still waiting for the team that arrived before {@code before}; the ids deleted. */
    public List<UUID> deleteReceivedBefore(Instant before) {
        return jdbc.sql("delete from support_request where state = 'RECEIVED' and received_at < ? returning id")
                .param(Timestamp.from(before)).query(UUID.class).list();
    }

    // --- throttling ---

    /** Serialises submissions from one client, so that two at once cannot both pass the count. */
    public void lockClient(String clientHash) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("intake:" + clientHash).query().singleRow();
    }

    public int attemptsSince(String clientHash, Instant since) {
        return jdbc.sql("select count(*) from intake_attempt where client_hash = ? and occurred_at >= ?")
                .params(clientHash, Timestamp.from(since)).query(Integer.class).single();
    }

    public void insertAttempt(String clientHash, Instant at) {
        jdbc.sql("insert into intake_attempt (client_hash, occurred_at) values (?, ?)").params(clientHash, Timestamp.from(at)).update();
    }

    public int forgetAttemptsBefore(Instant before) {
        return jdbc.sql("delete from intake_attempt where occurred_at < ?").param(Timestamp.from(before)).update();
    }

    private static SupportRequest request(ResultSet rs, int row) throws SQLException {
        var digits = rs.getInt("postcode_digits");
        var letters = rs.getString("postcode_letters");
        return new SupportRequest(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                Optional.ofNullable(rs.getString("question")), letters == null ? String.valueOf(digits) : digits + " " + letters,
                Optional.ofNullable(rs.getString("email")), Optional.ofNullable(rs.getString("phone")),
                Optional.ofNullable(rs.getString("addressed_as")), rs.getString("language"), rs.getTimestamp("received_at").toInstant(),
                RequestState.valueOf(rs.getString("state")), Optional.ofNullable(rs.getObject("family_id", UUID.class)),
                Optional.ofNullable(rs.getString("referral_text")), Optional.ofNullable(rs.getObject("handled_by", UUID.class)),
                Optional.ofNullable(rs.getTimestamp("handled_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("erased_at")).map(Timestamp::toInstant));
    }
}
