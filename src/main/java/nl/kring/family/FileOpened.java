package nl.kring.family;

import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;

/**
 * Published inside the transaction that opened a family file, so a module that opened it from something
 * of its own (a support request: {@code openedFrom}) records that in the same transaction — and a refusal
 * there rolls the opening back.
 */
public record FileOpened(UUID familyId, CurrentUser openedBy, Optional<UUID> openedFrom) {}
