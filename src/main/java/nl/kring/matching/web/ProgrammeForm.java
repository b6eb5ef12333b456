package nl.kring.matching.web;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kring.matching.MatchingRefusal;
import nl.kring.matching.domain.CriterionSetting;
import nl.kring.matching.domain.MatchCriterion;
import nl.kring.matching.domain.ProgrammeSettings;
import nl.kring.matching.domain.Requirement;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.Stage;
import nl.kring.matching.domain.SupportForm;

/**
 * What the coordinator typed on the programme form, kept as text so that a refused form comes back as it
 * was. Criteria come as {@code weight-<CRITERION>} and {@code hard-<CRITERION>}; stages as lines (see
 * {@link Stage#parseLines}); requirements as {@code requirement-<KIND>} with {@code validMonths-<KIND>} (blank:
 * valid for good) and one {@code screeningProfile} for the certificate of conduct.
 */
record ProgrammeForm(String name, String targetGroup, String ageFrom, String ageTo, String supportForm,
        String contactEveryWeeks, String lengthMonths, String rhythmNote, String maxDistanceKm, String volunteerCapacity,
        String stages, Map<MatchCriterion, String> weights, Map<MatchCriterion, Boolean> hardLimits,
        Map<RequirementKind, Boolean> required, Map<RequirementKind, String> validMonths, String screeningProfile) {

    static ProgrammeForm of(ProgrammeSettings settings) {
        var weights = new EnumMap<MatchCriterion, String>(MatchCriterion.class);
        var hard = new EnumMap<MatchCriterion, Boolean>(MatchCriterion.class);
        for (var criterion : MatchCriterion.values()) {
            var setting = settings.criterion(criterion);
            weights.put(criterion, String.valueOf(setting.weight()));
            hard.put(criterion, setting.hardLimit());
        }
        var required = new EnumMap<RequirementKind, Boolean>(RequirementKind.class);
        var months = new EnumMap<RequirementKind, String>(RequirementKind.class);
        String profile = "";
        for (var kind : RequirementKind.values()) {
            var requirement = settings.requirements().stream().filter(r -> r.kind() == kind).findFirst();
            required.put(kind, requirement.isPresent());
            months.put(kind, requirement.map(Requirement::validFor).orElse(kind.defaultValidity())
                    .map(p -> String.valueOf(p.toTotalMonths())).orElse(""));
            if (kind == RequirementKind.CERTIFICATE_OF_CONDUCT) {
                profile = requirement.flatMap(Requirement::screeningProfile).orElse("");
            }
        }
        return new ProgrammeForm(settings.name(), settings.targetGroup(), text(settings.ageFrom()), text(settings.ageTo()),
                settings.supportForm() == null ? "" : settings.supportForm().name(), text(settings.contactEveryWeeks()),
                text(settings.lengthMonths()), settings.rhythmNote(), text(settings.maxDistanceKm()),
                String.valueOf(settings.volunteerCapacity()), Stage.toLines(settings.stages()), weights, hard, required, months, profile);
    }

    static ProgrammeForm of(Map<String, String> fields) {
        var weights = new EnumMap<MatchCriterion, String>(MatchCriterion.class);
        var hard = new EnumMap<MatchCriterion, Boolean>(MatchCriterion.class);
        for (var criterion : MatchCriterion.values()) {
            weights.put(criterion, fields.getOrDefault("weight-" + criterion.name(), "0"));
            hard.put(criterion, fields.containsKey("hard-" + criterion.name()));
        }
        var required = new EnumMap<RequirementKind, Boolean>(RequirementKind.class);
        var months = new EnumMap<RequirementKind, String>(RequirementKind.class);
        for (var kind : RequirementKind.values()) {
            required.put(kind, fields.containsKey("requirement-" + kind.name()));
            months.put(kind, fields.getOrDefault("validMonths-" + kind.name(), ""));
        }
        return new ProgrammeForm(fields.getOrDefault("name", ""), fields.getOrDefault("targetGroup", ""),
                fields.getOrDefault("ageFrom", ""), fields.getOrDefault("ageTo", ""), fields.getOrDefault("supportForm", ""),
                fields.getOrDefault("contactEveryWeeks", ""), fields.getOrDefault("lengthMonths", ""),
                fields.getOrDefault("rhythmNote", ""), fields.getOrDefault("maxDistanceKm", ""),
                fields.getOrDefault("volunteerCapacity", ""), fields.getOrDefault("stages", ""), weights, hard, required, months,
                fields.getOrDefault("screeningProfile", ""));
    }

    /** The settings, or a refusal naming the field that is not a whole number or not a choice. */
    ProgrammeSettings settings() {
        SupportForm form;
        try {
            form = SupportForm.valueOf(supportForm);
        } catch (IllegalArgumentException e) {
            throw new MatchingRefusal(400, "matching.programme.error.supportForm", "supportForm");
        }
        var criteria = new ArrayList<CriterionSetting>();
        for (var criterion : MatchCriterion.values()) {
            int weight = whole(weights.get(criterion), "weight-" + criterion.name()).orElse(0);
            criteria.add(new CriterionSetting(criterion, weight, Boolean.TRUE.equals(hardLimits.get(criterion))));
        }
        var requirements = new ArrayList<Requirement>();
        for (var kind : RequirementKind.values()) {
            if (Boolean.TRUE.equals(required.get(kind))) {
                var months = whole(validMonths.get(kind), "validMonths-" + kind.name());
                if (months.isPresent() && (months.get() < 1 || months.get() > ProgrammeSettings.MAX_VALID_MONTHS)) {
                    throw new MatchingRefusal(400, "matching.programme.error.requirement", "validMonths-" + kind.name());
                }
                requirements.add(new Requirement(kind, months.map(Period::ofMonths),
                        kind == RequirementKind.CERTIFICATE_OF_CONDUCT ? Optional.ofNullable(screeningProfile) : Optional.empty()));
            }
        }
        return new ProgrammeSettings(name, targetGroup, whole(ageFrom, "ageFrom"), whole(ageTo, "ageTo"), form,
                whole(contactEveryWeeks, "contactEveryWeeks"), whole(lengthMonths, "lengthMonths"), rhythmNote,
                whole(maxDistanceKm, "maxDistanceKm"), whole(volunteerCapacity, "volunteerCapacity").orElse(0),
                Stage.parseLines(stages), List.copyOf(criteria), List.copyOf(requirements));
    }

    private static Optional<Integer> whole(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new MatchingRefusal(400, "matching.programme.error.number", field);
        }
    }

    private static String text(Optional<Integer> value) {
        return value.map(String::valueOf).orElse("");
    }
}
