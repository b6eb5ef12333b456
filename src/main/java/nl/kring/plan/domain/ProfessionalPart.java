package nl.kring.plan.domain;

import java.util.List;

/** What professionals add to the plan: the safety conditions it must meet, and their own tasks with the step-down. */
public record ProfessionalPart(List<SafetyCondition> safetyConditions, List<ProfessionalTask> tasks, String comment) {

    public ProfessionalPart {
        safetyConditions = safetyConditions == null ? List.of() : List.copyOf(safetyConditions);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        comment = Agreement.clean(comment);
    }

    public static ProfessionalPart empty() {
        return new ProfessionalPart(List.of(), List.of(), "");
    }
}
