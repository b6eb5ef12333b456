package nl.kring.network.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies edits to a map version. Each edit keeps the version's invariants (unique ids, ties only
 * between persons on the map, no self-ties, no duplicate ties) or is refused with a reason.
 */
public final class MapEditing {

    private MapEditing() {}

    /** Why an edit cannot be applied; a code so that the message can be translated. */
    public enum Refusal {
        PERSON_EXISTS,
        PERSON_UNKNOWN,
        TIE_TO_SELF,
        TIE_EXISTS,
        TIE_UNKNOWN,
        TOO_MANY_PERSONS
    }

    public static final class EditRefused extends RuntimeException {
        private final Refusal refusal;

        public EditRefused(Refusal refusal, String detail) {
            super(refusal + ": " + detail);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Kring's limit per map; the same as for imported files. */
    public static final int MAX_PERSONS = 5000;

    /**
     * A new person for this version, named by another capability (an agreement given to someone not yet
     * on the map): in the outer circle, in the middle of the given sector, with an id new to the map.
     */
    public static MapPerson newPerson(MapVersion version, String name, Sector sector) {
        double angle = switch (sector == null ? Sector.FRIENDS : sector) {
            case FAMILY -> 45;
            case FRIENDS -> 135;
            case SCHOOL_WORK -> -135;
            case PROFESSIONALS -> -45;
        };
        String id;
        do {
            id = "p-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        } while (taken(version, id));
        return MapPerson.builder(id, name).at(angle, 80).build();
    }

    private static boolean taken(MapVersion version, String id) {
        return version.persons().stream().anyMatch(person -> person.id().equals(id));
    }

    public static MapVersion apply(MapVersion version, MapEdit edit) {
        var persons = new ArrayList<>(version.persons());
        var ties = new ArrayList<>(version.ties());
        var centre = version.centre();
        switch (edit) {
            case MapEdit.AddPerson add -> {
                requireNew(version, add.person().id());
                if (persons.size() >= MAX_PERSONS) {
                    throw new EditRefused(Refusal.TOO_MANY_PERSONS, String.valueOf(MAX_PERSONS));
                }
                persons.add(add.person());
            }
            case MapEdit.UpdatePerson update -> persons.set(indexOf(persons, update.person().id()), update.person());
            case MapEdit.MovePerson move -> {
                int index = indexOf(persons, move.personId());
                persons.set(index, persons.get(index).toBuilder().position(move.position()).build());
            }
            case MapEdit.RemovePerson remove -> {
                persons.remove(indexOf(persons, remove.personId()));
                ties.removeIf(tie -> tie.touches(remove.personId()));
            }
            case MapEdit.RestorePerson restore -> {
                requireNew(version, restore.person().id());
                persons.add(restore.person());
                for (var tie : restore.ties()) {
                    var other = tie.a().equals(restore.person().id()) ? tie.b() : tie.a();
                    // a tie to someone removed in the meantime cannot come back
                    if (version.person(other).isPresent() && !ties.contains(tie) && !tie.selfTie()) {
                        ties.add(tie);
                    }
                }
            }
            case MapEdit.AddTie add -> {
                var tie = add.tie();
                if (tie.selfTie()) {
                    throw new EditRefused(Refusal.TIE_TO_SELF, tie.a());
                }
                indexOf(persons, tie.a());
                indexOf(persons, tie.b());
                if (ties.stream().anyMatch(t -> t.a().equals(tie.a()) && t.b().equals(tie.b()))) {
                    throw new EditRefused(Refusal.TIE_EXISTS, tie.a() + "-" + tie.b());
                }
                ties.add(tie);
            }
            case MapEdit.RemoveTie remove -> {
                var normal = new Tie(remove.a(), remove.b());
                if (!ties.removeIf(t -> t.a().equals(normal.a()) && t.b().equals(normal.b()))) {
                    throw new EditRefused(Refusal.TIE_UNKNOWN, remove.a() + "-" + remove.b());
                }
            }
            case MapEdit.UpdateCentre update -> centre = update.centre();
        }
        return new MapVersion(centre, persons, ties, version.number(), version.title(), version.createdAt());
    }

    private static void requireNew(MapVersion version, String id) {
        if (version.person(id).isPresent()) {
            throw new EditRefused(Refusal.PERSON_EXISTS, id);
        }
    }

    private static int indexOf(List<MapPerson> persons, String id) {
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new EditRefused(Refusal.PERSON_UNKNOWN, id);
    }
}
