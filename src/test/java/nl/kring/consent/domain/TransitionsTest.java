package nl.kring.consent.domain;

import static nl.kring.consent.domain.Family.RULES;
import static nl.kring.consent.domain.Family.SIXTEENTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.TWELFTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    final Family family = new Family();
    final LocalDate aged10 = TWELFTH_BIRTHDAY.minusYears(2);
    final LocalDate aged14 = TWELFTH_BIRTHDAY.plusYears(2);

    List<TransitionDue> due(LocalDate today, Consent... consents) {
        return new FamilyConsents(RULES, List.of(family.subject), List.of(consents), List.of()).transitionsDue(today);
    }

    @Test
    void onTheTwelfthBirthdayKringAsksTheYouthAboutEveryConsentTheParentsGave() {
        var first = family.approvedByParents(aged10);
        var second = family.approvedByParents(aged10.plusMonths(3));
        assertThat(due(TWELFTH_BIRTHDAY.minusDays(1), first, second)).isEmpty();
        assertThat(due(TWELFTH_BIRTHDAY, first, second)).containsExactly(
                new TransitionDue(first, Set.of(family.youth), PendingReason.YOUTH_TURNED_12, TWELFTH_BIRTHDAY),
                new TransitionDue(second, Set.of(family.youth), PendingReason.YOUTH_TURNED_12, TWELFTH_BIRTHDAY));
    }

    @Test
    void theQuestionStaysUntilTheYouthAnswers() {
        var consent = family.approvedByParents(aged10);
        assertThat(due(aged14, consent)).hasSize(1);
        var approved = consent.approve(family.subject, RULES, family.youth, at(aged14, 15));
        assertThat(due(aged14, approved)).isEmpty();
        var refused = consent.withdraw(family.subject, RULES, family.youth, at(aged14, 15));
        assertThat(due(aged14, refused)).isEmpty();
    }

    @Test
    void onTheSixteenthBirthdayKringAsksTheYouthWhoHasNotAnsweredYet() {
        var unanswered = family.approvedByParents(aged10);
        var answered = family.approvedByParents(aged10).approve(family.subject, RULES, family.youth, at(aged14, 9));
        assertThat(due(SIXTEENTH_BIRTHDAY, unanswered, answered)).containsExactly(
                new TransitionDue(unanswered, Set.of(family.youth), PendingReason.YOUTH_TURNED_16, SIXTEENTH_BIRTHDAY));
    }

    @Test
    void aConsentTheParentsHadNotCompletedIsNotATransition() {
        var halfway = family.proposal(family.grandmother, aged10, Category.NOTES)
                .approve(family.subject, RULES, family.mother, at(aged10, 9));
        assertThat(due(TWELFTH_BIRTHDAY, halfway)).isEmpty();
    }

    @Test
    void expiredConsentsNeedNoAnswerButFutureOnesDo() {
        var expired = Consent.propose(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NOTES), "kamp",
                        aged10, Optional.of(TWELFTH_BIRTHDAY.minusDays(1)))
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        var future = family.proposal(family.grandmother, TWELFTH_BIRTHDAY.plusMonths(2), Category.NOTES)
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        assertThat(due(TWELFTH_BIRTHDAY, expired, future)).extracting(TransitionDue::consent).containsExactly(future);
    }

    @Test
    void eachYouthIsAskedAboutTheirOwnConsentsOnly() {
        var youngerSister = new Subject(UUID.randomUUID(), TWELFTH_BIRTHDAY.minusYears(3), family.subject.parents());
        var hers = Consent.propose(UUID.randomUUID(), youngerSister.youthId(), family.volunteer, Set.of(Category.MEMBER_BASICS),
                        "zwemles", aged10, Optional.empty())
                .approve(youngerSister, RULES, family.mother, at(aged10, 9))
                .approve(youngerSister, RULES, family.father, at(aged10, 9));
        var his = family.approvedByParents(aged10);
        var consents = new FamilyConsents(RULES, List.of(family.subject, youngerSister), List.of(his, hers), List.of());
        assertThat(consents.transitionsDue(TWELFTH_BIRTHDAY)).extracting(TransitionDue::consent).containsExactly(his);
        assertThat(consents.transitionsDue(youngerSister.birthdayOf(12))).extracting(TransitionDue::consent)
                .containsExactlyInAnyOrder(his, hers);
    }
}
