package nl.kring.matching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is overdue in a running match, for the coordinator's overview: an evaluation that is due, no contact
 * logged for longer than the programme's rhythm (counted from the start while nothing is logged), the
 * current stage past the end planned for it, and the match past the programme's length. A closed match has
 * nothing overdue.
 */
public final class MatchSignals {

    private MatchSignals() {
    }

    public enum Kind {
        EVALUATION_DUE,
        NO_CONTACT,
        STAGE_OVERDUE,
        PAST_PLANNED_END;

        public String messageKey() {
            return "matching.match.signal." + name();
        }
    }

    /** One thing overdue and the day since when. */
    public record Signal(Kind kind, LocalDate since) {}

    /** What the signals are computed from. */
    public record Facts(LocalDate startedOn, Optional<Integer> contactEveryWeeks, Optional<Integer> lengthMonths, int evaluationsDone,
            Optional<LocalDate> lastContact, Optional<LocalDate> stagePlannedUntil, boolean closed) {}

    public static List<Signal> of(Facts facts, LocalDate today) {
        var signals = new ArrayList<Signal>();
        if (facts.closed()) {
            return signals;
        }
        EvaluationSchedule.next(facts.startedOn(), facts.lengthMonths(), facts.evaluationsDone())
                .filter(moment -> !moment.due().isAfter(today))
                .ifPresent(moment -> signals.add(new Signal(Kind.EVALUATION_DUE, moment.due())));
        facts.contactEveryWeeks().ifPresent(weeks -> {
            var expected = facts.lastContact().orElse(facts.startedOn()).plusWeeks(weeks);
            if (expected.isBefore(today)) {
                signals.add(new Signal(Kind.NO_CONTACT, expected));
            }
        });
        facts.stagePlannedUntil().filter(until -> until.isBefore(today))
                .ifPresent(until -> signals.add(new Signal(Kind.STAGE_OVERDUE, until)));
        EvaluationSchedule.plannedEnd(facts.startedOn(), facts.lengthMonths()).filter(end -> end.isBefore(today))
                .ifPresent(end -> signals.add(new Signal(Kind.PAST_PLANNED_END, end)));
        return signals;
    }
}
