package nl.kring.catalogue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A proposal from anyone, without an account: a new initiative or a correction, with an e-mail address
 * for the editors' questions. Nothing of it is public until an editor publishes it as a new version.
 *
 * @param initiativeId the initiative a correction is for; for a new one, the id it got when published
 * @param proposed the entry as proposed (for a new one under a provisional id made from its name)
 * @param language the language to write to the submitter in
 */
public record Submission(UUID id, SubmissionKind kind, Optional<String> initiativeId, Initiative proposed, String email, String submitterName,
        String note, String language, SubmissionState state, Instant submittedAt, List<ReviewNote> notes, Optional<Integer> publishedVersion) {

    public Submission {
        notes = List.copyOf(notes);
    }
}
