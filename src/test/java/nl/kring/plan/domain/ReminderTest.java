package nl.kring.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTest {

    static final LocalDate ACCEPTED = LocalDate.of(2026, 10, 1);

    @Test
    void theFollowUpComesFourWeeksAfterAcceptanceForTwoWeeks() {
        assertThat(Reminder.due(ACCEPTED, List.of(), List.of(), ACCEPTED.plusDays(27))).isEmpty();
        assertThat(Reminder.due(ACCEPTED, List.of(), List.of(), ACCEPTED.plusDays(28)))
                .containsExactly(new Reminder(Reminder.Kind.FOLLOW_UP, ACCEPTED.plusDays(28)));
        assertThat(Reminder.due(ACCEPTED, List.of(), List.of(), ACCEPTED.plusDays(42))).isEmpty();
        assertThat(Reminder.due(ACCEPTED, List.of(), List.of(ACCEPTED.plusDays(20)), ACCEPTED.plusDays(30))).as("already evaluated").isEmpty();
    }

    @Test
    void anEvaluationMomentStaysDueUntilAnEvaluationIsHeldOnOrAfterIt() {
        var moment = ACCEPTED.plusDays(60);
        assertThat(Reminder.due(ACCEPTED, List.of(moment), List.of(), moment.minusDays(1))).isEmpty();
        assertThat(Reminder.due(ACCEPTED, List.of(moment), List.of(), moment.plusDays(30)))
                .containsExactly(new Reminder(Reminder.Kind.EVALUATION, moment));
        assertThat(Reminder.due(ACCEPTED, List.of(moment), List.of(moment.minusDays(5)), moment.plusDays(1))).as("held before the moment")
                .hasSize(1);
        assertThat(Reminder.due(ACCEPTED, List.of(moment), List.of(moment), moment.plusDays(1))).isEmpty();
    }
}
