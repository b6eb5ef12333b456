package nl.kring.family.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.audit.AuditRecord;

/** One line of "who looked at our file": a name resolved at display time, never stored in the log. */
public record AuditLine(Instant at, UUID accountId, String who, String roles, String action, String channel, String outcome) {

    public static List<AuditLine> of(List<AuditRecord> records, Map<UUID, String> names) {
        return records.stream()
                .map(r -> new AuditLine(r.occurredAt(), r.accountId().orElse(null),
                        r.accountId().map(id -> names.getOrDefault(id, "")).orElse(""),
                        r.actingRoles(), r.action(), r.channel().name(), r.outcome().name()))
                .toList();
    }
}
