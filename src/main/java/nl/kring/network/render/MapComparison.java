package nl.kring.network.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;

/**
 * What changed between two versions of a map, person by person (ids are stable across versions),
 * as highlights for {@link SvgOptions}.
 *
 * @param after highlights for drawing the later version: ADDED, CLOSER, FURTHER
 * @param before highlights for drawing the earlier version: REMOVED, CLOSER, FURTHER
 * @param removed persons of the earlier version that are gone, to draw as ghosts on the later map
 */
public record MapComparison(
        Map<String, HighlightKind> after, Map<String, HighlightKind> before, List<MapPerson> removed) {

    /** Moves smaller than this (in map units, 1/100 of the radius) are not shown as closer or further. */
    public static final double MIN_MOVE = 1.0;

    public MapComparison {
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        removed = List.copyOf(removed);
    }

    /** Compares an earlier and a later version of the same map. */
    public static MapComparison of(MapVersion earlier, MapVersion later) {
        var after = new LinkedHashMap<String, HighlightKind>();
        var before = new LinkedHashMap<String, HighlightKind>();
        var removed = new ArrayList<MapPerson>();
        for (MapPerson now : later.persons()) {
            var then = earlier.person(now.id());
            if (then.isEmpty()) {
                after.put(now.id(), HighlightKind.ADDED);
                continue;
            }
            double move = now.position().distance() - then.get().position().distance();
            if (move <= -MIN_MOVE) {
                after.put(now.id(), HighlightKind.CLOSER);
                before.put(now.id(), HighlightKind.CLOSER);
            } else if (move >= MIN_MOVE) {
                after.put(now.id(), HighlightKind.FURTHER);
                before.put(now.id(), HighlightKind.FURTHER);
            }
        }
        for (MapPerson then : earlier.persons()) {
            if (later.person(then.id()).isEmpty()) {
                before.put(then.id(), HighlightKind.REMOVED);
                removed.add(then);
            }
        }
        return new MapComparison(after, before, removed);
    }
}
