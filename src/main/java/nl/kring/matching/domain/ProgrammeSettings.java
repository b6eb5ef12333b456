package nl.kring.matching.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Everything a programme is configured with, nothing coded: its name; for whom (a description and the
 * youth's ages in whole years, either end open); who supports; the usual rhythm (contact every so many
 * weeks, a note such as "about 2.5 hours at home") and length in months; the stages of a match with
 * their required steps; the matching criteria with weights and hard limits; the maximum distance between
 * family and volunteer; how many matches a volunteer may have at once; what a volunteer must show before
 * being matched, and how long it stays valid. {@link #check} names the first field that is wrong.
 */
public record ProgrammeSettings(
        String name,
        String targetGroup,
        Optional<Integer> ageFrom,
        Optional<Integer> ageTo,
        SupportForm supportForm,
        Optional<Integer> contactEveryWeeks,
        Optional<Integer> lengthMonths,
        String rhythmNote,
        Optional<Integer> maxDistanceKm,
        int volunteerCapacity,
        List<Stage> stages,
        List<CriterionSetting> criteria,
        List<Requirement> requirements) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_AGE = 120;
    public static final int MAX_WEEKS = 52;
    public static final int MAX_MONTHS = 120;
    public static final int MAX_DISTANCE_KM = 500;
    public static final int MAX_CAPACITY = 20;
    public static final int MAX_STAGES = 20;
    public static final int MAX_STEPS = 20;
    public static final int MAX_VALID_MONTHS = 240;
    public static final int MAX_PROFILE_LENGTH = 100;

    /** A field that is wrong and the message key that says why. */
    public record Problem(String field, String messageKey) {}

    public ProgrammeSettings {
        name = name == null ? "" : name.strip();
        targetGroup = targetGroup == null ? "" : targetGroup.strip();
        rhythmNote = rhythmNote == null ? "" : rhythmNote.strip();
        ageFrom = ageFrom == null ? Optional.empty() : ageFrom;
        ageTo = ageTo == null ? Optional.empty() : ageTo;
        contactEveryWeeks = contactEveryWeeks == null ? Optional.empty() : contactEveryWeeks;
        lengthMonths = lengthMonths == null ? Optional.empty() : lengthMonths;
        maxDistanceKm = maxDistanceKm == null ? Optional.empty() : maxDistanceKm;
        stages = stages == null ? List.of() : List.copyOf(stages);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** The first problem, in the order of the form, or empty when the settings can be saved. */
    public Optional<Problem> check() {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return problem("name", "matching.programme.error.name");
        }
        if (targetGroup.length() > MAX_TEXT_LENGTH) {
            return problem("targetGroup", "matching.programme.error.tooLong");
        }
        if (outside(ageFrom, 0, MAX_AGE)) {
            return problem("ageFrom", "matching.programme.error.age");
        }
        if (outside(ageTo, 0, MAX_AGE)) {
            return problem("ageTo", "matching.programme.error.age");
        }
        if (ageFrom.isPresent() && ageTo.isPresent() && ageFrom.get() > ageTo.get()) {
            return problem("ageTo", "matching.programme.error.ageOrder");
        }
        if (supportForm == null) {
            return problem("supportForm", "matching.programme.error.supportForm");
        }
        if (outside(contactEveryWeeks, 1, MAX_WEEKS)) {
            return problem("contactEveryWeeks", "matching.programme.error.weeks");
        }
        if (outside(lengthMonths, 1, MAX_MONTHS)) {
            return problem("lengthMonths", "matching.programme.error.months");
        }
        if (rhythmNote.length() > MAX_TEXT_LENGTH) {
            return problem("rhythmNote", "matching.programme.error.tooLong");
        }
        if (outside(maxDistanceKm, 1, MAX_DISTANCE_KM)) {
            return problem("maxDistanceKm", "matching.programme.error.distance");
        }
        if (volunteerCapacity < 1 || volunteerCapacity > MAX_CAPACITY) {
            return problem("volunteerCapacity", "matching.programme.error.capacity");
        }
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            return problem("stages", "matching.programme.error.stages");
        }
        for (Stage stage : stages) {
            if (stage.name().isEmpty() || stage.name().length() > Stage.MAX_NAME_LENGTH
                    || stage.requiredSteps().size() > MAX_STEPS
                    || stage.requiredSteps().stream().anyMatch(step -> step.length() > MAX_NAME_LENGTH)) {
                return problem("stages", "matching.programme.error.stage");
            }
        }
        var seen = EnumSet.noneOf(MatchCriterion.class);
        for (CriterionSetting setting : criteria) {
            if (!seen.add(setting.criterion()) || !setting.weightInRange()) {
                return problem("weight-" + setting.criterion().name(), "matching.programme.error.weight");
            }
        }
        var required = EnumSet.noneOf(RequirementKind.class);
        for (Requirement requirement : requirements) {
            var validity = requirement.validFor();
            if (!required.add(requirement.kind())
                    || validity.isPresent() && (validity.get().getDays() != 0 || validity.get().toTotalMonths() > MAX_VALID_MONTHS)
                    || requirement.screeningProfile().map(String::length).orElse(0) > MAX_PROFILE_LENGTH) {
                return problem("validMonths-" + requirement.kind().name(), "matching.programme.error.requirement");
            }
        }
        if (criteria.stream().anyMatch(c -> c.criterion() == MatchCriterion.DISTANCE && c.hardLimit()) && maxDistanceKm.isEmpty()) {
            return problem("maxDistanceKm", "matching.programme.error.distanceForHardLimit");
        }
        return Optional.empty();
    }

    /** The setting of this criterion; a criterion that is not listed weighs nothing and limits nothing. */
    public CriterionSetting criterion(MatchCriterion criterion) {
        return criteria.stream().filter(c -> c.criterion() == criterion).findFirst()
                .orElse(new CriterionSetting(criterion, 0, false));
    }

    private static boolean outside(Optional<Integer> value, int min, int max) {
        return value.isPresent() && (value.get() < min || value.get() > max);
    }

    private static Optional<Problem> problem(String field, String messageKey) {
        return Optional.of(new Problem(field, messageKey));
    }
}
