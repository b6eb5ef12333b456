package nl.kring.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.ClosingReason;

/** The course of care in one file as the insights count it: no names, only days, situations and outcomes. */
public record CourseOfCare(LocalDate openedOn, List<Closing> closings, List<Situation> situations, List<PlanStep> planSteps) {

    public CourseOfCare {
        closings = List.copyOf(closings);
        situations = List.copyOf(situations);
        planSteps = List.copyOf(planSteps);
    }

    /** A course without plans. */
    public CourseOfCare(LocalDate openedOn, List<Closing> closings, List<Situation> situations) {
        this(openedOn, closings, situations, List.of());
    }

    /** A step of one of the family's plans on a day: its category of {@link Measure#PLAN_STEPS}. */
    public record PlanStep(String step, LocalDate on) {}

    /** A closing on a day for a reason, reopened on a later day or not. */
    public record Closing(LocalDate closedOn, ClosingReason reason, Optional<LocalDate> reopenedOn) {}

    /** From {@code since} on, this youth's care situation was {@code situation}. */
    public record Situation(UUID youth, CareSituation situation, LocalDate since) {}
}
