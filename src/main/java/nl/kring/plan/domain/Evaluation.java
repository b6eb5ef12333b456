package nl.kring.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An evaluation of an accepted version: how each agreement went, and what the family wants to change.
 * The next version starts from it: what was done or is no longer needed is left out, the rest stays.
 */
public record Evaluation(UUID id, LocalDate heldOn, List<AgreementMark> marks, String whatChanges) {

    /** How an agreement went. */
    public enum Mark {
        DONE, PARTLY, NOT, NO_LONGER_NEEDED;

        /** Whether the agreement goes on into the next version. */
        public boolean carriesOn() {
            return this == PARTLY || this == NOT;
        }
    }

    /**
     * How an agreement went: the mark, the family's note, and a short note from each person the agreement
     * names who said something (in their own words; a participant who said nothing has no note).
     */
    public record AgreementMark(UUID agreementId, Mark mark, String note, List<ParticipantNote> participants) {
        public AgreementMark {
            Objects.requireNonNull(agreementId, "agreementId");
            Objects.requireNonNull(mark, "mark");
            note = note == null ? "" : note.strip();
            participants = participants == null ? List.of()
                    : participants.stream().filter(p -> !p.note().isEmpty()).toList();
        }

        public AgreementMark(UUID agreementId, Mark mark, String note) {
            this(agreementId, mark, note, List.of());
        }
    }

    /** What one person an agreement names says about how it went. */
    public record ParticipantNote(PersonRef person, String note) {
        public ParticipantNote {
            Objects.requireNonNull(person, "person");
            note = note == null ? "" : note.strip();
        }
    }

    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heldOn, "heldOn");
        marks = marks == null ? List.of() : List.copyOf(marks);
        whatChanges = whatChanges == null ? "" : whatChanges.strip();
    }

    /**
     * Checks an evaluation of these agreements: every agreement marked once, no unknown ones, notes short.
     */
    public static void check(Evaluation evaluation, List<Agreement> agreements) {
        if (evaluation.whatChanges().length() > PlanRules.MAX_TEXT) {
            throw new PlanRuleBroken(PlanRuleBroken.Rule.TEXT_TOO_LONG, "whatChanges");
        }
        var marked = evaluation.marks().stream().collect(Collectors.groupingBy(AgreementMark::agreementId, Collectors.counting()));
        for (int i = 0; i < evaluation.marks().size(); i++) {
            var mark = evaluation.marks().get(i);
            if (agreements.stream().noneMatch(a -> a.id().equals(mark.agreementId())) || marked.get(mark.agreementId()) > 1) {
                throw new PlanRuleBroken(PlanRuleBroken.Rule.UNKNOWN_AGREEMENT, "marks[" + i + "].agreementId");
            }
            if (mark.note().length() > PlanRules.MAX_SHORT_TEXT) {
                throw new PlanRuleBroken(PlanRuleBroken.Rule.TEXT_TOO_LONG, "marks[" + i + "].note");
            }
            var agreement = agreements.stream().filter(a -> a.id().equals(mark.agreementId())).findFirst().orElseThrow();
            for (int j = 0; j < mark.participants().size(); j++) {
                var participant = mark.participants().get(j);
                var field = "marks[" + i + "].participants[" + j + "]";
                // only the persons the agreement names speak about it, each once
                if (!agreement.names(participant.person())
                        || mark.participants().stream().filter(p -> p.person().samePerson(participant.person())).count() > 1) {
                    throw new PlanRuleBroken(PlanRuleBroken.Rule.UNKNOWN_PERSON, field + ".personId");
                }
                if (participant.note().length() > PlanRules.MAX_SHORT_TEXT) {
                    throw new PlanRuleBroken(PlanRuleBroken.Rule.TEXT_TOO_LONG, field + ".note");
                }
            }
        }
        for (int i = 0; i < agreements.size(); i++) {
            if (!marked.containsKey(agreements.get(i).id())) {
                throw new PlanRuleBroken(PlanRuleBroken.Rule.AGREEMENT_NOT_MARKED, "marks");
            }
        }
    }

    /** The same evaluation, each participant named as the agreement names them (the name the family chose). */
    public Evaluation namedAs(List<Agreement> agreements) {
        var named = marks.stream().map(mark -> {
            var agreement = agreements.stream().filter(a -> a.id().equals(mark.agreementId())).findFirst();
            var participants = mark.participants().stream()
                    .map(p -> new ParticipantNote(agreement.flatMap(a -> a.persons().stream().filter(p.person()::samePerson).findFirst())
                            .orElse(p.person()), p.note()))
                    .toList();
            return new AgreementMark(mark.agreementId(), mark.mark(), mark.note(), participants);
        }).toList();
        return new Evaluation(id, heldOn, named, whatChanges);
    }

    /** The agreements that go on into the next version: not marked, or marked partly or not done. */
    public List<Agreement> carriedOn(List<Agreement> agreements) {
        Map<UUID, Mark> byAgreement = marks.stream().collect(Collectors.toMap(AgreementMark::agreementId, AgreementMark::mark));
        return agreements.stream().filter(a -> !byAgreement.containsKey(a.id()) || byAgreement.get(a.id()).carriesOn()).toList();
    }
}
