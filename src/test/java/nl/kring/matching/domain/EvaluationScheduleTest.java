package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    @Test
    void aTwoYearSupportFamilyIsEvaluatedAfterThreeMonthsThenEverySixUntilItsEnd() {
        var length = Optional.of(24);
        assertThat(EvaluationSchedule.moment(START, length, 0).orElseThrow())
                .isEqualTo(new EvaluationMoment(0, EvaluationMoment.Kind.TRIAL, LocalDate.of(2026, 4, 15)));
        assertThat(EvaluationSchedule.moment(START, length, 1).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(EvaluationSchedule.moment(START, length, 3).orElseThrow().due()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(EvaluationSchedule.moment(START, length, 3).orElseThrow().kind()).isEqualTo(EvaluationMoment.Kind.PERIODIC);
        // 15-4-2028 would be after the planned end on 15-1-2028: the closing conversation covers it
        assertThat(EvaluationSchedule.moment(START, length, 4)).isEmpty();
        assertThat(EvaluationSchedule.plannedEnd(START, length)).contains(LocalDate.of(2028, 1, 15));
    }

    @Test
    void aYearIsEvaluatedEveryThreeMonthsAndShorterProgrammesHaveAShorterTrial() {
        assertThat(EvaluationSchedule.interval(Optional.of(12))).isEqualTo(Period.ofMonths(3));
        assertThat(EvaluationSchedule.moment(START, Optional.of(12), 2).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(EvaluationSchedule.moment(START, Optional.of(12), 3)).isEmpty();
        assertThat(EvaluationSchedule.trialPeriod(Optional.of(8))).isEqualTo(Period.ofMonths(2));
        assertThat(EvaluationSchedule.trialPeriod(Optional.of(2))).isEqualTo(Period.ofMonths(1));
    }

    @Test
    void withoutALengthTheEvaluationsGoOn() {
        assertThat(EvaluationSchedule.moment(START, Optional.empty(), 20)).isPresent();
        assertThat(EvaluationSchedule.plannedEnd(START, Optional.empty())).isEmpty();
    }

    @Test
    void theReminderIsDueFromTheNoticeBeforeTheEvaluationUntilItIsHeld() {
        var notice = Period.ofDays(7);
        var due = LocalDate.of(2026, 4, 15);
        assertThat(EvaluationSchedule.reminderDue(START, Optional.of(24), 0, due.minusDays(8), notice)).isEmpty();
        assertThat(EvaluationSchedule.reminderDue(START, Optional.of(24), 0, due.minusDays(7), notice).orElseThrow().index()).isZero();
        assertThat(EvaluationSchedule.reminderDue(START, Optional.of(24), 0, due.plusDays(30), notice)).isPresent();
        // the trial evaluation held: the next reminder is for the first periodic one, not before its notice
        assertThat(EvaluationSchedule.reminderDue(START, Optional.of(24), 1, due.plusDays(30), notice)).isEmpty();
        assertThat(EvaluationSchedule.reminderDue(START, Optional.of(24), 1, LocalDate.of(2026, 10, 9), notice).orElseThrow().index())
                .isEqualTo(1);
    }
}
