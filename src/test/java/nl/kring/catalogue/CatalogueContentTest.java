package nl.kring.catalogue;

import static nl.kring.catalogue.domain.Element.E1;
import static nl.kring.catalogue.domain.Element.E2;
import static nl.kring.catalogue.domain.Element.E3;
import static nl.kring.catalogue.domain.Element.E4;
import static nl.kring.catalogue.domain.Element.E5;
import static nl.kring.catalogue.domain.Element.E6;
import static nl.kring.catalogue.domain.Element.E7;
import static nl.kring.catalogue.domain.Element.E8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kring.catalogue.domain.Element;
import nl.kring.catalogue.domain.Formality;
import nl.kring.catalogue.domain.Initiative;
import nl.kring.catalogue.domain.InitiativeRules;
import nl.kring.catalogue.domain.Origin;
import nl.kring.catalogue.domain.Reach;
import nl.kring.catalogue.store.SeedFile;
import org.junit.jupiter.api.Test;

/**
 * The starting content against seed 003: all thirteen examples are there, each with exactly the elements
 * the document lists under "present elements" in its own chapter, and on the dimensions of the document's
 * table; the other initiatives are marked as added; every entry meets the template's rules.
 *
 * <p>Two examples differ between their chapter and the summary table at the end of the document: the
 * chapter on Eigen Toekomst Plan lists E1 and not E3 (the table the other way round), the chapter on the
 * Jong Perspectief buddy project lists E6 (the table does not). The catalogue follows the chapters, whose
 * heading is the list of elements present; the table is only an overview.
 */
class CatalogueContentTest {

    private static final Map<String, Set<Element>> DOCUMENT_ELEMENTS = Map.ofEntries(
            Map.entry("ease", EnumSet.of(E1, E2, E3, E4, E5, E7, E8)),
            Map.entry("buurtgezinnen", EnumSet.allOf(Element.class)),
            Map.entry("duo-coaching", EnumSet.allOf(Element.class)),
            Map.entry("eigen-toekomst-plan", EnumSet.of(E1, E2, E4, E5, E6, E8)),
            Map.entry("ervaringscafe", EnumSet.of(E1, E2, E3, E4, E5, E7, E8)),
            Map.entry("pijnacker-nootdorp", EnumSet.allOf(Element.class)),
            Map.entry("giz", EnumSet.of(E1, E2, E4, E5, E6, E7, E8)),
            Map.entry("het-begint-bij-mij", EnumSet.allOf(Element.class)),
            Map.entry("home-start", EnumSet.allOf(Element.class)),
            Map.entry("jong-perspectief-maatjes", EnumSet.of(E1, E2, E3, E4, E5, E6, E7)),
            Map.entry("moeders-informeren-moeders", EnumSet.allOf(Element.class)),
            Map.entry("ouderkamer", EnumSet.allOf(Element.class)),
            Map.entry("pinkies", EnumSet.of(E2, E4, E5, E6, E7)));

    /** The document's table of the two dimensions (Pijnacker-Nootdorp, a municipality's policy, is not in it). */
    private static final Map<String, String> DOCUMENT_QUADRANT = Map.ofEntries(
            Map.entry("jong-perspectief-maatjes", "INFORMAL/INDIVIDUAL"), Map.entry("buurtgezinnen", "INFORMAL/INDIVIDUAL"),
            Map.entry("moeders-informeren-moeders", "INFORMAL/INDIVIDUAL"), Map.entry("home-start", "INFORMAL/INDIVIDUAL"),
            Map.entry("eigen-toekomst-plan", "INFORMAL/INDIVIDUAL"), Map.entry("giz", "FORMAL/INDIVIDUAL"),
            Map.entry("pinkies", "FORMAL/INDIVIDUAL"), Map.entry("ease", "FORMAL/INDIVIDUAL"), Map.entry("duo-coaching", "FORMAL/INDIVIDUAL"),
            Map.entry("ouderkamer", "INFORMAL/COLLECTIVE"), Map.entry("ervaringscafe", "INFORMAL/COLLECTIVE"),
            Map.entry("het-begint-bij-mij", "FORMAL/COLLECTIVE"));

    private final Map<String, Initiative> byId = SeedFile.read().stream().map(SeedFile.Entry::initiative)
            .collect(Collectors.toMap(Initiative::id, Function.identity()));

    @Test
    void allThirteenExamplesOfTheDocumentAreThereAndMarkedAsSuch() {
        var fromTheDocument = byId.values().stream().filter(i -> i.origin() == Origin.DOCUMENT).map(Initiative::id).collect(Collectors.toSet());
        assertThat(fromTheDocument).isEqualTo(DOCUMENT_ELEMENTS.keySet()).hasSize(13);
    }

    @Test
    void eachExampleHasExactlyTheElementsItsChapterListsAsPresent() {
        DOCUMENT_ELEMENTS.forEach((id, elements) ->
                assertThat(byId.get(id).elements()).as(id).containsExactlyElementsOf(elements));
    }

    @Test
    void eachExampleSitsWhereTheDocumentsTablePutsIt() {
        DOCUMENT_QUADRANT.forEach((id, quadrant) -> {
            var initiative = byId.get(id);
            assertThat(initiative.formality() + "/" + initiative.reach()).as(id).isEqualTo(quadrant);
        });
        assertThat(byId.get("pijnacker-nootdorp").formality()).isEqualTo(Formality.MIXED);
        assertThat(byId.get("pijnacker-nootdorp").reach()).isEqualTo(Reach.COLLECTIVE);
    }

    @Test
    void theInitiativesFromTheOtherSeedsAreMarkedAsAdded() {
        for (var id : Set.of("jim", "steunouders", "eigen-kracht-conferentie")) {
            assertThat(byId.get(id)).as(id).isNotNull();
            assertThat(byId.get(id).origin()).as(id).isEqualTo(Origin.ADDED);
        }
    }

    @Test
    void everyEntryFillsInTheTemplate() {
        byId.values().forEach(i -> {
            assertThat(InitiativeRules.check(i)).as(i.id()).isEmpty();
            assertThat(i.targetGroups()).as(i.id() + " for whom").isNotEmpty();
            assertThat(i.supporters()).as(i.id() + " by whom").isNotEmpty();
            assertThat(i.national() || !i.places().isEmpty() || i.id().equals("steunouders")).as(i.id() + " where").isTrue();
        });
        byId.values().stream().filter(i -> i.origin() == Origin.DOCUMENT).forEach(i -> {
            assertThat(i.whatWorks()).as(i.id() + " what works").isNotEmpty();
            assertThat(i.couldBeBetter()).as(i.id() + " what could be better").isNotEmpty();
            assertThat(i.needs()).as(i.id() + " what it needs").isNotEmpty();
        });
    }

    @Test
    void theAgesAreTheDocumentsAges() {
        assertThat(byId.get("ease").ages()).satisfies(a -> assertThat(a.from() + "-" + a.to()).isEqualTo("12-25"));
        assertThat(byId.get("ervaringscafe").ages()).satisfies(a -> assertThat(a.from() + "-" + a.to()).isEqualTo("16-30"));
        assertThat(byId.get("jong-perspectief-maatjes").ages()).satisfies(a -> assertThat(a.from() + "-" + a.to()).isEqualTo("6-24"));
        assertThat(byId.get("giz").ages()).satisfies(a -> assertThat(a.from() + "-" + a.to()).isEqualTo("0-23"));
    }
}
