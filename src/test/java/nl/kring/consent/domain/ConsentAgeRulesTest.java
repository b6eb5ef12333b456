package nl.kring.consent.domain;

import static nl.kring.consent.domain.Family.RULES;
import static nl.kring.consent.domain.Family.SIXTEENTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.TWELFTH_BIRTHDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentAgeRulesTest {

    final Family family = new Family();

    @Test
    void theDefaultsAreTwelveAndSixteen() {
        assertThat(ConsentAgeRules.DEFAULTS).isEqualTo(new ConsentAgeRules(12, 16));
    }

    @Test
    void underTwelveEveryParentWithAuthorityMustConsent() {
        var day = TWELFTH_BIRTHDAY.minusDays(1);
        assertThat(RULES.whoDecidesOn(family.subject, day)).isEqualTo(WhoDecides.PARENTS);
        assertThat(RULES.requiredApprovers(family.subject, day)).containsExactlyInAnyOrder(family.mother, family.father);
    }

    @Test
    void aYouthOfFourteenMustConsentTogetherWithTheParents() {
        var day = TWELFTH_BIRTHDAY.plusYears(2);
        assertThat(RULES.whoDecidesOn(family.subject, day)).isEqualTo(WhoDecides.YOUTH_AND_PARENTS);
        assertThat(RULES.requiredApprovers(family.subject, day))
                .containsExactlyInAnyOrder(family.youth, family.mother, family.father);
    }

    @Test
    void theYouthJoinsOnTheTwelfthBirthdayNotTheDayBefore() {
        assertThat(RULES.requiredApprovers(family.subject, TWELFTH_BIRTHDAY.minusDays(1))).doesNotContain(family.youth);
        assertThat(RULES.requiredApprovers(family.subject, TWELFTH_BIRTHDAY)).contains(family.youth);
    }

    @Test
    void fromSixteenTheYouthAloneDecides() {
        assertThat(RULES.requiredApprovers(family.subject, SIXTEENTH_BIRTHDAY.minusDays(1))).hasSize(3);
        assertThat(RULES.whoDecidesOn(family.subject, SIXTEENTH_BIRTHDAY)).isEqualTo(WhoDecides.YOUTH);
        assertThat(RULES.requiredApprovers(family.subject, SIXTEENTH_BIRTHDAY)).containsExactly(family.youth);
        assertThat(RULES.requiredApprovers(family.subject, SIXTEENTH_BIRTHDAY.plusYears(5))).containsExactly(family.youth);
    }

    @Test
    void aParentWithoutAuthorityNeverConsents() {
        for (var day : List.of(TWELFTH_BIRTHDAY.minusYears(3), TWELFTH_BIRTHDAY.plusYears(1), SIXTEENTH_BIRTHDAY)) {
            assertThat(RULES.requiredApprovers(family.subject, day)).as(day.toString()).doesNotContain(family.stepfather);
        }
    }

    @Test
    void aSingleParentWithAuthorityDecidesAloneForAYoungChild() {
        var mother = UUID.randomUUID();
        var subject = new Subject(UUID.randomUUID(), LocalDate.of(2020, 1, 1), List.of(new Subject.Parent(mother, true)));
        assertThat(RULES.requiredApprovers(subject, LocalDate.of(2026, 1, 1))).containsExactly(mother);
    }

    @Test
    void theAgeThresholdsAreConfiguration() {
        var rules = new ConsentAgeRules(10, 14);
        assertThat(rules.whoDecidesAt(9)).isEqualTo(WhoDecides.PARENTS);
        assertThat(rules.whoDecidesAt(10)).isEqualTo(WhoDecides.YOUTH_AND_PARENTS);
        assertThat(rules.whoDecidesAt(14)).isEqualTo(WhoDecides.YOUTH);
    }

    @Test
    void thresholdsInTheWrongOrderOrBeyondAdulthoodAreRefused() {
        assertThatThrownBy(() -> new ConsentAgeRules(16, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentAgeRules(0, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentAgeRules(12, 19)).isInstanceOf(IllegalArgumentException.class);
    }
}
