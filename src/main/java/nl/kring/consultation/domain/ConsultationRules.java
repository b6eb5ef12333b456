package nl.kring.consultation.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consultation.domain.ConsultationRuleBroken.Rule;

/**
 * The rules of the case consultation, free of storage and web. Panel members advise (one advice each, which they may
 * rewrite); the family reacts to the advice; once the consultation ended in a match the record is kept as it is, and
 * the family may still say what it thinks of the advice.
 */
public final class ConsultationRules {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_PANEL = 8;

    private ConsultationRules() {}

    /** The question, stripped; refused when empty or too long. */
    public static String question(String text) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new ConsultationRuleBroken(Rule.QUESTION_EMPTY);
        }
        if (stripped.length() > MAX_TEXT) {
            throw new ConsultationRuleBroken(Rule.QUESTION_TOO_LONG);
        }
        return stripped;
    }

    /** Whether the coach may invite this professional to the panel now. */
    public static void mayInvite(Consultation consultation, UUID accountId, Optional<Discipline> discipline) {
        open(consultation);
        if (discipline.isEmpty()) {
            throw new ConsultationRuleBroken(Rule.DISCIPLINE_MISSING);
        }
        if (consultation.onPanel(accountId)) {
            throw new ConsultationRuleBroken(Rule.ALREADY_ON_PANEL);
        }
        if (consultation.panel().size() >= MAX_PANEL) {
            throw new ConsultationRuleBroken(Rule.PANEL_FULL);
        }
    }

    /** A panel member's advice, stripped: only a panel member writes it, and only before the match. */
    public static String advice(Consultation consultation, UUID author, String text) {
        open(consultation);
        if (!consultation.onPanel(author)) {
            throw new ConsultationRuleBroken(Rule.NOT_ON_PANEL);
        }
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new ConsultationRuleBroken(Rule.ADVICE_EMPTY);
        }
        return limited(stripped);
    }

    /** What can happen while the family waits for help: the panel writes it before the match; empty clears it. */
    public static String whileWaiting(Consultation consultation, String text) {
        open(consultation);
        return limited(text == null ? "" : text.strip());
    }

    /** The match the consultation ends in: after at least one advice, a programme or a named provider. */
    public static void mayMatch(Consultation consultation, Optional<MatchKind> kind, Optional<String> programme, String provider,
            Set<String> knownProgrammes) {
        open(consultation);
        if (consultation.advice().isEmpty()) {
            throw new ConsultationRuleBroken(Rule.NO_ADVICE_YET);
        }
        switch (kind.orElseThrow(() -> new ConsultationRuleBroken(Rule.MATCH_KIND_MISSING))) {
            case PROGRAMME -> {
                if (programme.filter(knownProgrammes::contains).isEmpty()) {
                    throw new ConsultationRuleBroken(Rule.PROGRAMME_MISSING);
                }
            }
            case PROVIDER -> {
                if (provider == null || provider.isBlank()) {
                    throw new ConsultationRuleBroken(Rule.PROVIDER_MISSING);
                }
            }
        }
        limited(provider == null ? "" : provider);
    }

    /** A family member's reaction to one advice; also after the match, since the record is the family's. */
    public static String reaction(Consultation consultation, UUID adviceAuthor, String text) {
        if (consultation.adviceOf(adviceAuthor).isEmpty()) {
            throw new ConsultationRuleBroken(Rule.NO_SUCH_ADVICE);
        }
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new ConsultationRuleBroken(Rule.REACTION_EMPTY);
        }
        return limited(stripped);
    }

    /** Whether the panel brings fewer than two disciplines together: shown as a warning, it does not stop the consultation. */
    public static boolean singleDiscipline(Consultation consultation) {
        return !consultation.panel().isEmpty() && consultation.disciplines() < 2;
    }

    private static void open(Consultation consultation) {
        if (consultation.match().isPresent()) {
            throw new ConsultationRuleBroken(Rule.MATCHED);
        }
    }

    private static String limited(String text) {
        if (text.length() > MAX_TEXT) {
            throw new ConsultationRuleBroken(Rule.TEXT_TOO_LONG);
        }
        return text;
    }
}
