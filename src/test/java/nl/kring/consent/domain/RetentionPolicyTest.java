package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    final LocalDate closedOn = LocalDate.of(2026, 6, 30);

    @Test
    void aClosedFileIsKeptTwentyYearsAfterCareEnded() {
        var policy = RetentionPolicy.DEFAULT;
        assertThat(policy.afterCare()).isEqualTo(Period.ofYears(20));
        assertThat(policy.dueOn(closedOn)).isEqualTo(LocalDate.of(2046, 6, 30));
        assertThat(policy.isDueForDestruction(closedOn, LocalDate.of(2046, 6, 29))).isFalse();
        assertThat(policy.isDueForDestruction(closedOn, LocalDate.of(2046, 6, 30))).isTrue();
        assertThat(policy.isDueForDestruction(closedOn, LocalDate.of(2050, 1, 1))).isTrue();
    }

    @Test
    void theRetentionPeriodIsConfiguration() {
        var policy = new RetentionPolicy(Period.ofYears(25));
        assertThat(policy.isDueForDestruction(closedOn, LocalDate.of(2046, 6, 30))).isFalse();
        assertThat(policy.isDueForDestruction(closedOn, LocalDate.of(2051, 6, 30))).isTrue();
    }

    @Test
    void everyFileClosedOnOrBeforeTheLastDueClosingDayIsDueAndNoOtherIs() {
        for (var period : List.of(Period.ofYears(20), Period.ofYears(21), Period.ofMonths(1), Period.of(0, 1, 1), Period.of(1, 2, 3),
                Period.ofDays(10))) {
            var policy = new RetentionPolicy(period);
            for (var today = LocalDate.of(2027, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1)); today = today.plusDays(1)) {
                var last = policy.lastClosingDayDueOn(today);
                assertThat(policy.isDueForDestruction(last, today)).as("%s on %s: %s is due", period, today, last).isTrue();
                assertThat(policy.isDueForDestruction(last.plusDays(1), today)).as("%s on %s: the day after %s is not", period, today, last)
                        .isFalse();
            }
        }
    }

    @Test
    void theEndOfAMonthIsNotMissed() {
        // closed on 31 January, kept one month: due on 28 February, like a file closed on 28 January
        var policy = new RetentionPolicy(Period.ofMonths(1));
        assertThat(policy.dueOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(policy.lastClosingDayDueOn(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 1, 31));
        // and 29 February 2028 plus 21 years is 28 February 2049
        assertThat(new RetentionPolicy(Period.ofYears(21)).lastClosingDayDueOn(LocalDate.of(2049, 2, 28)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aRetentionPeriodMustBePositive() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
