package nl.kring.catalogue.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.catalogue.domain.Initiative;
import nl.kring.catalogue.domain.ReviewNote;
import nl.kring.catalogue.domain.Submission;
import nl.kring.catalogue.domain.SubmissionKind;
import nl.kring.catalogue.domain.SubmissionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for submissions to the catalogue and the editors' notes on them. */
@Repository
public class SubmissionStore {

    private static final String COLUMNS = """
            id, kind, initiative_id, content::text as content, email, submitter_name, note, language, state, submitted_at, published_number
            """;

    private final JdbcClient jdbc;

    public SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(SubmissionKind kind, Optional<String> initiativeId, Initiative proposed, String email, String submitterName, String note,
            String language, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into catalogue_submission (id, kind, initiative_id, content, email, submitter_name, note, language, state, submitted_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, 'OPEN', ?)
                """)
                .params(id, kind.name(), initiativeId.orElse(null), CatalogueStore.JSON.writeValueAsString(proposed), email, submitterName, note,
                        language, Timestamp.from(at))
                .update();
        return id;
    }

    /** Undecided submissions first (oldest first), then the latest decided ones. */
    public List<Submission> list(int decidedShown) {
        var undecided = jdbc.sql("select " + COLUMNS + " from catalogue_submission where state in ('OPEN', 'QUESTION_ASKED') order by submitted_at, id")
                .query(this::submission).list();
        var decided = jdbc.sql("select " + COLUMNS + " from catalogue_submission where state in ('PUBLISHED', 'DECLINED')"
                        + " order by decided_at desc, id limit ?")
                .param(decidedShown).query(this::submission).list();
        return java.util.stream.Stream.concat(undecided.stream(), decided.stream()).toList();
    }

    /** One submission, locked for the review action that follows. */
    public Optional<Submission> forUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from catalogue_submission where id = ? for update").param(id).query(this::submission).optional();
    }

    public Optional<Submission> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from catalogue_submission where id = ?").param(id).query(this::submission).optional();
    }

    public void addNote(UUID submissionId, ReviewNote note) {
        jdbc.sql("insert into catalogue_review_note (id, submission_id, kind, text, written_by, written_at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), submissionId, note.kind().name(), note.text(), note.writtenBy(), Timestamp.from(note.writtenAt()))
                .update();
    }

    public void markQuestionAsked(UUID id) {
        jdbc.sql("update catalogue_submission set state = 'QUESTION_ASKED' where id = ?").param(id).update();
    }

    public void markPublished(UUID id, String initiativeId, int number, UUID by, Instant at) {
        jdbc.sql("""
                update catalogue_submission set state = 'PUBLISHED', initiative_id = ?, published_number = ?, decided_by = ?, decided_at = ?
                where id = ?
                """).params(initiativeId, number, by, Timestamp.from(at), id).update();
    }

    public void markDeclined(UUID id, UUID by, Instant at) {
        jdbc.sql("update catalogue_submission set state = 'DECLINED', decided_by = ?, decided_at = ? where id = ?")
                .params(by, Timestamp.from(at), id).update();
    }

    private List<ReviewNote> notes(UUID submissionId) {
        return jdbc.sql("select kind, text, written_by, written_at from catalogue_review_note where submission_id = ? order by written_at, id")
                .param(submissionId)
                .query((rs, n) -> new ReviewNote(ReviewNote.Kind.valueOf(rs.getString("kind")), rs.getString("text"),
                        rs.getObject("written_by", UUID.class), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    private Submission submission(ResultSet rs, int n) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var number = rs.getObject("published_number", Integer.class);
        return new Submission(id, SubmissionKind.valueOf(rs.getString("kind")), Optional.ofNullable(rs.getString("initiative_id")),
                CatalogueStore.JSON.readValue(rs.getString("content"), Initiative.class), rs.getString("email"), rs.getString("submitter_name"),
                rs.getString("note"), rs.getString("language"), SubmissionState.valueOf(rs.getString("state")),
                rs.getTimestamp("submitted_at").toInstant(), notes(id), Optional.ofNullable(number));
    }
}
