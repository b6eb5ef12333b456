package nl.kring.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitiativeRulesTest {

    private static Initiative with(String name, Set<Element> elements, String website) {
        return new Initiative("test-1", Origin.ADDED, name, "In het kort", elements, List.of(), List.of(), "Voor wie", null,
                Set.of(TargetGroup.PARENTS), "Door wie", Set.of(Supporter.PEERS), List.of(), "Mail ons", website, "Overal", List.of(), true,
                Formality.INFORMAL, Reach.COLLECTIVE);
    }

    @Test
    void aCompleteEntryPasses() {
        assertThat(InitiativeRules.check(with("Ouderkring", EnumSet.of(Element.E3), "https://example.org/kring"))).isEmpty();
    }

    @Test
    void theTemplatesPartsAreRequiredAndAtLeastOneElement() {
        assertThat(InitiativeRules.check(with(" ", Set.of(), null)))
                .extracting(Problem::field).containsExactly("name", "elements");
    }

    @Test
    void aWebAddressMustBeAPlainHttpAddress() {
        assertThat(InitiativeRules.check(with("Kring", EnumSet.of(Element.E1), "javascript:alert(1)")))
                .extracting(Problem::field).containsExactly("website");
    }

    @Test
    void theElementsAreKeptInTheDocumentsOrder() {
        assertThat(with("Kring", EnumSet.of(Element.E8, Element.E1, Element.E4), null).elements())
                .containsExactly(Element.E1, Element.E4, Element.E8);
    }

    @Test
    void anAgeRangeMustBeOrdered() {
        assertThatThrownBy(() -> new AgeRange(12, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AgeRange(0, 1).contains(1)).isTrue();
    }
}
