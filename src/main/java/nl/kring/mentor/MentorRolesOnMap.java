package nl.kring.mentor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.network.AssignedRoles;
import org.springframework.stereotype.Component;

/** Tells the map which of its persons are a youth's own mentor now. */
@Component
class MentorRolesOnMap implements AssignedRoles {

    private final Mentors mentors;

    MentorRolesOnMap(Mentors mentors) {
        this.mentors = mentors;
    }

    @Override
    public Map<String, List<String>> rolesOn(UUID familyId, UUID mapId) {
        return mentors.mentorsOn(familyId, mapId).stream().collect(Collectors.toMap(id -> id, id -> List.of(Mentors.ROLE_KEY)));
    }
}
