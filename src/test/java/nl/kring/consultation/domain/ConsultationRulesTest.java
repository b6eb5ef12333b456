package nl.kring.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consultation.domain.ConsultationRuleBroken.Rule;
import org.junit.jupiter.api.Test;

class ConsultationRulesTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final UUID COACH = UUID.randomUUID();
    static final UUID PSYCHOLOGIST = UUID.randomUUID();
    static final UUID TEACHER = UUID.randomUUID();
    static final Set<String> PROGRAMMES = Set.of("BUURTGEZINNEN", "HOME_START");

    static Consultation consultation(List<PanelMember> panel, List<Advice> advice, Optional<ConsultationMatch> match) {
        return new Consultation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Hoe helpen we Sanne naar school?", COACH, NOW,
                panel, advice, "", match, List.of());
    }

    static PanelMember member(UUID id, Discipline discipline) {
        return new PanelMember(id, "Vakmens " + discipline, discipline, NOW);
    }

    static Rule broken(Runnable change) {
        try {
            change.run();
        } catch (ConsultationRuleBroken broken) {
            return broken.rule();
        }
        throw new AssertionError("the rule should have refused this");
    }

    @Test
    void theQuestionIsStrippedAndMayNotBeEmptyOrTooLong() {
        assertThat(ConsultationRules.question("  Hoe verder?\n")).isEqualTo("Hoe verder?");
        assertThat(broken(() -> ConsultationRules.question("   "))).isEqualTo(Rule.QUESTION_EMPTY);
        assertThat(broken(() -> ConsultationRules.question(null))).isEqualTo(Rule.QUESTION_EMPTY);
        assertThat(broken(() -> ConsultationRules.question("x".repeat(ConsultationRules.MAX_TEXT + 1)))).isEqualTo(Rule.QUESTION_TOO_LONG);
    }

    @Test
    void onlyPanelMembersAdviseAndOnlyBeforeTheMatch() {
        var open = consultation(List.of(member(PSYCHOLOGIST, Discipline.MENTAL_HEALTH)), List.of(), Optional.empty());
        assertThat(ConsultationRules.advice(open, PSYCHOLOGIST, " Begin klein. ")).isEqualTo("Begin klein.");
        assertThat(broken(() -> ConsultationRules.advice(open, TEACHER, "Ook ik"))).isEqualTo(Rule.NOT_ON_PANEL);
        assertThat(broken(() -> ConsultationRules.advice(open, COACH, "De coach"))).isEqualTo(Rule.NOT_ON_PANEL);
        assertThat(broken(() -> ConsultationRules.advice(open, PSYCHOLOGIST, " "))).isEqualTo(Rule.ADVICE_EMPTY);
        var matched = consultation(open.panel(), List.of(new Advice(PSYCHOLOGIST, "Begin klein.", NOW)),
                Optional.of(new ConsultationMatch(MatchKind.PROVIDER, Optional.empty(), "Praktijk De Linde", "", NOW, COACH)));
        assertThat(matched.stage()).isEqualTo(Consultation.Stage.MATCHED);
        assertThat(broken(() -> ConsultationRules.advice(matched, PSYCHOLOGIST, "Nog iets"))).isEqualTo(Rule.MATCHED);
        assertThat(broken(() -> ConsultationRules.whileWaiting(matched, "Later"))).isEqualTo(Rule.MATCHED);
    }

    @Test
    void theCoachInvitesEachProfessionalOnceWithTheirDiscipline() {
        var one = consultation(List.of(member(PSYCHOLOGIST, Discipline.MENTAL_HEALTH)), List.of(), Optional.empty());
        ConsultationRules.mayInvite(one, TEACHER, Optional.of(Discipline.EDUCATION));
        assertThat(broken(() -> ConsultationRules.mayInvite(one, TEACHER, Optional.empty()))).isEqualTo(Rule.DISCIPLINE_MISSING);
        assertThat(broken(() -> ConsultationRules.mayInvite(one, PSYCHOLOGIST, Optional.of(Discipline.EDUCATION))))
                .isEqualTo(Rule.ALREADY_ON_PANEL);
        var full = consultation(java.util.stream.IntStream.range(0, ConsultationRules.MAX_PANEL)
                .mapToObj(i -> member(UUID.randomUUID(), Discipline.OTHER)).toList(), List.of(), Optional.empty());
        assertThat(broken(() -> ConsultationRules.mayInvite(full, TEACHER, Optional.of(Discipline.EDUCATION)))).isEqualTo(Rule.PANEL_FULL);
    }

    @Test
    void aPanelOfOneDisciplineIsWarnedAboutNotStopped() {
        assertThat(ConsultationRules.singleDiscipline(consultation(List.of(), List.of(), Optional.empty()))).isFalse();
        var same = consultation(List.of(member(PSYCHOLOGIST, Discipline.MENTAL_HEALTH), member(TEACHER, Discipline.MENTAL_HEALTH)), List.of(),
                Optional.empty());
        assertThat(ConsultationRules.singleDiscipline(same)).isTrue();
        var mixed = consultation(List.of(member(PSYCHOLOGIST, Discipline.MENTAL_HEALTH), member(TEACHER, Discipline.EDUCATION)), List.of(),
                Optional.empty());
        assertThat(ConsultationRules.singleDiscipline(mixed)).isFalse();
        assertThat(mixed.disciplines()).isEqualTo(2);
    }

    @Test
    void theMatchFollowsTheAdviceAndNamesAKnownProgrammeOrAProvider() {
        var panel = List.of(member(PSYCHOLOGIST, Discipline.MENTAL_HEALTH));
        var noAdvice = consultation(panel, List.of(), Optional.empty());
        assertThat(broken(() -> ConsultationRules.mayMatch(noAdvice, Optional.of(MatchKind.PROVIDER), Optional.empty(), "Praktijk", PROGRAMMES)))
                .isEqualTo(Rule.NO_ADVICE_YET);
        var advised = consultation(panel, List.of(new Advice(PSYCHOLOGIST, "Begin klein.", NOW)), Optional.empty());
        assertThat(advised.stage()).isEqualTo(Consultation.Stage.ADVISED);
        ConsultationRules.mayMatch(advised, Optional.of(MatchKind.PROGRAMME), Optional.of("BUURTGEZINNEN"), "", PROGRAMMES);
        ConsultationRules.mayMatch(advised, Optional.of(MatchKind.PROVIDER), Optional.empty(), "Praktijk De Linde", PROGRAMMES);
        assertThat(broken(() -> ConsultationRules.mayMatch(advised, Optional.empty(), Optional.empty(), "x", PROGRAMMES)))
                .isEqualTo(Rule.MATCH_KIND_MISSING);
        assertThat(broken(() -> ConsultationRules.mayMatch(advised, Optional.of(MatchKind.PROGRAMME), Optional.of("SCHAAKCLUB"), "", PROGRAMMES)))
                .isEqualTo(Rule.PROGRAMME_MISSING);
        assertThat(broken(() -> ConsultationRules.mayMatch(advised, Optional.of(MatchKind.PROVIDER), Optional.empty(), " ", PROGRAMMES)))
                .isEqualTo(Rule.PROVIDER_MISSING);
    }

    @Test
    void theFamilyReactsToAdviceThatExistsAlsoAfterTheMatch() {
        var panel = List.of(member(PSYCHOLOGIST, Discipline.MENTAL_HEALTH));
        var matched = consultation(panel, List.of(new Advice(PSYCHOLOGIST, "Begin klein.", NOW)),
                Optional.of(new ConsultationMatch(MatchKind.PROGRAMME, Optional.of("HOME_START"), "", "", NOW, COACH)));
        assertThat(ConsultationRules.reaction(matched, PSYCHOLOGIST, " Dit helpt ons. ")).isEqualTo("Dit helpt ons.");
        assertThat(broken(() -> ConsultationRules.reaction(matched, TEACHER, "Wie?"))).isEqualTo(Rule.NO_SUCH_ADVICE);
        assertThat(broken(() -> ConsultationRules.reaction(matched, PSYCHOLOGIST, ""))).isEqualTo(Rule.REACTION_EMPTY);
    }
}
