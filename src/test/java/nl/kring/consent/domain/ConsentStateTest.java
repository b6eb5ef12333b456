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
import nl.kring.consent.domain.ConsentState.Effective;
import nl.kring.consent.domain.ConsentState.Expired;
import nl.kring.consent.domain.ConsentState.NotStarted;
import nl.kring.consent.domain.ConsentState.PendingApprovals;
import nl.kring.consent.domain.ConsentState.Withdrawn;
import org.junit.jupiter.api.Test;

class ConsentStateTest {

    final Family family = new Family();
    final LocalDate aged10 = TWELFTH_BIRTHDAY.minusYears(2);
    final LocalDate aged14 = TWELFTH_BIRTHDAY.plusYears(2);

    @Test
    void aConsentForAChildUnderTwelveIsEffectiveOnceEveryParentWithAuthorityApproved() {
        assertThat(family.stateOn(family.approvedByParents(aged10), aged10)).isInstanceOf(Effective.class);
    }

    @Test
    void aConsentWaitsForEveryParentWithAuthority() {
        var consent = family.proposal(family.grandmother, aged10, Category.NETWORK_MAP)
                .approve(family.subject, RULES, family.mother, at(aged10, 9));
        assertThat(family.stateOn(consent, aged10))
                .isEqualTo(new PendingApprovals(Set.of(family.father), PendingReason.NOT_YET_APPROVED));
    }

