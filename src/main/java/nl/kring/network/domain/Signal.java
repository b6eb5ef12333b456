package nl.kring.network.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A warning on the map. The text shown to people comes from the message bundles
 * ({@link SignalCode#titleKey()}, {@link SignalCode#explanationKey()}); this record carries only the
 * code, the persons it is about (sorted ids, possibly none) and the figures behind it, by name.
 */
public record Signal(SignalCode code, List<String> personIds, Map<String, Object> figures) {

    public Signal {
        if (code == null) {
            throw new IllegalArgumentException("a signal needs a code");
        }
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        var copy = new LinkedHashMap<String, Object>();
        if (figures != null) {
            figures.forEach((name, value) -> {
                if (name == null || value == null) {
                    throw new IllegalArgumentException("signal figures need a name and a value");
                }
                copy.put(name, value);
            });
        }
        figures = Collections.unmodifiableMap(copy);
    }
}
