package nl.kring.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void withoutSmtpEverythingStaysInTheOutboxAndNothingIsSent() {
        var none = new Delivery(false, 10);
        assertThat(none.initialState()).isEqualTo(MailState.OUTBOX);
        assertThat(none.toSend(MailState.QUEUED, 0)).isFalse();
        assertThat(none.toSend(MailState.FAILED, 1)).isFalse();
    }

    @Test
    void withSmtpQueuedAndFailedAreSentUntilTheAttemptsAreUsed() {
        var smtp = new Delivery(true, 3);
        assertThat(smtp.initialState()).isEqualTo(MailState.QUEUED);
        assertThat(smtp.toSend(MailState.QUEUED, 0)).isTrue();
        assertThat(smtp.toSend(MailState.FAILED, 2)).isTrue();
        assertThat(smtp.toSend(MailState.FAILED, 3)).isFalse();
        assertThat(smtp.toSend(MailState.SENT, 1)).isFalse();
        assertThat(smtp.toSend(MailState.OUTBOX, 0)).isFalse();
        assertThat(smtp.willRetry(2)).isTrue();
        assertThat(smtp.willRetry(3)).isFalse();
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new Delivery(true, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorIsStoredOnOneShortLineWithItsCauses() {
        var error = new IllegalStateException("Mail server connection failed",
                new java.net.ConnectException("Connection refused\n  at localhost:25"));
        assertThat(Delivery.errorText(error))
                .isEqualTo("IllegalStateException: Mail server connection failed <- ConnectException: Connection refused at localhost:25");
        var longError = new RuntimeException("x".repeat(2000));
        assertThat(Delivery.errorText(longError)).hasSize(Delivery.MAX_ERROR_LENGTH).endsWith("…");
    }
}
