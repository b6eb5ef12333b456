package nl.kring.plan;

import java.time.Instant;
import java.util.UUID;

/** A plan of a family as a list shows it: its latest version and whether that one is accepted. */
public record PlanSummary(UUID id, UUID familyId, String title, Instant createdAt, int latestNumber, PlanVersionStatus latestStatus,
        Instant updatedAt) {}
