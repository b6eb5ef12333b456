package nl.kring.mail.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.mail.OutgoingMail;
import nl.kring.mail.StoredMail;
import nl.kring.mail.domain.MailState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code mail_message}. A node sends a message only after claiming it ({@link #claim},
 * {@link #claimDue}), so that two nodes never send the same message; the claim ends with the attempt, or
 * after {@code hold} if the node died while sending.
 */
@Repository
public class MailStore {

    private static final String COLUMNS = """
            id, recipient, language, subject, plain_text, html, state, attempts, last_error, created_at, sent_at""";

    private final JdbcClient jdbc;

    public MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(OutgoingMail mail, MailState state, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into mail_message (id, recipient, language, subject, plain_text, html, state, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, mail.to(), mail.language().toLanguageTag(), mail.subject(), mail.plainText(), mail.html(), state.name(), utc(now))
                .update();
        return id;
    }

    /** Claims one message to send now, if it is still to be sent and nobody else holds it. */
    public Optional<StoredMail> claim(UUID id, int maxAttempts, Instant now, Duration hold) {
        return jdbc.sql("""
                update mail_message set claimed_until = ?
                 where id = ? and state in ('QUEUED', 'FAILED') and attempts < ?
                   and (claimed_until is null or claimed_until < ?)
                returning\s""" + COLUMNS)
                .params(utc(now.plus(hold)), id, maxAttempts, utc(now))
                .query(this::mail)
                .optional();
    }

    /**
     * Claims up to {@code limit} messages still to be sent: failed ones, and queued ones older than
     * {@code queuedBefore} (whose sending after commit did not happen, e.g. because the node stopped).
     */
    public List<StoredMail> claimDue(int maxAttempts, Instant queuedBefore, Instant now, Duration hold, int limit) {
        return jdbc.sql("""
                update mail_message set claimed_until = ?
                 where id in (select id from mail_message
                               where (state = 'FAILED' or (state = 'QUEUED' and created_at < ?)) and attempts < ?
                                 and (claimed_until is null or claimed_until < ?)
                               order by created_at
                               limit ?
                               for update skip locked)
                returning\s""" + COLUMNS)
                .params(utc(now.plus(hold)), utc(queuedBefore), maxAttempts, utc(now), limit)
                .query(this::mail)
                .list();
    }

    public void markSent(UUID id, Instant now) {
        jdbc.sql("""
                update mail_message set state = 'SENT', attempts = attempts + 1, last_attempt_at = ?, sent_at = ?,
                       last_error = null, claimed_until = null
                 where id = ?
                """)
                .params(utc(now), utc(now), id)
                .update();
    }

    /** Counts the failed attempt and keeps the error; returns the number of attempts now. */
    public int markFailed(UUID id, String error, Instant now) {
        return jdbc.sql("""
                update mail_message set state = 'FAILED', attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
                       claimed_until = null
                 where id = ?
                returning attempts
                """)
                .params(utc(now), error, id)
                .query(Integer.class)
                .single();
    }

    public Optional<StoredMail> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mail_message where id = ?").param(id).query(this::mail).optional();
    }

    /** The newest messages first. */
    public List<StoredMail> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_message order by created_at desc, id limit ?")
                .param(limit)
                .query(this::mail)
                .list();
    }

    private StoredMail mail(ResultSet rs, int row) throws SQLException {
        return new StoredMail(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                Locale.forLanguageTag(rs.getString("language")),
                rs.getString("subject"),
                rs.getString("plain_text"),
                rs.getString("html"),
                MailState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("last_error")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("sent_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
