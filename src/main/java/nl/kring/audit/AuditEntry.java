package nl.kring.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit log: who (account and roles), which family and records, what, how it ended,
 * through which channel. Ids only — never names, search terms or other personal data.
 *
 * @param hiddenFromFamily the family's own audit view leaves this line out, because telling the family
 *        would endanger a child (sharing under a hidden exception); the team's privacy officer sees it
 */
public record AuditEntry(
        Optional<UUID> accountId,
        String actingRoles,
        Optional<UUID> familyId,
        List<String> recordIds,
        AuditAction action,
        Channel channel,
        Outcome outcome,
        boolean hiddenFromFamily) {

    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(outcome);
        recordIds = List.copyOf(recordIds);
        actingRoles = actingRoles == null ? "" : actingRoles;
    }

    /** A line the family sees in its own audit view, as almost all are. */
    public AuditEntry(Optional<UUID> accountId, String actingRoles, Optional<UUID> familyId, List<String> recordIds, AuditAction action,
            Channel channel, Outcome outcome) {
        this(accountId, actingRoles, familyId, recordIds, action, channel, outcome, false);
    }

    /** The same line, left out of the family's own audit view. */
    public AuditEntry hiddenFromTheFamily() {
        return new AuditEntry(accountId, actingRoles, familyId, recordIds, action, channel, outcome, true);
    }
}
