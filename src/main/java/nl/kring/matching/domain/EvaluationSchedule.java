package nl.kring.matching.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When a match is evaluated, from its programme's length: first at the end of the trial period, then
 * periodically until the planned end (which the closing conversation covers). The trial period is three
 * months, or a quarter of a programme shorter than a year (at least one month); after it, every six months,
 * or every three months in a programme of a year or less. Without a length the evaluations go on until the
 * match is closed.
 */
public final class EvaluationSchedule {

    private EvaluationSchedule() {
    }

    public static Period trialPeriod(Optional<Integer> lengthMonths) {
        int length = lengthMonths.orElse(Integer.MAX_VALUE);
        return length >= 12 ? Period.ofMonths(3) : Period.ofMonths(Math.max(1, length / 4));
    }

    public static Period interval(Optional<Integer> lengthMonths) {
        return lengthMonths.filter(length -> length <= 12).isPresent() ? Period.ofMonths(3) : Period.ofMonths(6);
    }

    /** The day the match is planned to end, if the programme has a length. */
    public static Optional<LocalDate> plannedEnd(LocalDate start, Optional<Integer> lengthMonths) {
        return lengthMonths.map(start::plusMonths);
    }

    /** Evaluation number {@code index}, or empty when it would fall on or after the planned end. */
    public static Optional<EvaluationMoment> moment(LocalDate start, Optional<Integer> lengthMonths, int index) {
        if (index < 0) {
            return Optional.empty();
        }
        var trialEnd = start.plus(trialPeriod(lengthMonths));
        var due = index == 0 ? trialEnd : trialEnd.plus(interval(lengthMonths).multipliedBy(index));
        var end = plannedEnd(start, lengthMonths);
        if (end.isPresent() && !due.isBefore(end.get())) {
            return Optional.empty();
        }
        return Optional.of(new EvaluationMoment(index, index == 0 ? EvaluationMoment.Kind.TRIAL : EvaluationMoment.Kind.PERIODIC, due));
    }

    /** The next evaluation after {@code done} evaluations were held. */
    public static Optional<EvaluationMoment> next(LocalDate start, Optional<Integer> lengthMonths, int done) {
        return moment(start, lengthMonths, done);
    }

    /** The next evaluation when its reminder is due today: from {@code notice} before it on, as long as it is not held. */
    public static Optional<EvaluationMoment> reminderDue(LocalDate start, Optional<Integer> lengthMonths, int done, LocalDate today,
            Period notice) {
        return next(start, lengthMonths, done).filter(moment -> !today.isBefore(moment.due().minus(notice)));
    }
}
