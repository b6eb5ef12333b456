package nl.kring.consent.domain;

import static nl.kring.consent.domain.Family.RULES;
import static nl.kring.consent.domain.Family.TWELFTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.domain.DisclosureBasis.ByConsent;
import nl.kring.consent.domain.DisclosureBasis.ByException;
import nl.kring.consent.domain.DisclosureBasis.ByMeasure;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    final Family family = new Family();
    final LocalDate aged10 = TWELFTH_BIRTHDAY.minusYears(2);
    final UUID professional = UUID.randomUUID();

    FamilyConsents with(List<Consent> consents, List<SharingException> exceptions) {
        return new FamilyConsents(RULES, List.of(family.subject), consents, exceptions);
    }

    FamilyConsents with(Consent... consents) {
        return with(List.of(consents), List.of());
    }

    SharingException exception(SharingException.Reason reason, boolean hidden, LocalDate start, Optional<LocalDate> end,
            Category... categories) {
        return new SharingException(UUID.randomUUID(), family.youth, reason,
                "Zorgen over de veiligheid thuis; overlegd met Veilig Thuis", professional, at(start, 8),
                family.grandmother, Set.of(categories), start, end, hidden);
    }

    @Test
    void anEffectiveConsentDisclosesItsCategoriesToItsRecipientOnly() {
        var consent = family.approvedByParents(aged10);
        var consents = with(consent);
        assertThat(consents.decide(family.grandmother, Category.NETWORK_MAP, aged10))
                .isEqualTo(new Disclosure.Disclosed(new ByConsent(consent)));
        assertThat(consents.decide(family.grandmother, Category.NOTES, aged10)).isEqualTo(Disclosure.NOT_DISCLOSED);
        assertThat(consents.decide(family.neighbour, Category.NETWORK_MAP, aged10)).isEqualTo(Disclosure.NOT_DISCLOSED);
    }

    @Test
    void theDecisionNamesTheConsentThatGrantsIt() {
        var consent = family.approvedByParents(aged10);
        assertThat(with(consent).decide(family.grandmother, Category.NETWORK_MAP, aged10).grantingConsent()).contains(consent);
    }

    @Test
    void withoutConsentNothingIsDisclosed() {
        var consents = FamilyConsents.none(RULES, List.of(family.subject));
        assertThat(consents.decide(family.grandmother, Category.NETWORK_MAP, aged10).isDisclosed()).isFalse();
        assertThat(consents.visibleCategories(family.grandmother, aged10)).isEmpty();
    }

    @Test
    void aConsentStillWaitingForAnApprovalDisclosesNothing() {
        var consent = family.proposal(family.grandmother, aged10, Category.NETWORK_MAP)
                .approve(family.subject, RULES, family.mother, at(aged10, 9));
        assertThat(with(consent).decide(family.grandmother, Category.NETWORK_MAP, aged10).isDisclosed()).isFalse();
    }

    @Test
    void fromTheMomentOfWithdrawalNothingIsDisclosed() {
        var day = aged10.plusDays(1);
        var consents = with(family.approvedByParents(aged10).withdraw(family.subject, RULES, family.mother, at(day, 14)));
        assertThat(consents.decide(family.grandmother, Category.NETWORK_MAP, at(day, 13)).isDisclosed()).isTrue();
        assertThat(consents.decide(family.grandmother, Category.NETWORK_MAP, at(day, 14)).isDisclosed()).isFalse();
        assertThat(consents.decide(family.grandmother, Category.NETWORK_MAP, day).isDisclosed()).isFalse();
    }

    @Test
    void onTheTwelfthBirthdayNothingIsDisclosedUntilTheYouthAgrees() {
        var consent = family.approvedByParents(aged10);
        assertThat(with(consent).decide(family.grandmother, Category.NETWORK_MAP, TWELFTH_BIRTHDAY).isDisclosed()).isFalse();
        var agreed = consent.approve(family.subject, RULES, family.youth, at(TWELFTH_BIRTHDAY, 16));
        assertThat(with(agreed).decide(family.grandmother, Category.NETWORK_MAP, TWELFTH_BIRTHDAY).isDisclosed()).isTrue();
    }

    @Test
    void theVisibleCategoriesAreThoseOfEffectiveConsentsAndActiveExceptions() {
        var map = family.approvedByParents(aged10);
        var contact = family.proposal(family.grandmother, aged10, Category.CONTACT_DETAILS, Category.MEMBER_BASICS)
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        var pending = family.proposal(family.grandmother, aged10, Category.of("PLAN"));
        var toNeighbour = family.proposal(family.neighbour, aged10, Category.NOTES)
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        var safety = exception(SharingException.Reason.CHILD_SAFETY, false, aged10, Optional.empty(), Category.NOTES);
        var consents = with(List.of(map, contact, pending, toNeighbour), List.of(safety));
        assertThat(consents.visibleCategories(family.grandmother, aged10)).containsExactlyInAnyOrder(
                Category.NETWORK_MAP, Category.CONTACT_DETAILS, Category.MEMBER_BASICS, Category.NOTES);
        assertThat(consents.visibleCategories(family.neighbour, aged10)).containsExactly(Category.NOTES);
        assertThat(consents.visibleCategories(family.volunteer, aged10)).isEmpty();
    }

    @Test
    void laterCapabilitiesCategoriesAreDisclosedLikeAnyOther() {
        var plan = new Category("PLAN", "plan.category.PLAN");
        var consent = family.proposal(family.volunteer, aged10, plan)
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        assertThat(with(consent).decide(family.volunteer, Category.of("PLAN"), aged10).isDisclosed()).isTrue();
    }

    @Test
    void aChildSafetyExceptionDisclosesWithoutConsent() {
        var safety = exception(SharingException.Reason.CHILD_SAFETY, false, aged10, Optional.empty(), Category.NOTES);
        var decision = with(List.of(), List.of(safety)).decide(family.grandmother, Category.NOTES, aged10);
        assertThat(decision).isEqualTo(new Disclosure.Disclosed(new ByException(safety)));
        assertThat(decision.grantingConsent()).isEmpty();
        assertThat(decision.isHiddenFromFamily()).isFalse();
    }

    @Test
    void anExceptionCountsOnlyWithinItsPeriodAndFromTheMomentItWasRecorded() {
        var end = aged10.plusDays(10);
        var safety = exception(SharingException.Reason.CHILD_SAFETY, false, aged10, Optional.of(end), Category.NOTES);
        var consents = with(List.of(), List.of(safety));
        assertThat(consents.decide(family.grandmother, Category.NOTES, at(aged10, 7)).isDisclosed()).as("before recording").isFalse();
        assertThat(consents.decide(family.grandmother, Category.NOTES, at(aged10, 8)).isDisclosed()).isTrue();
        assertThat(consents.decide(family.grandmother, Category.NOTES, end).isDisclosed()).isTrue();
        assertThat(consents.decide(family.grandmother, Category.NOTES, end.plusDays(1)).isDisclosed()).isFalse();
    }

    @Test
    void theFamilysConsentIsPreferredOverAnExceptionAsTheBasis() {
        var consent = family.approvedByParents(aged10);
        var safety = exception(SharingException.Reason.CHILD_SAFETY, false, aged10, Optional.empty(), Category.NETWORK_MAP);
        assertThat(with(List.of(consent), List.of(safety)).decide(family.grandmother, Category.NETWORK_MAP, aged10))
                .isEqualTo(new Disclosure.Disclosed(new ByConsent(consent)));
    }

    @Test
    void aDisclosureOnAHiddenChildSafetyExceptionIsHiddenFromTheFamily() {
        var hidden = exception(SharingException.Reason.CHILD_SAFETY, true, aged10, Optional.empty(), Category.NOTES);
        var consents = with(List.of(), List.of(hidden));
        assertThat(consents.decide(family.grandmother, Category.NOTES, aged10).isHiddenFromFamily()).isTrue();
        assertThat(consents.exceptionsVisibleToFamily()).isEmpty();
    }

    @Test
    void anExceptionTheFamilyMaySeeIsNamedBeforeAHiddenOne() {
        var hidden = exception(SharingException.Reason.CHILD_SAFETY, true, aged10, Optional.empty(), Category.NOTES);
        var open = exception(SharingException.Reason.CHILD_SAFETY, false, aged10, Optional.of(aged10.plusDays(3)), Category.NOTES);
        assertThat(with(List.of(), List.of(hidden, open)).decide(family.grandmother, Category.NOTES, aged10))
                .isEqualTo(new Disclosure.Disclosed(new ByException(open)));
    }

    @Test
    void underAProtectionMeasureTheBasisIsTheMeasureNotTheConsent() {
        var measure = new ProtectionMeasure(ProtectionMeasure.Kind.SUPERVISION_ORDER, aged10.plusDays(1), Optional.empty());
        var subject = new Subject(family.youth, family.subject.birthDate(), family.subject.parents(), List.of(measure));
        var consent = family.approvedByParents(aged10);
        var consents = new FamilyConsents(RULES, List.of(subject), List.of(consent), List.of());
        assertThat(consents.decide(family.grandmother, Category.NETWORK_MAP, aged10))
                .isEqualTo(new Disclosure.Disclosed(new ByConsent(consent)));
        var underMeasure = consents.decide(family.grandmother, Category.NETWORK_MAP, aged10.plusDays(1));
        assertThat(underMeasure).isEqualTo(new Disclosure.Disclosed(new ByMeasure(measure, consent)));
        assertThat(underMeasure.grantingConsent()).contains(consent);
        assertThat(consents.decide(family.grandmother, Category.NOTES, aged10.plusDays(1)).isDisclosed())
                .as("a measure alone discloses nothing that nobody recorded").isFalse();
    }

    @Test
    void theLongestLastingConsentIsNamedWhenSeveralGrantTheSame() {
        var shortOne = Consent.propose(UUID.randomUUID(), family.youth, family.grandmother, Set.of(Category.NETWORK_MAP),
                        "kamp", aged10, Optional.of(aged10.plusDays(5)))
                .approve(family.subject, RULES, family.mother, at(aged10, 9))
                .approve(family.subject, RULES, family.father, at(aged10, 9));
        var open = family.approvedByParents(aged10);
        assertThat(with(shortOne, open).decide(family.grandmother, Category.NETWORK_MAP, aged10).grantingConsent()).contains(open);
    }

    @Test
    void inAFamilyWithSeveralYouthsEachConsentFollowsItsOwnYouthsAge() {
        var sister = new Subject(UUID.randomUUID(), TWELFTH_BIRTHDAY.minusYears(19), family.subject.parents());
        var day = aged10;
        var forTheBrother = family.approvedByParents(day);
        var forTheSister = Consent.propose(UUID.randomUUID(), sister.youthId(), family.neighbour, Set.of(Category.CONTACT_DETAILS),
                        "bijles", day, Optional.empty())
                .approve(sister, RULES, sister.youthId(), at(day, 9));
        var consents = new FamilyConsents(RULES, List.of(family.subject, sister), List.of(forTheBrother, forTheSister), List.of());
        assertThat(consents.stateOf(forTheBrother, day)).isInstanceOf(ConsentState.Effective.class);
        assertThat(consents.stateOf(forTheSister, day)).as("the sister of seventeen decides alone")
                .isInstanceOf(ConsentState.Effective.class);
        assertThat(consents.decide(family.neighbour, Category.CONTACT_DETAILS, day).isDisclosed()).isTrue();
        assertThat(consents.about(family.youth).decide(family.neighbour, Category.CONTACT_DETAILS, day).isDisclosed())
                .as("about the brother alone, the sister's consent does not count").isFalse();
        assertThat(consents.about(sister.youthId()).consents()).containsExactly(forTheSister);
    }

    @Test
    void everyConsentIsAboutAYouthOfTheFamily() {
        var stranger = Consent.propose(UUID.randomUUID(), UUID.randomUUID(), family.grandmother, Set.of(Category.NOTES),
                "oppas", aged10, Optional.empty());
        assertThatThrownBy(() -> with(stranger)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with().about(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBasisHasAMessageKey() {
        assertThat(new ByConsent(family.approvedByParents(aged10)).messageKey()).isEqualTo("consent.basis.CONSENT");
    }
}
