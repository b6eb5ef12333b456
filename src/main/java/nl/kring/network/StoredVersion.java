package nl.kring.network;

import java.time.Instant;
import java.util.UUID;
import nl.kring.network.domain.MapVersion;

/**
 * One stored version of a map. {@code revision} rises with every change; a change must name the
 * revision it was based on, so that two people editing at once never overwrite each other.
 */
public record StoredVersion(UUID id, UUID mapId, int number, int revision, boolean latest, Instant updatedAt, MapVersion version) {}
