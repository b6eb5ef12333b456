package nl.kring.family;

import java.util.UUID;

/**
 * Published inside the transaction of every action on a family file that went through {@link FamilyFiles}'
 * door, and of the registry's own changes, so that a module keeping something derived from files (the
 * anonymous insights) brings it up to date in the same transaction. It says only which file; whoever listens
 * reads what it needs through {@link FamilyRegistry#facts}.
 */
public record FileChanged(UUID familyId) {}
