package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
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
    void aRetentionPeriodMustBePositive() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
