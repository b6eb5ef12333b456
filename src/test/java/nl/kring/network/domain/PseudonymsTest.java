package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    @Test
    void everyoneIsShownAsTheirRoleAndANumberWithoutChangingTheMap() {
        var grandmother = MapPerson.builder("a", "Truus").role("GRANDPARENT", null).at(10, 10).build();
        var grandfather = MapPerson.builder("b", "Henk").role("GRANDPARENT", null).at(20, 10).build();
        var neighbour = MapPerson.builder("c", "Els").role("NEIGHBOUR", null).at(120, 40).build();
        var unknown = MapPerson.builder("d", "Sam").at(-120, 40).build();
        var dog = MapPerson.builder("e", "Bobbie").kind(EntryKind.PET).at(60, 10).build();
        var map = new MapVersion(Centre.named("Noor"), List.of(grandmother, grandfather, neighbour, unknown, dog), List.of());

        var names = Pseudonyms.of(map, code -> code == null ? "Persoon" : switch (code) {
            case "GRANDPARENT" -> "Grootouder";
            case "NEIGHBOUR" -> "Buur";
            case "PET" -> "Huisdier";
            default -> code;
        });

        assertThat(names).containsExactly(
                java.util.Map.entry("a", "Grootouder 1"), java.util.Map.entry("b", "Grootouder 2"), java.util.Map.entry("c", "Buur 1"),
                java.util.Map.entry("d", "Persoon 1"), java.util.Map.entry("e", "Huisdier 1"));
        assertThat(map.person("a").orElseThrow().name()).isEqualTo("Truus");
    }
}
