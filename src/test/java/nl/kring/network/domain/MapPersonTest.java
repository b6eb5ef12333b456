package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapPersonTest {

    @Test
    void theLevelDecidesWhetherSomeoneIsProfessional() {
        var volunteerInProfessionalSector = MapPerson.builder("v", "Vera").at(-45, 20)
                .level(SupportLevel.ORGANISED_INFORMAL).build();
        var coachInFamilySector = MapPerson.builder("c", "Coach").at(45, 20)
                .level(SupportLevel.PROFESSIONAL).build();
        assertThat(volunteerInProfessionalSector.professional()).isFalse();
        assertThat(coachInFamilySector.professional()).isTrue();
    }

    @Test
    void withoutALevelTheProfessionalSectorDecides() {
        assertThat(MapPerson.builder("d", "Doctor").at(-45, 20).build().professional()).isTrue();
        assertThat(MapPerson.builder("g", "Gran").at(45, 20).build().professional()).isFalse();
    }

    @Test
    void unsetValuesTakeDefaults() {
        var person = new MapPerson("p", "Pim", " ", null, null, null, null, null, new Position(0, 10), null,
                null, null, true, true, false, false, null);
        assertThat(person.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(person.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(person.centreTie()).isEqualTo(CentreTie.EXISTING);
        assertThat(person.factor()).isEqualTo(Factor.NONE);
        assertThat(person.roleCode()).isNull();
        assertThat(person.note()).isEmpty();
        assertThat(person.supports()).isEmpty();
    }

    @Test
    void aPersonNeedsIdNameAndPosition() {
        assertThatThrownBy(() -> MapPerson.builder(" ", "x").at(0, 1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapPerson.builder("x", "").at(0, 1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapPerson.builder("x", "X").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderRoundTrips() {
        var person = MapPerson.builder("p", "Pim").at(10, 20).role("NEIGHBOUR", "buurman")
                .support(SupportType.LINKING, SupportDirection.MUTUAL).age(Age.band(AgeBand.SENIOR))
                .factor(Factor.PROTECTIVE).available(false).note("komt op woensdag").build();
        assertThat(person.toBuilder().build()).isEqualTo(person);
    }

    @Test
    void aTieHasNoDirection() {
        assertThat(new Tie("b", "a")).isEqualTo(new Tie("a", "b"));
        assertThat(new Tie("a", "a").selfTie()).isTrue();
    }

    @Test
    void aMapRefusesDuplicateIdsAndTiesToStrangers() {
        var pim = MapPerson.builder("p", "Pim").at(10, 20).build();
        assertThatThrownBy(() -> new MapVersion(Centre.named("Sam"), List.of(pim, pim), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapVersion(Centre.named("Sam"), List.of(pim), List.of(new Tie("p", "q"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
