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

    @Test
    void aMapSharedWithoutNamesKeepsItsShapeButNotWhoTheOthersAre() {
        var grandmother = MapPerson.builder("a", "Truus").role("GRANDPARENT", "oma Truus van de bakkerij").at(10, 10)
                .age(Age.years(71)).support(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE).note("woont naast de school").build();
        var coach = MapPerson.builder("b", "Ahmed").role("COACH", null).at(160, 60).conflict(true).build();
        var map = new MapVersion(new Centre("Noor", java.time.LocalDate.of(2012, 3, 4), null, Gender.FEMALE, "zit in groep 8"),
                List.of(grandmother, coach), List.of(new Tie("a", "b", true)));

        var shared = Pseudonyms.applyTo(map, code -> code == null ? "Persoon" : code.equals("GRANDPARENT") ? "Grootouder" : "Coach");

        assertThat(shared.persons()).extracting(MapPerson::name).containsExactly("Grootouder 1", "Coach 1");
        var pseudonymousGrandmother = shared.person("a").orElseThrow();
        assertThat(pseudonymousGrandmother.roleText()).isNullOrEmpty();
        assertThat(pseudonymousGrandmother.note()).isNullOrEmpty();
        assertThat(pseudonymousGrandmother.age()).isNull();
        assertThat(pseudonymousGrandmother.position()).isEqualTo(grandmother.position());
        assertThat(pseudonymousGrandmother.supports()).isEqualTo(grandmother.supports());
        assertThat(shared.person("b").orElseThrow().conflict()).isTrue();
        assertThat(shared.ties()).isEqualTo(map.ties());
        assertThat(shared.centre().name()).as("the map is about Noor; the family shares that").isEqualTo("Noor");
        assertThat(shared.centre().note()).isNullOrEmpty();
        assertThat(shared.toString()).doesNotContain("Truus", "Ahmed", "bakkerij", "school", "groep 8");
    }
}
