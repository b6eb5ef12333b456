package nl.kring.suggestions.domain;

import java.util.Map;
import java.util.UUID;
import nl.kring.network.domain.NetworkFigures;

/**
 * One map of the family as needs are read from it: its figures with their signals, and the names of its persons
 * by id (the signals name persons by id only).
 */
public record MapFacts(UUID mapId, String title, NetworkFigures figures, Map<String, String> names) {

    public MapFacts {
        names = Map.copyOf(names);
    }

    public String key(String personId) {
        return mapId + "/" + personId;
    }
}
