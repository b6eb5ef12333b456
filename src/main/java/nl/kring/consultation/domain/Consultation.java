package nl.kring.consultation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One case consultation (expertisetent): the question the family and their coach bring about a youth, the panel
 * the coach invited, each panel member's advice, what can happen while waiting for help, the match it ends in and
 * what the family thinks of the advice.
 */
public record Consultation(UUID id, UUID familyId, UUID youthMemberId, String question, UUID createdBy, Instant createdAt,
        List<PanelMember> panel, List<Advice> advice, String whileWaiting, Optional<ConsultationMatch> match, List<Reaction> reactions) {

    public Consultation {
        panel = List.copyOf(panel);
        advice = List.copyOf(advice);
        reactions = List.copyOf(reactions);
        whileWaiting = whileWaiting == null ? "" : whileWaiting;
    }

    /** Where the consultation stands, derived from what it holds. */
    public enum Stage {
        /** The question and the panel are being prepared; no advice yet. */
        PREPARING,
        /** At least one panel member advised; no match yet. */
        ADVISED,
        /** The consultation ended in a match; the record is kept as it is. */
        MATCHED
    }

    public Stage stage() {
        if (match.isPresent()) {
            return Stage.MATCHED;
        }
        return advice.isEmpty() ? Stage.PREPARING : Stage.ADVISED;
    }

    public boolean onPanel(UUID accountId) {
        return panel.stream().anyMatch(p -> p.accountId().equals(accountId));
    }

    public Optional<PanelMember> panelMember(UUID accountId) {
        return panel.stream().filter(p -> p.accountId().equals(accountId)).findFirst();
    }

    public Optional<Advice> adviceOf(UUID authorId) {
        return advice.stream().filter(a -> a.authorId().equals(authorId)).findFirst();
    }

    public List<Reaction> reactionsTo(UUID authorId) {
        return reactions.stream().filter(r -> r.adviceAuthorId().equals(authorId)).toList();
    }

    /** How many different disciplines the panel brings together. */
    public long disciplines() {
        return panel.stream().map(PanelMember::discipline).distinct().count();
    }
}
