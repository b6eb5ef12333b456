package nl.kring.privacy;

import java.util.UUID;

/**
 * Published in the transaction in which a family asked for its file to be destroyed ({@code pending}), or in which
 * that request was refused (no longer pending), so that what is derived from files (the anonymous insights) leaves
 * the file out from the moment the family asked.
 */
public record DestructionAsked(UUID familyId, boolean pending) {}
