package nl.kring.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.matching.domain.ClosingReason;
import nl.kring.matching.domain.MatchProgress;
import nl.kring.matching.domain.MatchStage;

/**
 * A match of a volunteer with a family in a programme, from its start (both sides agreed) until it is closed:
 * the request it answers (and when that was made), its stages with their dates and steps, and its closing.
 */
public record Match(UUID id, UUID programmeId, String programmeName, UUID requestId, Instant requestedAt, UUID familyId, String familyName,
        UUID volunteerId, String volunteerName, UUID volunteerAccountId, LocalDate startedOn, List<MatchStage> stages,
        Optional<Closed> closed) {

    public Match {
        stages = List.copyOf(stages);
    }

    /** How the match ended: the day, the reason (with its text for OTHER), and the closing conversation. */
    public record Closed(LocalDate on, ClosingReason reason, String reasonText, Optional<LocalDate> conversationOn, String note) {}

    /** A contact the volunteer logged. */
    public record Contact(UUID id, LocalDate on, String what, String how, Instant loggedAt) {}

    /** An evaluation held: its number (0: the trial period), the day, each side, the family's rating of the support. */
    public record Evaluation(UUID id, int moment, LocalDate heldOn, String familySide, String volunteerSide, Optional<Integer> familyRating,
            String recordedBy) {}

    /** The baseline or the end measurement. */
    public record Measurement(Kind kind, LocalDate measuredOn, Optional<Boolean> youthCareInUse, Optional<CareSource> careSource,
            Optional<Integer> supportRating) {

        public enum Kind {
            BASELINE,
            END
        }

        /** Where "youth care in use" came from: the file's care situation the family shared, or the coordinator. */
        public enum CareSource {
            FILE,
            COORDINATOR
        }
    }

    public MatchProgress progress() {
        return new MatchProgress(stages, closed.isPresent());
    }

    public boolean running() {
        return closed.isEmpty();
    }

    /** The name of the stage the match is in. */
    public String stageName() {
        return currentStage().map(MatchStage::name).orElse("");
    }

    /** The stage the match is in. */
    public Optional<MatchStage> currentStage() {
        return progress().current();
    }
}
