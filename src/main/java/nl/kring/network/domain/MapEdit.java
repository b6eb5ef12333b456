package nl.kring.network.domain;

import java.util.List;

/** One change to the current version of a network map, as the editor, a form or the API sends it. */
public sealed interface MapEdit {

    /** A new person (or pet) on the map; the id is new within the map. */
    record AddPerson(MapPerson person) implements MapEdit {}

    /** Everything about a person at once, as the side panel or form submits it; the id stays the same. */
    record UpdatePerson(MapPerson person) implements MapEdit {}

    /** Dragged, or moved with the arrow keys. */
    record MovePerson(String personId, Position position) implements MapEdit {}

    /** Removes the person and the ties that touch them. */
    record RemovePerson(String personId) implements MapEdit {}

    /** Undo of a removal: the person comes back with the same id and their ties. */
    record RestorePerson(MapPerson person, List<Tie> ties) implements MapEdit {
        public RestorePerson {
            ties = List.copyOf(ties);
        }
    }

    /** Two network members know each other. */
    record AddTie(Tie tie) implements MapEdit {}

    record RemoveTie(String a, String b) implements MapEdit {}

    /** Who is in the centre of the map. */
    record UpdateCentre(Centre centre) implements MapEdit {}
}
