package nl.kring.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a match stands in its programme's stages. The match is in the last stage it entered; it moves on to
 * the next only when every required step of the stage it is in is done, and never past the last stage (a
 * match ends by being closed, from any stage: a family may stop at any time). A closed match does not move.
 */
public record MatchProgress(List<MatchStage> stages, boolean closed) {

    public MatchProgress {
        stages = List.copyOf(stages);
    }

    /** The stage the match is in: the last one it entered. */
    public Optional<MatchStage> current() {
        return stages.stream().filter(MatchStage::entered).reduce((earlier, later) -> later);
    }

    /** The stage after the current one, if there is one. */
    public Optional<MatchStage> next() {
        var current = current();
        int position = current.map(MatchStage::position).orElse(-1);
        return stages.stream().filter(s -> s.position() > position).findFirst();
    }

    /** Refuses ticking off a step that is not a required step of the current stage, or one of a closed match. */
    public void checkTick(String step) {
        if (closed) {
            throw new InvalidMatchInput("step", "matching.match.error.closed");
        }
        var current = current().orElseThrow(() -> new InvalidMatchInput("step", "matching.match.error.step"));
        if (step == null || !current.requiredSteps().contains(step)) {
            throw new InvalidMatchInput("step", "matching.match.error.step");
        }
    }

    /**
     * Refuses moving on when the match is closed, in its last stage, or has required steps left in the current
     * stage; and a planned end of the next stage that lies before the day it is entered.
     */
    public MatchStage checkMoveOn(LocalDate on, Optional<LocalDate> plannedUntil) {
        if (closed) {
            throw new InvalidMatchInput("stage", "matching.match.error.closed");
        }
        var next = next().orElseThrow(() -> new InvalidMatchInput("stage", "matching.match.error.lastStage"));
        var current = current();
        if (current.isPresent() && !current.get().missingSteps().isEmpty()) {
            throw new InvalidMatchInput("steps", "matching.match.error.stepsMissing");
        }
        if (plannedUntil.isPresent() && plannedUntil.get().isBefore(on)) {
            throw new InvalidMatchInput("plannedUntil", "matching.match.error.plannedUntil");
        }
        return next;
    }
}
