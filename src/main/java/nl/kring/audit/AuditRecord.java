package nl.kring.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A stored audit line, as read back. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        Optional<UUID> accountId,
        String actingRoles,
        Optional<UUID> familyId,
        List<String> recordIds,
        String action,
        Channel channel,
        Outcome outcome,
        boolean hiddenFromFamily) {}
