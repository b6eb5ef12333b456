package nl.kring.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stage of one match, as the programme's stage was when the match started: when the match entered it
 * (empty: not yet), the end the coordinator planned for it, and which of its required steps are done.
 */
public record MatchStage(int position, String name, List<String> requiredSteps, Optional<LocalDate> enteredOn,
        Optional<LocalDate> plannedUntil, Set<String> stepsDone) {

    public MatchStage {
        requiredSteps = List.copyOf(requiredSteps);
        stepsDone = Set.copyOf(stepsDone);
        enteredOn = enteredOn == null ? Optional.empty() : enteredOn;
        plannedUntil = plannedUntil == null ? Optional.empty() : plannedUntil;
    }

    /** The required steps not ticked off yet, in their order. */
    public List<String> missingSteps() {
        return requiredSteps.stream().filter(step -> !stepsDone.contains(step)).toList();
    }

    public boolean entered() {
        return enteredOn.isPresent();
    }
}
