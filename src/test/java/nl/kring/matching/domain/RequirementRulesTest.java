package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.kring.matching.domain.Availability.Code;
import nl.kring.matching.domain.Availability.Reason;
import org.junit.jupiter.api.Test;

class RequirementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    /** What a support family programme asks: a certificate of conduct, ID, the intake interview. */
    private static final List<Requirement> SUPPORT_FAMILY = List.of(Requirement.of(RequirementKind.CERTIFICATE_OF_CONDUCT),
            Requirement.of(RequirementKind.ID_CHECKED), Requirement.of(RequirementKind.INTAKE_INTERVIEW));

    private static Evidence certificate(LocalDate date) {
        return new Evidence(RequirementKind.CERTIFICATE_OF_CONDUCT, date, Optional.of("84"));
    }

    private static List<Evidence> allShownWithCertificateOf(LocalDate date) {
        return List.of(certificate(date), new Evidence(RequirementKind.ID_CHECKED, LocalDate.of(2024, 1, 10), Optional.empty()),
                new Evidence(RequirementKind.INTAKE_INTERVIEW, LocalDate.of(2024, 1, 12), Optional.empty()));
    }

    @Test
    void aVolunteerWithEveryRequirementMetIsAvailableUntilTheCertificateMustBeRenewed() {
        var availability = RequirementRules.availability(SUPPORT_FAMILY, allShownWithCertificateOf(LocalDate.of(2024, 1, 5)), TODAY);
        assertThat(availability).isEqualTo(new Availability.Available(Optional.of(LocalDate.of(2027, 1, 5))));
    }

    @Test
    void aCertificateOfConductExpiresThreeYearsAfterItsDateAndTakesTheVolunteerOutWithTheReason() {
        var issued = LocalDate.of(2023, 12, 4);
        var availability = RequirementRules.availability(SUPPORT_FAMILY, allShownWithCertificateOf(issued), TODAY);
        assertThat(availability).isEqualTo(new Availability.Unavailable(
                List.of(new Reason(RequirementKind.CERTIFICATE_OF_CONDUCT, Code.EXPIRED, Optional.of(TODAY)))));
        // the day before, it was still valid
        assertThat(RequirementRules.availability(SUPPORT_FAMILY, allShownWithCertificateOf(issued), TODAY.minusDays(1)).available()).isTrue();
    }

    @Test
    void theNewestCertificateCountsSoARenewalBringsTheVolunteerBack() {
        var evidence = new java.util.ArrayList<>(allShownWithCertificateOf(LocalDate.of(2022, 3, 1)));
        assertThat(RequirementRules.availability(SUPPORT_FAMILY, evidence, TODAY).available()).isFalse();
        evidence.add(certificate(LocalDate.of(2026, 11, 20)));
        assertThat(RequirementRules.availability(SUPPORT_FAMILY, evidence, TODAY))
                .isEqualTo(new Availability.Available(Optional.of(LocalDate.of(2029, 11, 20))));
    }

    @Test
    void everyUnmetRequirementIsListed() {
        var availability = RequirementRules.availability(SUPPORT_FAMILY,
                List.of(new Evidence(RequirementKind.ID_CHECKED, TODAY.plusDays(3), Optional.empty())), TODAY);
        assertThat(availability).isEqualTo(new Availability.Unavailable(List.of(
                new Reason(RequirementKind.CERTIFICATE_OF_CONDUCT, Code.MISSING, Optional.empty()),
                new Reason(RequirementKind.ID_CHECKED, Code.FUTURE_DATE, Optional.empty()),
                new Reason(RequirementKind.INTAKE_INTERVIEW, Code.MISSING, Optional.empty()))));
    }

    @Test
    void aCertificateForAnotherScreeningProfileDoesNotCount() {
        var required = List.of(new Requirement(RequirementKind.CERTIFICATE_OF_CONDUCT, Optional.of(Period.ofYears(3)), Optional.of("45")));
        var availability = RequirementRules.availability(required, List.of(certificate(LocalDate.of(2026, 1, 1))), TODAY);
        assertThat(availability).isEqualTo(new Availability.Unavailable(
                List.of(new Reason(RequirementKind.CERTIFICATE_OF_CONDUCT, Code.WRONG_SCREENING_PROFILE, Optional.empty()))));
    }

    @Test
    void aProgrammeMayChooseAnotherValidityAndTrainingDoesNotExpireByDefault() {
        var yearly = List.of(new Requirement(RequirementKind.CERTIFICATE_OF_CONDUCT, Optional.of(Period.ofYears(1)), Optional.empty()),
                Requirement.of(RequirementKind.TRAINING));
        var evidence = List.of(certificate(LocalDate.of(2025, 6, 1)), new Evidence(RequirementKind.TRAINING, LocalDate.of(2010, 1, 1), Optional.empty()));
        assertThat(RequirementRules.availability(yearly, evidence, TODAY)).isEqualTo(new Availability.Unavailable(
                List.of(new Reason(RequirementKind.CERTIFICATE_OF_CONDUCT, Code.EXPIRED, Optional.of(LocalDate.of(2026, 6, 1))))));
        assertThat(RequirementRules.availability(List.of(Requirement.of(RequirementKind.TRAINING)), evidence, TODAY))
                .isEqualTo(new Availability.Available(Optional.empty()));
        assertThatThrownBy(() -> new Requirement(RequirementKind.TRAINING, Optional.of(Period.ZERO), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRenewalIsDueWithinTheNoticeBeforeItExpires() {
        var evidence = allShownWithCertificateOf(LocalDate.of(2024, 1, 5)); // expires 2027-01-05
        assertThat(RequirementRules.renewalsDue(SUPPORT_FAMILY, evidence, TODAY, Period.ofWeeks(6)))
                .containsExactly(new RequirementRules.Renewal(RequirementKind.CERTIFICATE_OF_CONDUCT, LocalDate.of(2027, 1, 5)));
        assertThat(RequirementRules.renewalsDue(SUPPORT_FAMILY, evidence, TODAY, Period.ofDays(7))).isEmpty();
        // once expired it is no longer a renewal but a reason
        assertThat(RequirementRules.renewalsDue(SUPPORT_FAMILY, evidence, LocalDate.of(2027, 1, 5), Period.ofMonths(1))).isEmpty();
    }
}
