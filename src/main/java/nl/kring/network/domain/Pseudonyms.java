package nl.kring.network.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Pseudonyms for a case discussion: each person shown as their role and a number ("Grootouder 1",
 * "Buur 2"), made at display time from the map's order. The data itself never changes.
 */
public final class Pseudonyms {

    private Pseudonyms() {}

    /**
     * @param roleLabel the label of a role code in the reader's language; called with {@code null} for
     *        persons without a role code (the label for "person")
     */
    public static Map<String, String> of(MapVersion version, Function<String, String> roleLabel) {
        var counters = new HashMap<String, Integer>();
        var names = new LinkedHashMap<String, String>();
        for (var person : version.persons()) {
            var label = roleLabel.apply(person.kind() == EntryKind.PERSON ? person.roleCode() : "PET");
            int number = counters.merge(label, 1, Integer::sum);
            names.put(person.id(), label + " " + number);
        }
        return names;
    }
}
