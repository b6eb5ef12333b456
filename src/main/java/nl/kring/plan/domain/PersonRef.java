package nl.kring.plan.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A person on one of the family's network maps, as a plan names them. The name is kept as it was
 * when the plan named them, so that an accepted plan still reads the same when the map changes.
 */
public record PersonRef(UUID mapId, String personId, String name) {

    public PersonRef {
        Objects.requireNonNull(mapId, "mapId");
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("a person reference needs the person's id on the map");
        }
        name = name == null ? "" : name.strip();
    }

    /** The same person on the same map, whatever name was kept. */
    public boolean samePerson(PersonRef other) {
        return mapId.equals(other.mapId) && personId.equals(other.personId);
    }

    /** The key the network module's signals use for this person: {@code mapId/personId}. */
    public String key() {
        return mapId + "/" + personId;
    }
}
