package nl.kring.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a consent holds at a given moment, and if not, why not. Only {@link Effective} lets
 * anything be shown. The states are checked in this order: withdrawn, expired, not started, and
 * then the approvals.
 */
public sealed interface ConsentState {

    /** The consent holds: within its period, not withdrawn, and everyone who must approve has approved. */
    record Effective() implements ConsentState {}

    /**
     * Within its period and not withdrawn, but waiting for approvals.
     *
     * @param missing the member ids whose approval is still needed (empty only for
     *                {@link PendingReason#NO_PARENT_WITH_AUTHORITY})
     */
    record PendingApprovals(Set<UUID> missing, PendingReason reason) implements ConsentState {
        public PendingApprovals {
            missing = Set.copyOf(missing);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Withdrawn by this person at this moment; from that moment on nothing is shown. */
    record Withdrawn(UUID by, Instant at) implements ConsentState {}

    /** The end date has passed. */
    record Expired(LocalDate endedOn) implements ConsentState {}

    /** The start date has not come yet. */
    record NotStarted(LocalDate startsOn) implements ConsentState {}

    ConsentState EFFECTIVE = new Effective();

    default boolean isEffective() {
        return this instanceof Effective;
    }

    /** The key of this state's name in the message bundles, e.g. {@code consent.state.WITHDRAWN}. */
    default String messageKey() {
        return "consent.state." + switch (this) {
            case Effective e -> "EFFECTIVE";
            case PendingApprovals p -> "PENDING";
            case Withdrawn w -> "WITHDRAWN";
            case Expired e -> "EXPIRED";
            case NotStarted n -> "NOT_STARTED";
        };
    }
}
