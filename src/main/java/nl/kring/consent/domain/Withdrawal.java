package nl.kring.consent.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The withdrawal of a consent. It takes effect at once and cannot be undone: the family gives a new
 * consent instead.
 *
 * @param by the family-member id of the person who withdrew
 * @param at when they withdrew
 */
public record Withdrawal(UUID by, Instant at) {
    public Withdrawal {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
