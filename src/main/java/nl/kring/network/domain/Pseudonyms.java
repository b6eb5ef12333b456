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

    /**
     * The map with everyone but the centre replaced by their pseudonym, for a recipient with whom the
     * family shares the map without the other persons' identities: names become role and number, and
     * what could name or single someone out goes (the free role text, notes, exact ages). The centre
     * (the youth or parent the map is about) stays, without the centre's note. Positions, support and
     * ties stay: they are what the map is for.
     */
    public static MapVersion applyTo(MapVersion version, Function<String, String> roleLabel) {
        var names = of(version, roleLabel);
        var persons = version.persons().stream()
                .map(p -> new MapPerson(p.id(), names.get(p.id()), p.roleCode(), "", p.gender(), p.kind(), null, p.level(), p.position(),
                        p.supports(), p.centreTie(), p.factor(), p.available(), p.reachable(), p.conflict(), p.deceased(), ""))
                .toList();
        var centre = version.centre();
        return new MapVersion(new Centre(centre.name(), centre.birthDate(), centre.age(), centre.gender(), ""), persons, version.ties(),
                version.number(), version.title(), version.createdAt());
    }
}
