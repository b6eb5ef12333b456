package nl.kring.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An account as an administrator sees it. */
public record AccountSummary(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        Optional<UUID> teamId,
        Optional<String> teamName,
        boolean enabled,
        Optional<Instant> lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
