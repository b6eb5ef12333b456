package nl.kring.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Starting points for a programme, with the facts of the domain guide (section 5): the numbers here, the
 * words in the message bundles ({@code matching.template.<NAME>.…}) so that a programme made from a
 * template starts in its coordinator's language. What the guide does not say stays empty.
 */
public enum ProgrammeTemplate {

    /** Support families for families asking for support: within 10 km, about every two weeks, closed after two years. */
    BUURTGEZINNEN(null, null, SupportForm.HOUSEHOLD, 2, 24, 10, 1, 6,
            List.of(weighed(MatchCriterion.DISTANCE, 8, true), weighed(MatchCriterion.AVAILABILITY, 6, false),
                    weighed(MatchCriterion.INTERESTS, 4, false), weighed(MatchCriterion.LANGUAGE, 4, false)), Requirements.SCREENED),
    /** Home visits for parents with children 0–6: about 2.5 hours a week, up to a year, one family per volunteer. */
    HOME_START(0, 6, SupportForm.INDIVIDUAL, 1, 12, null, 1, 5,
            List.of(weighed(MatchCriterion.AVAILABILITY, 8, false), weighed(MatchCriterion.LANGUAGE, 6, false),
                    weighed(MatchCriterion.DISTANCE, 5, false)), Requirements.SCREENED),
    /** A buddy for children and young people 6–24: every two weeks for a year after a short trial. */
    JONG_PERSPECTIEF(6, 24, SupportForm.INDIVIDUAL, 2, 12, null, 1, 5,
            List.of(weighed(MatchCriterion.INTERESTS, 8, false), weighed(MatchCriterion.AGE_PREFERENCE, 6, false),
                    weighed(MatchCriterion.AVAILABILITY, 6, false), weighed(MatchCriterion.DISTANCE, 4, false)), Requirements.SCREENED),
    /** Trained volunteer mothers visit mothers with a first child of 0–18 months, at least monthly. */
    MOEDERS_INFORMEREN_MOEDERS(0, 1, SupportForm.PEER, 4, null, null, 1, 4,
            List.of(weighed(MatchCriterion.LANGUAGE, 8, false), weighed(MatchCriterion.CULTURE, 6, false),
                    weighed(MatchCriterion.INTERESTS, 6, false), weighed(MatchCriterion.AGE_PREFERENCE, 4, false)), Requirements.SCREENED_AND_TRAINED);

    /**
     * The guide's volunteer requirements: every template asks a certificate of conduct (renewed after three
     * years), ID checked and an intake interview; Moeders informeren Moeders also its training.
     */
    private static final class Requirements {
        private static final List<Requirement> SCREENED = List.of(Requirement.of(RequirementKind.CERTIFICATE_OF_CONDUCT),
                Requirement.of(RequirementKind.ID_CHECKED), Requirement.of(RequirementKind.INTAKE_INTERVIEW));
        private static final List<Requirement> SCREENED_AND_TRAINED = List.of(Requirement.of(RequirementKind.CERTIFICATE_OF_CONDUCT),
                Requirement.of(RequirementKind.ID_CHECKED), Requirement.of(RequirementKind.TRAINING),
                Requirement.of(RequirementKind.INTAKE_INTERVIEW));
    }

    private final Integer ageFrom;
    private final Integer ageTo;
    private final SupportForm supportForm;
    private final Integer contactEveryWeeks;
    private final Integer lengthMonths;
    private final Integer maxDistanceKm;
    private final int volunteerCapacity;
    private final int stageCount;
    private final List<CriterionSetting> criteria;
    private final List<Requirement> requirements;

    ProgrammeTemplate(Integer ageFrom, Integer ageTo, SupportForm supportForm, Integer contactEveryWeeks,
            Integer lengthMonths, Integer maxDistanceKm, int volunteerCapacity, int stageCount, List<CriterionSetting> criteria,
            List<Requirement> requirements) {
        this.ageFrom = ageFrom;
        this.ageTo = ageTo;
        this.supportForm = supportForm;
        this.contactEveryWeeks = contactEveryWeeks;
        this.lengthMonths = lengthMonths;
        this.maxDistanceKm = maxDistanceKm;
        this.volunteerCapacity = volunteerCapacity;
        this.stageCount = stageCount;
        this.criteria = criteria;
        this.requirements = requirements;
    }

    private static CriterionSetting weighed(MatchCriterion criterion, int weight, boolean hardLimit) {
        return new CriterionSetting(criterion, weight, hardLimit);
    }

    /** The key of this template's text {@code part}: name, targetGroup, rhythmNote, stage.N, stage.N.steps. */
    public String messageKey(String part) {
        return "matching.template." + name() + "." + part;
    }

    /**
     * The settings this template starts with, its words looked up by {@code text} (a message key to the
     * text in the coordinator's language). Stage {@code N}'s steps are one text, separated by semicolons.
     */
    public ProgrammeSettings settings(Function<String, String> text) {
        var stages = new ArrayList<Stage>();
        for (int n = 1; n <= stageCount; n++) {
            stages.add(new Stage(text.apply(messageKey("stage." + n)),
                    List.of(text.apply(messageKey("stage." + n + ".steps")).split(";"))));
        }
        return new ProgrammeSettings(text.apply(messageKey("name")), text.apply(messageKey("targetGroup")),
                Optional.ofNullable(ageFrom), Optional.ofNullable(ageTo), supportForm, Optional.ofNullable(contactEveryWeeks),
                Optional.ofNullable(lengthMonths), text.apply(messageKey("rhythmNote")), Optional.ofNullable(maxDistanceKm),
                volunteerCapacity, stages, criteria, requirements);
    }
}
