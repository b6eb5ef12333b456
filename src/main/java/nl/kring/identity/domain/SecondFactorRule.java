package nl.kring.identity.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import nl.kring.identity.Role;

/**
 * For whom a second factor is required at sign-in. Staff who work with family files (or manage accounts, or
 * review the catalogue submissions with their senders' addresses and publish them)
 * must have one, outside demo mode; everyone else may turn it on for themselves, and off again.
 *
 * @param requiredRoles an account with any of these roles must have a second factor
 */
public record SecondFactorRule(Set<Role> requiredRoles) {

    public static final Set<Role> STAFF = Set.copyOf(EnumSet.of(Role.PROFESSIONAL, Role.COORDINATOR, Role.PRIVACY_OFFICER, Role.CATALOGUE_EDITOR,
            Role.ADMINISTRATOR));

    public SecondFactorRule {
        requiredRoles = Set.copyOf(requiredRoles);
    }

    /**
     * The rule from configuration: {@code configured} is a comma-separated list of roles, empty (or
     * {@code none}) for nobody, or {@code null} when not configured: then staff, except in demo mode,
     * where the published demo accounts must keep working with their password alone.
     */
    public static SecondFactorRule of(String configured, boolean demoMode) {
        if (configured == null) {
            return new SecondFactorRule(demoMode ? Set.of() : STAFF);
        }
        var trimmed = configured.strip();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
            return new SecondFactorRule(Set.of());
        }
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(trimmed.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(s -> roles.add(Role.valueOf(s.toUpperCase(Locale.ROOT))));
        return new SecondFactorRule(roles);
    }

    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    /** Nobody whose role requires a second factor may turn it off (an administrator may reset it). */
    public boolean mayTurnOff(Set<Role> roles) {
        return !requiredFor(roles);
    }
}
