package nl.kring.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in person as stored right now: roles and team are read from the database on every
 * request, so a change by an administrator takes effect on the very next request.
 */
public record CurrentUser(UUID accountId, String username, String displayName, Set<Role> roles, Optional<UUID> teamId) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Roles as a stable, comma-separated list of codes (for the audit log). */
    public String roleCodes() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
