package nl.kring.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueFilterTest {

    static Initiative initiative(String id, Set<Element> elements, Formality formality, Reach reach, AgeRange ages, List<String> places,
            boolean national) {
        return new Initiative(id, Origin.ADDED, "Naam " + id, "In het kort", elements, List.of("Werkt"), List.of(), "Voor gezinnen", ages,
                Set.of(TargetGroup.FAMILIES), "Door vrijwilligers", Set.of(Supporter.VOLUNTEERS), List.of(), "Bel ons", null, "Ergens", places,
                national, formality, reach);
    }

    private static final Initiative BUDDIES = initiative("buddies", EnumSet.of(Element.E1, Element.E2, Element.E5), Formality.INFORMAL,
            Reach.INDIVIDUAL, new AgeRange(6, 24), List.of("Zoetermeer", "Den Haag"), false);
    private static final Initiative TEAM = initiative("team", EnumSet.allOf(Element.class), Formality.MIXED, Reach.COLLECTIVE, null,
            List.of(), true);

    @Test
    void everyGivenElementMustBePresentNotJustOne() {
        var filter = CatalogueFilter.parse("", List.of("E1", "E3"), null, null, null, null, null);
        assertThat(filter.matches(BUDDIES)).isFalse();
        assertThat(filter.matches(TEAM)).isTrue();
        assertThat(CatalogueFilter.parse("", List.of("e1", "E5"), null, null, null, null, null).matches(BUDDIES)).isTrue();
    }

    @Test
    void aMixedInitiativeMatchesBothEndsOfItsDimension() {
        assertThat(CatalogueFilter.parse("", List.of(), "informal", null, null, null, null).matches(TEAM)).isTrue();
        assertThat(CatalogueFilter.parse("", List.of(), "formal", null, null, null, null).matches(TEAM)).isTrue();
        assertThat(CatalogueFilter.parse("", List.of(), "formal", null, null, null, null).matches(BUDDIES)).isFalse();
        assertThat(CatalogueFilter.parse("", List.of(), "individual", null, null, null, null).matches(TEAM)).isFalse();
        assertThat(CatalogueFilter.parse("", List.of(), "COLLECTIVE", null, null, null, null).matches(TEAM)).isTrue();
    }

    @Test
    void anInitiativeWithoutAnAgeIsForEveryAge() {
        var five = CatalogueFilter.parse("", List.of(), null, "5", null, null, null);
        assertThat(five.matches(BUDDIES)).isFalse();
        assertThat(five.matches(TEAM)).isTrue();
        assertThat(CatalogueFilter.parse("", List.of(), null, "24", null, null, null).matches(BUDDIES)).isTrue();
    }

    @Test
    void aRegionIsFoundByPartOfItsNameAndNationalOnesEverywhere() {
        assertThat(CatalogueFilter.parse("", List.of(), null, null, null, null, "haag").matches(BUDDIES)).isTrue();
        assertThat(CatalogueFilter.parse("", List.of(), null, null, null, null, "Utrecht").matches(BUDDIES)).isFalse();
        assertThat(CatalogueFilter.parse("", List.of(), null, null, null, null, "Utrecht").matches(TEAM)).isTrue();
    }

    @Test
    void whoSupportsAndForWhomFilter() {
        assertThat(CatalogueFilter.parse("", List.of(), null, null, "families", "volunteers", null).matches(BUDDIES)).isTrue();
        assertThat(CatalogueFilter.parse("", List.of(), null, null, "youth", null, null).matches(BUDDIES)).isFalse();
        assertThat(CatalogueFilter.parse("", List.of(), null, null, null, "professionals", null).matches(BUDDIES)).isFalse();
    }

    @Test
    void blankParametersCountAsAbsent() {
        assertThat(CatalogueFilter.parse("  ", List.of("", " "), "", " ", "", "", "  ")).isEqualTo(CatalogueFilter.none());
    }

    @Test
    void aParameterThatCannotBeReadIsNamed() {
        assertThatThrownBy(() -> CatalogueFilter.parse("", List.of("E9"), null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("element"));
        assertThatThrownBy(() -> CatalogueFilter.parse("", List.of(), "sideways", null, null, null, null))
                .isInstanceOfSatisfying(InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("dimension"));
        assertThatThrownBy(() -> CatalogueFilter.parse("", List.of(), null, "twelve", null, null, null))
                .isInstanceOfSatisfying(InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("age"));
        assertThatThrownBy(() -> CatalogueFilter.parse("", List.of(), null, "-1", null, null, null))
                .isInstanceOfSatisfying(InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("age"));
        assertThatThrownBy(() -> CatalogueFilter.parse("", List.of(), null, null, "grandparents", null, null))
                .isInstanceOfSatisfying(InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("target"));
        assertThatThrownBy(() -> CatalogueFilter.parse("x".repeat(201), List.of(), null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidFilter.class, e -> assertThat(e.parameter()).isEqualTo("q"));
    }

    @Test
    void theFitFilterForWhoCanHelpUsesOnlyAgeElementsAndRegion() {
        var fit = CatalogueFilter.fitting(OptionalInt.of(10), EnumSet.of(Element.E2), Optional.of("Zoetermeer"));
        assertThat(fit.matches(BUDDIES)).isTrue();
        assertThat(fit.matches(TEAM)).isTrue();
        assertThat(CatalogueFilter.fitting(OptionalInt.of(30), Set.of(), Optional.empty()).matches(BUDDIES)).isFalse();
    }
}
