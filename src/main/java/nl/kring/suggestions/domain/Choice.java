package nl.kring.suggestions.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.kring.network.domain.SupportType;

/**
 * What the family decides to do with a suggestion. A closed set: each kind is handled where choices are carried
 * out, by an exhaustive switch, so that a new kind (a request to a programme) cannot be forgotten there.
 */
public sealed interface Choice permits Choice.AskInPlan, Choice.NoteForProfessional {

    int MAX_TEXT = 300;

    Kind kind();

    /** The kinds of choice, as Kring stores them. */
    enum Kind {
        ASK_IN_PLAN,
        NOTE_FOR_PROFESSIONAL;

        public String messageKey() {
            return "suggestions.choice." + name();
        }
    }

    /**
     * Ask the person on the map: a proposed agreement in the family's plan, for the family to talk about and accept.
     *
     * @param planId the plan it goes into; empty for the family's only plan (or a new one)
     */
    record AskInPlan(Optional<UUID> planId, String what, SupportType supportType, String when, LocalDate start) implements Choice {

        public AskInPlan {
            planId = planId == null ? Optional.empty() : planId;
            what = what == null ? "" : what.strip();
            when = when == null ? "" : when.strip();
        }

        @Override
        public Kind kind() {
            return Kind.ASK_IN_PLAN;
        }
    }

    /** A note for the family's professional: "can you find out about this one for us?". */
    record NoteForProfessional(String text) implements Choice {

        public NoteForProfessional {
            text = text == null ? "" : text.strip();
        }

        @Override
        public Kind kind() {
            return Kind.NOTE_FOR_PROFESSIONAL;
        }
    }

    /** Why a choice cannot be made; the field it is about, as the form and the API name it. */
    record Problem(String field, String messageKey) {}

    /**
     * The first problem with this choice for this suggestion, or empty: only a person on the map can be asked in the
     * plan; an agreement needs what it is about and a kind of support; texts are short.
     */
    static Optional<Problem> check(Choice choice, Suggestion suggestion) {
        return switch (choice) {
            case AskInPlan ask -> {
                if (!suggestion.mayBeAskedInPlan()) {
                    yield Optional.of(new Problem("kind", "suggestions.error.notAPerson"));
                }
                if (ask.what().isEmpty() || ask.what().length() > MAX_TEXT) {
                    yield Optional.of(new Problem("what", "suggestions.error.what"));
                }
                if (ask.supportType() == null) {
                    yield Optional.of(new Problem("supportType", "suggestions.error.supportType"));
                }
                if (ask.when().length() > MAX_TEXT) {
                    yield Optional.of(new Problem("when", "suggestions.error.tooLong"));
                }
                yield Optional.empty();
            }
            case NoteForProfessional note -> note.text().isEmpty() || note.text().length() > MAX_TEXT
                    ? Optional.of(new Problem("note", "suggestions.error.note")) : Optional.empty();
        };
    }
}
