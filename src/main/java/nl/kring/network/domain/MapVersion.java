package nl.kring.network.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One version of a family's network map. Every person id occurs once and every tie joins two persons
 * of this version.
 *
 * @param number version number, 1 for the first map
 * @param title optional short title, for example the meeting at which the map was made
 * @param createdAt when this version was made; may be null when a file does not say
 */
public record MapVersion(
        Centre centre, List<MapPerson> persons, List<Tie> ties, int number, String title, Instant createdAt) {

    public MapVersion {
        if (centre == null) {
            throw new IllegalArgumentException("a map needs a centre");
        }
        persons = persons == null ? List.of() : List.copyOf(persons);
        ties = ties == null ? List.of() : List.copyOf(ties);
        var ids = new HashSet<String>();
        for (MapPerson person : persons) {
            if (!ids.add(person.id())) {
                throw new IllegalArgumentException("person id occurs twice: " + person.id());
            }
        }
        for (Tie tie : ties) {
            if (!ids.contains(tie.a()) || !ids.contains(tie.b())) {
                throw new IllegalArgumentException("tie to a person not on the map: " + tie);
            }
        }
        title = title == null ? "" : title;
    }

    public MapVersion(Centre centre, List<MapPerson> persons, List<Tie> ties) {
        this(centre, persons, ties, 1, "", null);
    }

    public Optional<MapPerson> person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
