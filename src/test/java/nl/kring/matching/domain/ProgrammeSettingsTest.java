package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammeSettingsTest {

    /** Template words as their keys, enough to check the numbers and the shape. */
    private static ProgrammeSettings template(ProgrammeTemplate template) {
        return template.settings(key -> key.endsWith(".steps") ? "first step;second step" : key);
    }

    private static ProgrammeSettings supportFamily() {
        return template(ProgrammeTemplate.BUURTGEZINNEN);
    }

    private static ProgrammeSettings with(ProgrammeSettings s, Optional<Integer> ageFrom, Optional<Integer> ageTo,
            Optional<Integer> distance, List<Stage> stages, List<CriterionSetting> criteria) {
        return new ProgrammeSettings(s.name(), s.targetGroup(), ageFrom, ageTo, s.supportForm(), s.contactEveryWeeks(),
                s.lengthMonths(), s.rhythmNote(), distance, s.volunteerCapacity(), stages, criteria, s.requirements());
    }

    @Test
    void everyTemplateCanBeSavedAsItComes() {
        for (var template : ProgrammeTemplate.values()) {
            assertThat(template(template).check()).as(template.name()).isEmpty();
        }
    }

    @Test
    void theSupportFamilyTemplateHasTheGuidesFacts() {
        var settings = supportFamily();
        assertThat(settings.supportForm()).isEqualTo(SupportForm.HOUSEHOLD);
        assertThat(settings.maxDistanceKm()).contains(10);
        assertThat(settings.contactEveryWeeks()).contains(2);
        assertThat(settings.lengthMonths()).contains(24);
        // meet -> link with house rules -> trial period -> contract -> evaluations -> close
        assertThat(settings.stages()).hasSize(6);
        assertThat(settings.criterion(MatchCriterion.DISTANCE).hardLimit()).isTrue();
        assertThat(settings.criterion(MatchCriterion.CULTURE).weight()).isZero();
        // the volunteer requirements: a certificate of conduct renewed after three years, ID, an intake interview
        assertThat(settings.requirements()).containsExactly(
                new Requirement(RequirementKind.CERTIFICATE_OF_CONDUCT, Optional.of(Period.ofYears(3)), Optional.empty()),
                Requirement.of(RequirementKind.ID_CHECKED), Requirement.of(RequirementKind.INTAKE_INTERVIEW));
    }

    @Test
    void aRequirementTwiceOrValidForMoreThanTwentyYearsIsRefused() {
        var s = supportFamily();
        var twice = new ProgrammeSettings(s.name(), s.targetGroup(), s.ageFrom(), s.ageTo(), s.supportForm(), s.contactEveryWeeks(),
                s.lengthMonths(), s.rhythmNote(), s.maxDistanceKm(), s.volunteerCapacity(), s.stages(), s.criteria(),
                List.of(Requirement.of(RequirementKind.TRAINING), Requirement.of(RequirementKind.TRAINING)));
        assertThat(twice.check()).contains(new ProgrammeSettings.Problem("validMonths-TRAINING", "matching.programme.error.requirement"));
        var tooLong = new ProgrammeSettings(s.name(), s.targetGroup(), s.ageFrom(), s.ageTo(), s.supportForm(), s.contactEveryWeeks(),
                s.lengthMonths(), s.rhythmNote(), s.maxDistanceKm(), s.volunteerCapacity(), s.stages(), s.criteria(),
                List.of(new Requirement(RequirementKind.CERTIFICATE_OF_CONDUCT, Optional.of(Period.ofMonths(241)), Optional.empty())));
        assertThat(tooLong.check()).contains(new ProgrammeSettings.Problem("validMonths-CERTIFICATE_OF_CONDUCT", "matching.programme.error.requirement"));
    }

    @Test
    void otherTemplatesKeepTheirNumbers() {
        var homeStart = template(ProgrammeTemplate.HOME_START);
        assertThat(homeStart.ageFrom()).contains(0);
        assertThat(homeStart.ageTo()).contains(6);
        assertThat(homeStart.contactEveryWeeks()).contains(1);
        assertThat(homeStart.volunteerCapacity()).isEqualTo(1);
        var buddies = template(ProgrammeTemplate.JONG_PERSPECTIEF);
        assertThat(buddies.ageFrom()).contains(6);
        assertThat(buddies.ageTo()).contains(24);
        assertThat(buddies.lengthMonths()).contains(12);
        var mothers = template(ProgrammeTemplate.MOEDERS_INFORMEREN_MOEDERS);
        assertThat(mothers.supportForm()).isEqualTo(SupportForm.PEER);
        assertThat(mothers.contactEveryWeeks()).contains(4);
        assertThat(mothers.criterion(MatchCriterion.CULTURE).weight()).isPositive();
        assertThat(mothers.requirements()).extracting(Requirement::kind).contains(RequirementKind.TRAINING);
    }

    @Test
    void theFirstWrongFieldIsNamed() {
        var s = supportFamily();
        assertThat(with(s, Optional.of(12), Optional.of(6), s.maxDistanceKm(), s.stages(), s.criteria()).check())
                .contains(new ProgrammeSettings.Problem("ageTo", "matching.programme.error.ageOrder"));
        assertThat(with(s, s.ageFrom(), s.ageTo(), Optional.empty(), s.stages(), s.criteria()).check())
                .contains(new ProgrammeSettings.Problem("maxDistanceKm", "matching.programme.error.distanceForHardLimit"));
        assertThat(with(s, s.ageFrom(), s.ageTo(), Optional.of(501), s.stages(), s.criteria()).check())
                .contains(new ProgrammeSettings.Problem("maxDistanceKm", "matching.programme.error.distance"));
        assertThat(with(s, s.ageFrom(), s.ageTo(), s.maxDistanceKm(), List.of(), s.criteria()).check())
                .contains(new ProgrammeSettings.Problem("stages", "matching.programme.error.stages"));
        assertThat(with(s, s.ageFrom(), s.ageTo(), s.maxDistanceKm(), List.of(new Stage(" ", List.of())), s.criteria()).check())
                .contains(new ProgrammeSettings.Problem("stages", "matching.programme.error.stage"));
        assertThat(with(s, s.ageFrom(), s.ageTo(), s.maxDistanceKm(), s.stages(),
                List.of(new CriterionSetting(MatchCriterion.LANGUAGE, 11, false))).check())
                .contains(new ProgrammeSettings.Problem("weight-LANGUAGE", "matching.programme.error.weight"));
        var unnamed = new ProgrammeSettings("  ", "", Optional.empty(), Optional.empty(), SupportForm.PEER, Optional.empty(),
                Optional.empty(), "", Optional.empty(), 1, s.stages(), List.of(), List.of());
        assertThat(unnamed.check()).contains(new ProgrammeSettings.Problem("name", "matching.programme.error.name"));
    }

    @Test
    void stagesReadFromLinesAndWriteBackTheSame() {
        var stages = Stage.parseLines("""
                Kennismaken: kennismakingsgesprek ; VOG
                
                Proefperiode
                Afsluiten: afsluitend gesprek;
                """);
        assertThat(stages).containsExactly(
                new Stage("Kennismaken", List.of("kennismakingsgesprek", "VOG")),
                new Stage("Proefperiode", List.of()),
                new Stage("Afsluiten", List.of("afsluitend gesprek")));
        assertThat(Stage.parseLines(Stage.toLines(stages))).isEqualTo(stages);
    }
}
