package nl.kring.plan;

import java.time.Instant;
import java.util.UUID;

/** A network member's answer to an agreement they were given: they take it on, or not. */
public record AgreementAnswer(UUID agreementId, UUID accountId, Answer answer, Instant answeredAt) {

    public enum Answer {
        CONFIRMED, DECLINED
    }
}
