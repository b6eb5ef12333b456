package nl.kring.consent.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One person's yes to a consent.
 *
 * @param memberId the family-member id of the youth or parent who approved
 * @param at when they approved
 */
public record Approval(UUID memberId, Instant at) {
    public Approval {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(at, "at");
    }
}
