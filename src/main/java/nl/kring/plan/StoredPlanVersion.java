package nl.kring.plan;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.kring.plan.domain.PlanContent;

/** One version of a plan as it is kept, with the revision a change must be based on. */
public record StoredPlanVersion(UUID id, UUID planId, int number, int revision, PlanVersionStatus status, PlanContent content,
        Instant updatedAt, Optional<Instant> acceptedAt) {

    public boolean accepted() {
        return status == PlanVersionStatus.ACCEPTED;
    }
}
