package nl.kring.consent.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A consent that needs an answer because its youth grew older: since turning 12 their approval is
 * needed too, or since turning 16 they alone decide and have not approved. Kring asks the person(s)
 * in {@code answerFrom} at their next sign-in and flags the file until they answer (approve, or
 * withdraw to say no). Until then the consent shows nothing.
 *
 * @param answerFrom the member ids whose answer is needed (the youth)
 * @param reason {@link PendingReason#YOUTH_TURNED_12} or {@link PendingReason#YOUTH_TURNED_16}
 * @param since the birthday from which the answer is needed
 */
public record TransitionDue(Consent consent, Set<UUID> answerFrom, PendingReason reason, LocalDate since) {
    public TransitionDue {
        Objects.requireNonNull(consent, "consent");
        answerFrom = Set.copyOf(answerFrom);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
