package nl.kring.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Filters for an administrator's search of the whole audit log. */
public record AuditQuery(
        Optional<UUID> accountId,
        Optional<UUID> familyId,
        Optional<String> action,
        Optional<Outcome> outcome,
        Optional<Instant> from,
        Optional<Instant> until,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
