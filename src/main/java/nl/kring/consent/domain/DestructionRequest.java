package nl.kring.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

/**
 * A request, in writing, to destroy (part of) the file about a youth. It must be decided and carried
 * out within three months of receipt. It may be refused only on one of the {@link RefusalGround}s.
 * Make one with {@link FileRights#requestDestruction}, which checks that the requester holds the
 * file rights.
 *
 * @param subjectId the family-member id of the youth the file is about
 * @param requestedBy the family-member id of the parent or youth who asked
 * @param receivedOn the day Kring received the request
 */
public record DestructionRequest(UUID subjectId, UUID requestedBy, LocalDate receivedOn) {

    /** The term within which the request is decided and carried out. */
    public static final Period DECISION_TERM = Period.ofMonths(3);

    /** The only grounds on which a destruction request may be refused. */
    public enum RefusalGround {
        /** Keeping the file is of substantial importance to someone other than the requester. */
        SUBSTANTIAL_INTEREST_OF_ANOTHER,
        /** A legal rule requires keeping it. */
        LEGAL_OBLIGATION;

        public String messageKey() {
            return "consent.destruction-refusal." + name();
        }
    }

    public DestructionRequest {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    /** The last day for the decision: the day of receipt plus three months (end of a shorter month if needed). */
    public LocalDate decideBy() {
        return receivedOn.plus(DECISION_TERM);
    }

    /** Whether the request is still undecided past its deadline on this day. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(decideBy());
    }
}
