package nl.kring.network;

import nl.kring.network.domain.MapVersion;
import nl.kring.network.io.KringMapWriter;
import tools.jackson.databind.JsonNode;

/** A map version in Kring's own JSON format, for other modules' exports. */
public final class MapJson {

    private MapJson() {}

    public static JsonNode of(MapVersion version) {
        return KringMapWriter.toTree(version);
    }
}
