package nl.kring.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit log: who (account and roles), which family and records, what, how it ended,
 * through which channel. Ids only — never names, search terms or other personal data.
 */
public record AuditEntry(
        Optional<UUID> accountId,
        String actingRoles,
        Optional<UUID> familyId,
        List<String> recordIds,
        AuditAction action,
        Channel channel,
        Outcome outcome) {

    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(outcome);
        recordIds = List.copyOf(recordIds);
        actingRoles = actingRoles == null ? "" : actingRoles;
    }
}
