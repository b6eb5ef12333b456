package nl.kring.network.io;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kring.network.domain.MapVersion;

/** The versions of one map as read from a file, oldest first (by version number). */
public record MapHistory(List<MapVersion> versions) {

    public MapHistory {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("a map has at least one version");
        }
        versions = versions.stream().sorted(Comparator.comparingInt(MapVersion::number)).toList();
    }

    public static MapHistory of(MapVersion version) {
        return new MapHistory(List.of(version));
    }

    /** The newest version: the one with the highest number. */
    public MapVersion latest() {
        return versions.getLast();
    }

    /** The version before the newest, if any. */
    public Optional<MapVersion> previous() {
        return versions.size() < 2 ? Optional.empty() : Optional.of(versions.get(versions.size() - 2));
    }
}
