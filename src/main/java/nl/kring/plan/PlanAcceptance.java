package nl.kring.plan;

import java.time.Instant;
import java.util.UUID;

/** A family member accepted a version of the plan, as it read at {@code revision}. */
public record PlanAcceptance(UUID memberId, UUID accountId, int revision, Instant acceptedAt) {}
