package nl.kring.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A network member ticked off what they did for an agreement, on a day, with a note if they like. */
public record AgreementDone(UUID id, UUID agreementId, UUID accountId, LocalDate doneOn, String note, Instant recordedAt) {}
