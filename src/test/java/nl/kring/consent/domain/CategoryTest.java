package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryTest {

    static final Category PLAN = new Category("PLAN", "plan.category.PLAN");
    static final Category AGREEMENTS = new Category("AGREEMENTS", "plan.category.AGREEMENTS");

    @Test
    void aCategoryIsKnownByItsCodeNotByItsMessageKey() {
        assertThat(new Category("NOTES", "some.other.key")).isEqualTo(Category.NOTES);
        assertThat(Set.of(Category.NOTES)).contains(new Category("NOTES", "some.other.key"));
        assertThat(Category.NOTES.messageKey()).isEqualTo("consent.category.NOTES");
    }

    @Test
    void theCoreCategoriesAreTheNetworkMapWithOrWithoutNamesContactDetailsMemberBasicsAndNotes() {
        assertThat(CategoryRegistry.core().all()).extracting(Category::code)
                .containsExactly("NETWORK_MAP", "NETWORK_MAP_PSEUDONYMISED", "CONTACT_DETAILS", "MEMBER_BASICS", "NOTES");
    }

    @Test
    void laterCapabilitiesAddTheirOwnCategoriesWithoutChangingThisModule() {
        var registry = CategoryRegistry.core().with(PLAN, AGREEMENTS).with(Category.of("EVALUATIONS"), Category.of("MATCHES"));
        assertThat(registry.find("PLAN")).contains(PLAN);
        assertThat(registry.find("PLAN").orElseThrow().messageKey()).isEqualTo("plan.category.PLAN");
        assertThat(registry.all()).hasSize(9).endsWith(Category.of("MATCHES"));
    }

    @Test
    void aCodeIsRegisteredOnlyOnce() {
        assertThatThrownBy(() -> CategoryRegistry.core().with(new Category("NOTES", "plan.notes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOTES");
    }

    @Test
    void anUnknownCodeStillResolvesSoOldConsentsCanBeShown() {
        var registry = CategoryRegistry.core();
        assertThat(registry.find("PLAN")).isEmpty();
        assertThat(registry.resolve("PLAN").messageKey()).isEqualTo("consent.category.PLAN");
        assertThat(registry.resolve("NOTES")).isSameAs(Category.NOTES);
    }

    @Test
    void codesAreUpperCaseWithoutSpaces() {
        assertThatThrownBy(() -> Category.of("notes")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Category.of("MY NOTES")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Category("NOTES", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
