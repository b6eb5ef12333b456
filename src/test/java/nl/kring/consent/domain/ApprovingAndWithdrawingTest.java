package nl.kring.consent.domain;

import static nl.kring.consent.domain.Family.RULES;
import static nl.kring.consent.domain.Family.SIXTEENTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.TWELFTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovingAndWithdrawingTest {

    final Family family = new Family();
    final Subject subject = family.subject;
    final LocalDate aged10 = TWELFTH_BIRTHDAY.minusYears(2);
    final LocalDate aged14 = TWELFTH_BIRTHDAY.plusYears(2);

    @Test
    void onlyAPersonWhoseApprovalIsRequiredMayApprove() {
        var young = family.proposal(family.grandmother, aged10, Category.NOTES);
        assertThat(young.mayApprove(subject, RULES, family.mother, at(aged10, 9))).isTrue();
        assertThat(young.mayApprove(subject, RULES, family.youth, at(aged10, 9))).as("a child of ten").isFalse();
        assertThat(young.mayApprove(subject, RULES, family.stepfather, at(aged10, 9))).as("no authority").isFalse();
        assertThat(young.mayApprove(subject, RULES, family.stranger, at(aged10, 9))).isFalse();

        var older = family.proposal(family.grandmother, SIXTEENTH_BIRTHDAY, Category.NOTES);
        assertThat(older.mayApprove(subject, RULES, family.youth, at(SIXTEENTH_BIRTHDAY, 9))).isTrue();
        assertThat(older.mayApprove(subject, RULES, family.mother, at(SIXTEENTH_BIRTHDAY, 9))).as("the youth decides alone").isFalse();
    }

    @Test
    void aRefusedApprovalIsAnError() {
        var consent = family.proposal(family.grandmother, aged10, Category.NOTES);
        assertThatThrownBy(() -> consent.approve(subject, RULES, family.stepfather, at(aged10, 9)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nobodyApprovesTwice() {
        var consent = family.approvedByParents(aged10);
        assertThat(consent.mayApprove(subject, RULES, family.mother, at(aged10, 11))).isFalse();
        assertThat(consent.approvals()).extracting(Approval::memberId).containsExactly(family.mother, family.father);
    }

    @Test
    void aYouthWhoseEarlierApprovalDidNotCountMayApproveAgainFromTwelve() {
        var consent = new Consent(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NOTES), "school",
                aged10, Optional.empty(), List.of(new Approval(family.youth, at(aged10, 9))), Optional.empty());
        var approved = consent.approve(subject, RULES, family.youth, at(TWELFTH_BIRTHDAY, 9));
        assertThat(approved.approvals()).containsExactly(new Approval(family.youth, at(TWELFTH_BIRTHDAY, 9)));
    }

    @Test
    void aWithdrawnOrExpiredConsentCannotBeApproved() {
        var withdrawn = family.proposal(family.grandmother, aged10, Category.NOTES)
                .withdraw(subject, RULES, family.mother, at(aged10, 9));
        assertThat(withdrawn.mayApprove(subject, RULES, family.father, at(aged10, 10))).isFalse();

        var ended = Consent.propose(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NOTES), "kamp",
                aged10, Optional.of(aged10.plusDays(2)));
        assertThat(ended.mayApprove(subject, RULES, family.father, at(aged10.plusDays(2), 10))).isTrue();
        assertThat(ended.mayApprove(subject, RULES, family.father, at(aged10.plusDays(3), 10))).isFalse();
    }

    @Test
    void aYouthOfFourteenMayWithdrawWhatTheParentsApproved() {
        var consent = family.approvedByParents(aged10);
        var moment = at(aged14, 15);
        assertThat(consent.mayWithdraw(subject, RULES, family.youth, moment)).isTrue();
        assertThat(consent.withdraw(subject, RULES, family.youth, moment).withdrawal()).contains(new Withdrawal(family.youth, moment));
    }

    @Test
    void aRequiredPersonWhoSaysNoWithdraws() {
        var consent = family.proposal(family.grandmother, aged10, Category.NOTES)
                .approve(subject, RULES, family.mother, at(aged10, 9))
                .withdraw(subject, RULES, family.father, at(aged10, 10));
        assertThat(family.stateOn(consent, aged10)).isInstanceOf(ConsentState.Withdrawn.class);
    }

    @Test
    void aParentWhoApprovedMayStillWithdrawAfterTheYouthTurnedSixteen() {
        var consent = family.approvedByParents(aged14).approve(subject, RULES, family.youth, at(aged14, 16));
        assertThat(consent.mayWithdraw(subject, RULES, family.mother, at(SIXTEENTH_BIRTHDAY, 9))).isTrue();
    }

    @Test
    void aParentWithoutAuthorityOrAStrangerCannotWithdraw() {
        var consent = family.approvedByParents(aged10);
        assertThat(consent.mayWithdraw(subject, RULES, family.stepfather, at(aged10, 12))).isFalse();
        assertThat(consent.mayWithdraw(subject, RULES, family.stranger, at(aged10, 12))).isFalse();
        assertThatThrownBy(() -> consent.withdraw(subject, RULES, family.stranger, at(aged10, 12)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChildUnderTwelveWhoWasNotAskedCannotWithdraw() {
        assertThat(family.approvedByParents(aged10).mayWithdraw(subject, RULES, family.youth, at(aged10, 12))).isFalse();
    }

    @Test
    void aConsentIsWithdrawnOnlyOnce() {
        var consent = family.approvedByParents(aged10).withdraw(subject, RULES, family.mother, at(aged10, 12));
        assertThat(consent.mayWithdraw(subject, RULES, family.father, at(aged10, 13))).isFalse();
    }

    @Test
    void aConsentCanBeWithdrawnBeforeItStarts() {
        var consent = family.proposal(family.grandmother, aged10.plusMonths(1), Category.NOTES)
                .withdraw(subject, RULES, family.mother, at(aged10, 12));
        assertThat(family.stateOn(consent, aged10.plusMonths(2))).isInstanceOf(ConsentState.Withdrawn.class);
    }

    @Test
    void aConsentIsAlwaysAboutItsOwnYouth() {
        var otherYouth = new Subject(UUID.randomUUID(), aged10, List.of());
        var consent = family.approvedByParents(aged10);
        assertThatThrownBy(() -> consent.stateOn(otherYouth, RULES, aged10)).isInstanceOf(IllegalArgumentException.class);
    }
}
