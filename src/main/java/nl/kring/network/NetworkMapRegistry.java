package nl.kring.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.store.NetworkMapStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating maps outside a person's request, as the demo data does. Like {@code FamilyRegistry}, it
 * checks no access: callers are the system itself, never a request.
 */
@Service
public class NetworkMapRegistry {

    private final NetworkMapStore store;

    public NetworkMapRegistry(NetworkMapStore store) {
        this.store = store;
    }

    /** A map with its versions, oldest first; version numbers are given from 1. */
    @Transactional
    public UUID createMap(UUID familyId, String title, MapSummary.Perspective perspective, MapSummary.CentreKind centreKind,
            Optional<UUID> centreMemberId, List<MapVersion> versions) {
        var mapId = store.insertMap(familyId, title, perspective, centreKind, centreMemberId, null);
        int number = 1;
        for (var version : versions) {
            store.insertVersion(mapId, new MapVersion(version.centre(), version.persons(), version.ties(), number++, title,
                    version.createdAt()), null);
        }
        return mapId;
    }
}