    @Test
    void aYouthOfFourteenMustConsentTogetherWithTheParents() {
        var byParents = family.approvedByParents(aged14);
        assertThat(family.stateOn(byParents, aged14))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.NOT_YET_APPROVED));
        var byAll = byParents.approve(family.subject, RULES, family.youth, at(aged14, 16));
        assertThat(family.stateOn(byAll, aged14)).isInstanceOf(Effective.class);
    }

    @Test
    void aYouthOfFourteenAloneIsNotEnough() {
        var consent = family.proposal(family.grandmother, aged14, Category.NETWORK_MAP)
                .approve(family.subject, RULES, family.youth, at(aged14, 9));
        assertThat(family.stateOn(consent, aged14))
                .isEqualTo(new PendingApprovals(Set.of(family.mother, family.father), PendingReason.NOT_YET_APPROVED));
    }

    @Test
    void fromSixteenTheYouthsApprovalAloneIsEnough() {
        var consent = family.proposal(family.grandmother, SIXTEENTH_BIRTHDAY, Category.NOTES)
                .approve(family.subject, RULES, family.youth, at(SIXTEENTH_BIRTHDAY, 9));
        assertThat(family.stateOn(consent, SIXTEENTH_BIRTHDAY)).isInstanceOf(Effective.class);
    }

    @Test
    void whenTheYouthTurnsTwelveTheParentsApprovalsStayValidButTheConsentWaitsForTheYouth() {
        var consent = family.approvedByParents(aged10);
        assertThat(family.stateOn(consent, TWELFTH_BIRTHDAY.minusDays(1))).isInstanceOf(Effective.class);
        assertThat(family.stateOn(consent, TWELFTH_BIRTHDAY))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.YOUTH_TURNED_12));
    }

    @Test
    void onceTheYouthOfTwelveApprovesTheParentsAreNotAskedAgain() {
        var consent = family.approvedByParents(aged10).approve(family.subject, RULES, family.youth, at(TWELFTH_BIRTHDAY, 18));
        assertThat(family.stateAt(consent, at(TWELFTH_BIRTHDAY, 17))).isInstanceOf(PendingApprovals.class);
        assertThat(family.stateAt(consent, at(TWELFTH_BIRTHDAY, 18))).isInstanceOf(Effective.class);
        assertThat(family.stateOn(consent, aged14)).isInstanceOf(Effective.class);
    }

    @Test
    void whenTheYouthTurnsSixteenTheParentsApprovalsNoLongerCountAndTheConsentWaitsForTheYouth() {
        var consent = family.approvedByParents(aged10);
        assertThat(family.stateOn(consent, SIXTEENTH_BIRTHDAY.minusDays(1)))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.YOUTH_TURNED_12));
        assertThat(family.stateOn(consent, SIXTEENTH_BIRTHDAY))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.YOUTH_TURNED_16));
    }

    @Test
    void aConsentGivenByTheParentsOfAFifteenYearOldWaitsForTheYouthAtSixteen() {
        var aged15 = SIXTEENTH_BIRTHDAY.minusMonths(2);
        var consent = family.approvedByParents(aged15);
        assertThat(family.stateOn(consent, aged15))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.NOT_YET_APPROVED));
        assertThat(family.stateOn(consent, SIXTEENTH_BIRTHDAY))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.YOUTH_TURNED_16));
    }

    @Test
    void aYouthWhoApprovedAtFourteenKeepsTheConsentEffectiveAfterTurningSixteen() {
        var consent = family.approvedByParents(aged14).approve(family.subject, RULES, family.youth, at(aged14, 16));
        assertThat(family.stateOn(consent, SIXTEENTH_BIRTHDAY)).isInstanceOf(Effective.class);
    }

    @Test
    void aYouthsApprovalGivenBeforeTwelveDoesNotCount() {
        var consent = new Consent(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NOTES), "school",
                aged10, Optional.empty(), List.of(
                        new Approval(family.mother, at(aged10, 9)),
                        new Approval(family.father, at(aged10, 9)),
                        new Approval(family.youth, at(aged10, 9))),
                Optional.empty());
        assertThat(family.stateOn(consent, aged14))
                .isEqualTo(new PendingApprovals(Set.of(family.youth), PendingReason.YOUTH_TURNED_12));
    }

    @Test
    void anApprovalByAParentWithoutAuthorityDoesNotCount() {
        var consent = new Consent(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NOTES), "school",
                aged10, Optional.empty(), List.of(
                        new Approval(family.mother, at(aged10, 9)),
                        new Approval(family.stepfather, at(aged10, 9))),
                Optional.empty());
        assertThat(family.stateOn(consent, aged10))
                .isEqualTo(new PendingApprovals(Set.of(family.father), PendingReason.NOT_YET_APPROVED));
    }

    @Test
    void withoutAParentWithAuthorityNoConsentAboutAYouthUnderSixteenTakesEffect() {
        var orphan = new Subject(family.youth, family.subject.birthDate(), List.of());
        var consent = family.proposal(family.grandmother, aged14, Category.NOTES)
                .approve(orphan, RULES, family.youth, at(aged14, 9));
        assertThat(consent.stateOn(orphan, RULES, aged14))
                .isEqualTo(new PendingApprovals(Set.of(), PendingReason.NO_PARENT_WITH_AUTHORITY));
        var forAChild = family.proposal(family.grandmother, aged10, Category.NOTES);
        assertThat(forAChild.stateOn(orphan, RULES, aged10))
                .isEqualTo(new PendingApprovals(Set.of(), PendingReason.NO_PARENT_WITH_AUTHORITY));
        assertThat(consent.stateOn(orphan, RULES, SIXTEENTH_BIRTHDAY)).isInstanceOf(Effective.class);
    }

    @Test
    void anApprovalCountsFromTheMomentItWasGiven() {
        var consent = family.approvedByParents(aged10);
        assertThat(family.stateAt(consent, at(aged10, 9))).isInstanceOf(PendingApprovals.class);
        assertThat(family.stateAt(consent, at(aged10, 10))).isInstanceOf(Effective.class);
        assertThat(family.stateOn(consent, aged10)).as("a day counts everything recorded that day").isInstanceOf(Effective.class);
    }

    @Test
    void aConsentIsWithdrawnFromTheMomentOfWithdrawal() {
        var consent = family.approvedByParents(aged10).withdraw(family.subject, RULES, family.father, at(aged10.plusDays(3), 14));
        assertThat(family.stateAt(consent, at(aged10.plusDays(3), 13))).isInstanceOf(Effective.class);
        assertThat(family.stateAt(consent, at(aged10.plusDays(3), 14)))
                .isEqualTo(new Withdrawn(family.father, at(aged10.plusDays(3), 14)));
        assertThat(family.stateOn(consent, aged10.plusYears(1))).isInstanceOf(Withdrawn.class);
    }

    @Test
    void aConsentHoldsFromItsStartDateUpToAndIncludingItsEndDate() {
        var start = aged10.plusDays(7);
        var end = start.plusMonths(1);
        var consent = Consent.propose(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NETWORK_MAP),
                        "vakantie", start, Optional.of(end))
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        assertThat(family.stateOn(consent, start.minusDays(1))).isEqualTo(new NotStarted(start));
        assertThat(family.stateOn(consent, start)).isInstanceOf(Effective.class);
        assertThat(family.stateOn(consent, end)).isInstanceOf(Effective.class);
        assertThat(family.stateOn(consent, end.plusDays(1))).isEqualTo(new Expired(end));
    }

    @Test
    void everyStateHasAMessageKey() {
        assertThat(ConsentState.EFFECTIVE.messageKey()).isEqualTo("consent.state.EFFECTIVE");
        assertThat(new Expired(aged10).messageKey()).isEqualTo("consent.state.EXPIRED");
        assertThat(PendingReason.YOUTH_TURNED_12.messageKey()).isEqualTo("consent.pending.YOUTH_TURNED_12");
    }
}
