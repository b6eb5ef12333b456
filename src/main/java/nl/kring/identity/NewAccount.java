package nl.kring.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What is needed to create a local account. The password is hashed before it is stored. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles, Optional<UUID> teamId) {}
