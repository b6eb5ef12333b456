package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapEditingTest {

    static MapPerson person(String id, double angle, double distance) {
        return MapPerson.builder(id, "Persoon " + id).at(angle, distance).build();
    }

    static MapVersion grandmotherAndNeighbour() {
        return new MapVersion(Centre.named("Noor"),
                List.of(person("oma", 45, 20), person("buur", 120, 50)),
                List.of(new Tie("oma", "buur")));
    }

    @Test
    void addingAPersonPutsThemOnTheMap() {
        var after = MapEditing.apply(grandmotherAndNeighbour(), new MapEdit.AddPerson(person("coach", -120, 70)));
        assertThat(after.persons()).extracting(MapPerson::id).containsExactly("oma", "buur", "coach");
    }

    @Test
    void anIdCannotBeUsedTwice() {
        assertThatThrownBy(() -> MapEditing.apply(grandmotherAndNeighbour(), new MapEdit.AddPerson(person("oma", 0, 10))))
                .isInstanceOfSatisfying(MapEditing.EditRefused.class, e -> assertThat(e.refusal()).isEqualTo(MapEditing.Refusal.PERSON_EXISTS));
    }

    @Test
    void movingKeepsEverythingButThePosition() {
        var after = MapEditing.apply(grandmotherAndNeighbour(), new MapEdit.MovePerson("buur", new Position(100, 10)));
        var neighbour = after.person("buur").orElseThrow();
        assertThat(neighbour.position()).isEqualTo(new Position(100, 10));
        assertThat(neighbour.name()).isEqualTo("Persoon buur");
        assertThat(after.ties()).hasSize(1);
    }

    @Test
    void removingAPersonRemovesTheirTiesAndRestoringBringsBothBack() {
        var start = grandmotherAndNeighbour();
        var removed = MapEditing.apply(start, new MapEdit.RemovePerson("oma"));
        assertThat(removed.persons()).extracting(MapPerson::id).containsExactly("buur");
        assertThat(removed.ties()).isEmpty();

        var restored = MapEditing.apply(removed, new MapEdit.RestorePerson(start.person("oma").orElseThrow(), start.ties()));
        assertThat(restored.person("oma")).isPresent();
        assertThat(restored.ties()).containsExactly(new Tie("oma", "buur"));
    }

    @Test
    void restoringDoesNotBringBackATieToSomeoneWhoLeftMeanwhile() {
        var start = grandmotherAndNeighbour();
        var bothGone = MapEditing.apply(MapEditing.apply(start, new MapEdit.RemovePerson("oma")), new MapEdit.RemovePerson("buur"));
        var restored = MapEditing.apply(bothGone, new MapEdit.RestorePerson(start.person("oma").orElseThrow(), start.ties()));
        assertThat(restored.ties()).isEmpty();
    }

    @Test
    void tiesNeedTwoDifferentPersonsOnTheMapAndAreNotDuplicated() {
        var map = grandmotherAndNeighbour();
        assertThatThrownBy(() -> MapEditing.apply(map, new MapEdit.AddTie(new Tie("oma", "oma"))))
                .isInstanceOfSatisfying(MapEditing.EditRefused.class, e -> assertThat(e.refusal()).isEqualTo(MapEditing.Refusal.TIE_TO_SELF));
        assertThatThrownBy(() -> MapEditing.apply(map, new MapEdit.AddTie(new Tie("oma", "nobody"))))
                .isInstanceOfSatisfying(MapEditing.EditRefused.class, e -> assertThat(e.refusal()).isEqualTo(MapEditing.Refusal.PERSON_UNKNOWN));
        assertThatThrownBy(() -> MapEditing.apply(map, new MapEdit.AddTie(new Tie("buur", "oma"))))
                .isInstanceOfSatisfying(MapEditing.EditRefused.class, e -> assertThat(e.refusal()).isEqualTo(MapEditing.Refusal.TIE_EXISTS));
        assertThat(MapEditing.apply(map, new MapEdit.RemoveTie("buur", "oma")).ties()).isEmpty();
    }
}
