package nl.kring.family.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Someone around the family, e.g. a grandparent, with or without a Kring account (yet). What they see is
 * up to the family.
 *
 * @param mapPerson the person on a network map this is, when they were invited from the map: the map,
 *        the plan and sharing then know who has an account
 */
public record NetworkContact(UUID id, Optional<UUID> accountId, String name, String roleLabel, Optional<MapPersonRef> mapPerson) {

    public NetworkContact(UUID id, Optional<UUID> accountId, String name, String roleLabel) {
        this(id, accountId, name, roleLabel, Optional.empty());
    }

    /** One person on one network map (person ids are stable across a map's versions). */
    public record MapPersonRef(UUID mapId, String personId) {}
}
