package nl.kring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import nl.kring.catalogue.domain.AgeRange;
import nl.kring.catalogue.domain.Element;
import nl.kring.catalogue.domain.Formality;
import nl.kring.catalogue.domain.Initiative;
import nl.kring.catalogue.domain.Origin;
import nl.kring.catalogue.domain.Reach;
import nl.kring.catalogue.domain.Supporter;
import nl.kring.catalogue.domain.TargetGroup;
import nl.kring.catalogue.store.CatalogueStore;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue over HTTP, without an account: the starting content, Dutch full text search ordered
 * by relevance, every filter, never an order by the number of elements, 400 naming the parameter, 404, the
 * entry page with its last-checked date and older versions. Initiatives a test adds have ids and words of
 * their own, so tests do not see each other's.
 */
@IntegrationTest
class CatalogueIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired CatalogueStore store;
    @Autowired Catalogue catalogue;

    private Http anonymous() {
        return Http.anonymous(port);
    }

    private JsonNode items(String query) {
        var response = anonymous().get("/api/v1/catalogue" + query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("items");
    }

    private static List<String> ids(JsonNode items) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String unique(String word) {
        return word + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "");
    }

    /** A small initiative of a test's own, published as its first version. */
    private Initiative add(String id, String name, String nutshell, Set<Element> elements, String body) {
        var initiative = new Initiative(id, Origin.ADDED, name, nutshell, elements, List.of(body), List.of(), "Voor gezinnen in de wijk",
                new AgeRange(4, 12), Set.of(TargetGroup.FAMILIES), "Door buurtgenoten", Set.of(Supporter.VOLUNTEERS), List.of(),
                "Via de buurtvereniging", null, "Testdorp", List.of("Testdorp"), false, Formality.INFORMAL, Reach.COLLECTIVE);
        store.insertInitiative(initiative, LocalDate.of(2026, 11, 30), Instant.now(), null);
        return initiative;
    }

    private static String testId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theStartingContentIsPublicAndInAlphabeticalOrderWithoutSearchWords() {
        var items = items("");
        var ids = ids(items);
        assertThat(ids).contains("ease", "buurtgezinnen", "duo-coaching", "eigen-toekomst-plan", "ervaringscafe", "pijnacker-nootdorp", "giz",
                "het-begint-bij-mij", "home-start", "jong-perspectief-maatjes", "moeders-informeren-moeders", "ouderkamer", "pinkies", "jim",
                "steunouders", "eigen-kracht-conferentie");
        var names = new ArrayList<String>();
        items.forEach(i -> names.add(i.get("name").asString()));
        assertThat(names).isSortedAccordingTo(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
        var ease = find(items, "ease");
        assertThat(ease.get("elements").toString()).isEqualTo("[\"E1\",\"E2\",\"E3\",\"E4\",\"E5\",\"E7\",\"E8\"]");
        assertThat(ease.get("origin").asString()).isEqualTo("DOCUMENT");
        assertThat(find(items, "jim").get("origin").asString()).isEqualTo("ADDED");
        // nothing in an item that could rank: no score, no count of elements
        assertThat(ease.has("score") || ease.has("rank") || ease.has("elementCount")).isFalse();
    }

    private static JsonNode find(JsonNode items, String id) {
        for (var item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + items);
    }

    @Test
    void searchWordsOrderByRelevanceNeverByTheNumberOfElements() {
        var word = unique("zeilkamp");
        // the name holds the word: most relevant, yet only one element
        var inName = add(testId(), "Het " + word + " voor ouders", "Samen varen en praten over opvoeden.", EnumSet.of(Element.E2),
                "Vrijwilligers varen mee.");
        // the word only once, deep in the text, with all eight elements
        var inText = add(testId(), "Aaa buurtboot", "Een boot in de wijk.", EnumSet.allOf(Element.class), "Soms gaat het mee naar het " + word + ".");

        assertThat(ids(items("?q=" + word))).containsExactly(inName.id(), inText.id());
        // without words: by name, so the one with all elements comes first only because of its name
        var all = ids(items(""));
        assertThat(all.indexOf(inText.id())).isLessThan(all.indexOf(inName.id()));
        var page = anonymous().get("/catalogus?q=" + word).body();
        assertThat(page.indexOf(inName.name())).isPositive().isLessThan(page.indexOf(inText.name()));
    }

    @Test
    void theSearchIsDutchFullText() {
        // a Dutch stem: "moeder" finds "Moeders informeren Moeders", "vrijwilligster" does not need to appear literally
        assertThat(ids(items("?q=moeder"))).contains("moeders-informeren-moeders");
        assertThat(ids(items("?q=" + URLEncoder.encode("\"eerste kind\"", StandardCharsets.UTF_8)))).contains("moeders-informeren-moeders");
        assertThat(ids(items("?q=" + URLEncoder.encode("maatje -jongeren", StandardCharsets.UTF_8)))).doesNotContain("jong-perspectief-maatjes");
        assertThat(ids(items("?q=qwxyzzy"))).isEmpty();
    }

    @Test
    void everyGivenElementMustBePresent() {
        var items = items("?element=E3&element=E6");
        assertThat(ids(items)).contains("buurtgezinnen", "home-start").doesNotContain("eigen-toekomst-plan", "ease", "pinkies", "giz");
        items.forEach(i -> assertThat(i.get("elements").toString()).contains("E3", "E6"));
        assertThat(ids(items("?element=E1&element=e8"))).contains("giz").doesNotContain("pinkies", "jong-perspectief-maatjes");
    }

    @Test
    void theDimensionFilterPlacesInitiativesOnTheirAxis() {
        assertThat(ids(items("?dimension=collective"))).contains("ouderkamer", "ervaringscafe", "het-begint-bij-mij", "pijnacker-nootdorp")
                .doesNotContain("buurtgezinnen", "ease", "home-start");
        // a policy that mixes informal and formal support matches both ends
        assertThat(ids(items("?dimension=informal"))).contains("buurtgezinnen", "pijnacker-nootdorp").doesNotContain("ease", "pinkies");
        assertThat(ids(items("?dimension=formal"))).contains("ease", "pinkies", "pijnacker-nootdorp").doesNotContain("buurtgezinnen");
    }

    @Test
    void theAgeFilterKeepsThoseForThatAgeAndThoseForEveryAge() {
        var sixteen = ids(items("?age=16"));
        assertThat(sixteen).contains("ease", "ervaringscafe", "jong-perspectief-maatjes", "eigen-toekomst-plan", "het-begint-bij-mij")
                .doesNotContain("moeders-informeren-moeders", "pinkies", "ouderkamer");
        assertThat(ids(items("?age=0"))).contains("pinkies", "moeders-informeren-moeders").doesNotContain("ease");
    }

    @Test
    void forWhomWhoSupportsAndRegionFilterToo() {
        assertThat(ids(items("?target=youth"))).contains("ease", "jim").doesNotContain("pinkies", "buurtgezinnen");
        assertThat(ids(items("?supporter=peers"))).contains("ease", "ervaringscafe").doesNotContain("home-start", "pinkies");
        assertThat(ids(items("?supporter=network"))).contains("jim", "eigen-kracht-conferentie").doesNotContain("ease");
        var zoetermeer = ids(items("?region=zoetermeer"));
        assertThat(zoetermeer).contains("jong-perspectief-maatjes", "home-start", "giz").doesNotContain("duo-coaching", "ouderkamer");
        assertThat(ids(items("?region=haag&element=E3&age=10"))).contains("duo-coaching").doesNotContain("pinkies", "ouderkamer");
    }

    @Test
    void aParameterThatCannotBeReadIsRefusedWith400NamingIt() {
        for (var bad : List.of("element=E9", "dimension=sideways", "age=twelve", "age=31", "target=grandparents", "supporter=robots")) {
            var response = anonymous().get("/api/v1/catalogue?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            var problem = JSON.readTree(response.body());
            assertThat(problem.get("field").asString()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
            assertThat(problem.get("detail").asString()).as(bad).isNotBlank();
        }
        assertThat(JSON.readTree(anonymous().get("/api/v1/catalogue?age=abc").body()).get("detail").asString()).contains("leeftijd");
        assertThat(JSON.readTree(anonymous().get("/api/v1/catalogue?age=abc&lang=en").body()).get("detail").asString()).contains("age in whole years");
        var page = anonymous().get("/catalogus?age=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"search-age-error\"", "aria-invalid=\"true\"", "value=\"abc\"");
    }

    @Test
    void anUnknownInitiativeIs404() {
        var api = anonymous().get("/api/v1/catalogue/no-such-initiative");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("detail").asString()).isNotBlank();
        assertThat(anonymous().get("/catalogus/no-such-initiative").statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/catalogus/ease/versies/99").statusCode()).isEqualTo(404);
    }

    @Test
    void anEntryShowsEveryPartOfTheTemplateAndWhenItWasLastChecked() {
        var entry = JSON.readTree(anonymous().get("/api/v1/catalogue/buurtgezinnen").body());
        for (var field : List.of("nutshell", "elements", "whatWorks", "couldBeBetter", "forWhom", "ages", "targetGroups", "byWhom", "supporters",
                "needs", "contact", "region", "formality", "reach", "lastChecked", "version", "origin")) {
            assertThat(entry.has(field)).as(field).isTrue();
        }
        assertThat(entry.get("formality").asString()).isEqualTo("INFORMAL");
        assertThat(entry.get("lastChecked").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        var page = anonymous().get("/catalogus/buurtgezinnen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Buurtgezinnen", "Laatst gecontroleerd op", "Wat werkt?", "Wat kan er nog beter?", "Voor wie?",
                "Door wie?", "Wat is er nodig?", "Contact", "Voorbeeld uit het document", "data-element=\"E8\"", "0 tot en met 17 jaar");
        assertThat(anonymous().get("/catalogus/jim?lang=en").body()).contains("Added to the catalogue", "What works?", "Last checked on");
    }

    @Test
    void aNewVersionIsShownAndTheOlderOneStaysReadable() {
        var first = add(testId(), "Ouderkring " + unique("test"), "De eerste beschrijving.", EnumSet.of(Element.E1, Element.E4), "Koffie.");
        var second = new Initiative(first.id(), first.origin(), first.name(), "De tweede beschrijving.", first.elements(), first.whatWorks(),
                first.couldBeBetter(), first.forWhom(), first.ages(), first.targetGroups(), first.byWhom(), first.supporters(), first.needs(),
                first.contact(), first.website(), first.region(), first.places(), first.national(), first.formality(), first.reach());
        assertThat(store.publishVersion(second, LocalDate.of(2026, 12, 1), Instant.now(), null)).isEqualTo(2);

        var current = anonymous().get("/catalogus/" + first.id()).body();
        assertThat(current).contains("De tweede beschrijving.", "Laatst gecontroleerd op 01-12-2026", "/catalogus/" + first.id() + "/versies/1")
                .doesNotContain("De eerste beschrijving.");
        var older = anonymous().get("/catalogus/" + first.id() + "/versies/1");
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.body()).contains("De eerste beschrijving.", "id=\"older-version\"", "Laatst gecontroleerd op 30-11-2026");
        var api = JSON.readTree(anonymous().get("/api/v1/catalogue/" + first.id()).body());
        assertThat(api.get("version").asInt()).isEqualTo(2);
        assertThat(api.get("versions").size()).isEqualTo(2);
        assertThat(JSON.readTree(anonymous().get("/api/v1/catalogue/" + first.id() + "/versions/1").body()).get("nutshell").asString())
                .isEqualTo("De eerste beschrijving.");
    }

    @Test
    void whoCanHelpCanAskForFittingInitiatives() {
        var fitting = catalogue.findFitting(OptionalInt.of(14), EnumSet.of(Element.E2, Element.E3), Optional.of("Zoetermeer"));
        var ids = fitting.stream().map(e -> e.id()).toList();
        assertThat(ids).contains("jong-perspectief-maatjes", "ease", "home-start").doesNotContain("duo-coaching", "pinkies", "ervaringscafe");
    }

    @Test
    void theListPageWorksWithoutAnAccountAndFiltersByElement() {
        var page = anonymous().get("/catalogus?element=E6&dimension=collective");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ouderkamer", "Het Begint Bij Mij").doesNotContain(">Ervaringscafé (ExpEx Midden-Holland)<")
                .contains("id=\"element-E6\" value=\"E6\" checked");
        assertThat(anonymous().get("/").body()).contains("href=\"/catalogus\"");
    }
}
