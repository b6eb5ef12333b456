package nl.kring.network;

import java.util.List;
import java.util.UUID;

/**
 * Organised informal support another capability arranged for a family (a volunteer matched through a programme):
 * the map lists them beside its persons at support level {@link nl.kring.network.domain.SupportLevel#ORGANISED_INFORMAL}
 * while it runs. Without such a capability there is none. Called only inside a read that passed the file's door.
 */
public interface RunningSupport {

    /** Who supports and through what (the programme's name). */
    record Supporter(String name, String through) {}

    List<Supporter> runningFor(UUID familyId);
}
