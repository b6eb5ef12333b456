package nl.kring.family.domain;

import java.util.Optional;
import java.util.UUID;

/** Someone around the family with a Kring account, e.g. a grandparent. What they see is up to the family. */
public record NetworkContact(UUID id, Optional<UUID> accountId, String name, String roleLabel) {}
