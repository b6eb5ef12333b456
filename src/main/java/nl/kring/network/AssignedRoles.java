package nl.kring.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The roles the family gave persons on a map outside the map itself (a youth's own mentor, JIM): the map shows them
 * beside the person, at support level {@link nl.kring.network.domain.SupportLevel#ASSIGNED_ROLE}. Another capability
 * answers; without it no person has such a role. Called only inside a read that passed the file's door.
 */
public interface AssignedRoles {

    /** Per person id on the map, the message keys of the roles they hold now. */
    Map<String, List<String>> rolesOn(UUID familyId, UUID mapId);
}
