package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchSignalsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    private static MatchSignals.Facts facts(int evaluations, Optional<LocalDate> lastContact, Optional<LocalDate> stageUntil, boolean closed) {
        return new MatchSignals.Facts(START, Optional.of(2), Optional.of(24), evaluations, lastContact, stageUntil, closed);
    }

    @Test
    void aFreshMatchHasNothingOverdue() {
        assertThat(MatchSignals.of(facts(0, Optional.empty(), Optional.of(START.plusMonths(1)), false), START.plusDays(14))).isEmpty();
    }

    @Test
    void noContactForLongerThanTheRhythmCountsFromTheStartOrTheLastContact() {
        assertThat(MatchSignals.of(facts(0, Optional.empty(), Optional.empty(), false), START.plusDays(15)))
                .containsExactly(new MatchSignals.Signal(MatchSignals.Kind.NO_CONTACT, START.plusWeeks(2)));
        assertThat(MatchSignals.of(facts(0, Optional.of(START.plusDays(10)), Optional.empty(), false), START.plusDays(15))).isEmpty();
    }

    @Test
    void anEvaluationIsDueOnItsDayAndAStagePastItsPlannedEndIsOverdue() {
        var trialEnd = LocalDate.of(2026, 4, 15);
        var signals = MatchSignals.of(facts(0, Optional.of(trialEnd), Optional.of(trialEnd.minusDays(1)), false), trialEnd);
        assertThat(signals).containsExactly(new MatchSignals.Signal(MatchSignals.Kind.EVALUATION_DUE, trialEnd),
                new MatchSignals.Signal(MatchSignals.Kind.STAGE_OVERDUE, trialEnd.minusDays(1)));
        assertThat(MatchSignals.of(facts(1, Optional.of(trialEnd), Optional.empty(), false), trialEnd)).isEmpty();
    }

    @Test
    void pastThePlannedEndIsShownAndAClosedMatchHasNothingOverdue() {
        var late = LocalDate.of(2028, 2, 1);
        assertThat(MatchSignals.of(facts(4, Optional.of(late), Optional.empty(), false), late))
                .containsExactly(new MatchSignals.Signal(MatchSignals.Kind.PAST_PLANNED_END, LocalDate.of(2028, 1, 15)));
        assertThat(MatchSignals.of(facts(0, Optional.empty(), Optional.empty(), true), late)).isEmpty();
    }
}
