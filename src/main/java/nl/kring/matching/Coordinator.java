package nl.kring.matching;

import java.util.UUID;

/** A coordinator of an organisation: an account with the COORDINATOR role. */
public record Coordinator(UUID accountId, String displayName, String username) {}
