package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network map editor in a real browser, used the way people use it: by mouse (click an empty
 * spot to add someone, drag someone elsewhere), by keyboard only (Tab to a person, arrow keys, Enter,
 * Delete), with the plain forms, two people at once, and a browser that crashes halfway through
 * typing. Every change is checked where it shows (the map, the table, the figures) and again after a
 * reload, so that what is on screen is also what was saved. Axe checks the pages in the states these
 * steps lead to.
 *
 * <p>Each test makes its own map in the demo family "Gezin De Wit (demo)", so the tests do not depend
 * on each other or on their order. Those maps stay in the database, so the application context (and
 * its database) is not handed on to the test classes that run later: the crawl of {@link AccessibilityIT}
 * would otherwise find every page of a dozen extra maps.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MapEditorIT {

    static final String DE_WIT = "Gezin De Wit (demo)";
    static final String SAVED = "De kaart is opgeslagen.";
    static final String MOVED = "De nieuwe plek is opgeslagen.";

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    /** The maps page of De Wit, once found by following links; later tests go there directly. */
    private static String mapsPage;
    /** The professional signs in once: every test makes its own map, so nothing else carries over. */
    private static Browser signedIn;

    private Browser browser;

    @BeforeEach
    void professional() {
        browser = chromium.browser();
        if (signedIn != browser) {
            browser.forgetCookies().signIn("demo-professional");
            signedIn = browser;
        }
        browser.open("/");
    }

    /** (a) A new map from the family file; one person added by clicking the map, one with the form only. */
    @Test
    void professionalMakesAMapAndAddsPeopleByClickAndByForm() {
        browser.clickAndWait(By.linkText("Gezinnen"));
        browser.clickAndWait(By.linkText(DE_WIT));
        browser.clickAndWait(By.linkText("Netwerkkaarten van dit gezin"));
        assertThat(browser.heading()).isEqualTo("Netwerkkaarten");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Netwerk van Noor (demo)");
        browser.type(By.id("map-title"), "Netwerk van Noor, eerste gesprek");
        browser.clickAndWait(By.cssSelector("main form[action$='/maps'] button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Netwerk van Noor, eerste gesprek");
        assertThat(browser.path()).matches("/families/[0-9a-f-]{36}/maps/[0-9a-f-]{36}");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Er staat nog niemand op de kaart.");
        assertThat(figure(browser, "Personen")).isEqualTo("0");
        assertNoAxeViolations(browser, "the new, empty map");

        // A click on an empty spot up and to the right (45 degrees), halfway to the edge: family, middle circle.
        clickMapAt(45, 50);
        assertThat(value("person-sector")).isEqualTo("FAMILY");
        assertThat(value("person-circle")).isEqualTo("MIDDLE");
        assertThat(Double.parseDouble(value("person-angle"))).isCloseTo(45, within(2.0));
        assertThat(Double.parseDouble(value("person-distance"))).isCloseTo(50, within(2.0));
        assertThat(browser.find(By.cssSelector("#person-form details")).getDomProperty("open")).isEqualTo("true");
        assertThat(activeId(browser)).as("the click puts the cursor in the name field").isEqualTo("person-name");
        new Actions(browser.driver()).sendKeys("Oma Riet").perform();
        submitPersonForm(browser);
        assertThat(notices(browser)).contains(SAVED);
        assertThat(figure(browser, "Personen")).isEqualTo("1");

        addWithForm("Meester Ahmed", "SCHOOL_WORK", "OUTER");

        var drawn = drawn(browser);
        assertThat(drawn).extracting(Drawn::name).containsExactlyInAnyOrder("Oma Riet", "Meester Ahmed");
        var oma = byName(drawn, "Oma Riet");
        assertThat(oma.angle()).isCloseTo(45, within(2.0));
        assertThat(oma.distance()).isCloseTo(50, within(2.0));
        assertThat(oma.sector()).isEqualTo("FAMILY");
        assertThat(oma.circle()).isEqualTo("MIDDLE");
        var ahmed = byName(drawn, "Meester Ahmed");
        assertThat(ahmed.sector()).isEqualTo("SCHOOL_WORK");
        assertThat(ahmed.circle()).isEqualTo("OUTER");

        var table = table(browser);
        assertThat(table.keySet()).containsExactlyInAnyOrder("Oma Riet", "Meester Ahmed");
        assertThat(table.get("Oma Riet")).containsSubsequence("Familie", "Middelste cirkel");
        assertThat(table.get("Meester Ahmed")).containsSubsequence("School, werk en vereniging", "Buitenste cirkel");
        assertThat(browser.find(By.id("persons-heading")).getText()).isEqualTo("Op de kaart (2)");
        assertThat(figure(browser, "Personen")).isEqualTo("2");

        // After saving, the form is empty again, ready for the next person; nothing "restored" in it.
        assertThat(value("person-name")).isEmpty();
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).isFalse();
        assertNoAxeViolations(browser, "the map with two persons");

        // What is on screen was saved.
        browser.open(browser.path().replaceAll("\\?.*", ""));
        assertThat(drawn(browser)).extracting(Drawn::name).containsExactlyInAnyOrder("Oma Riet", "Meester Ahmed");
        assertThat(figure(browser, "Personen")).isEqualTo("2");

        // Only spaces as a name: the browser's 'required' lets it through, Kring refuses it and says where.
        browser.type(By.id("person-name"), "   ");
        submitPersonForm(browser);
        var error = browser.find(By.cssSelector("#map-workspace [role=alert]"));
        assertThat(error.getText()).contains("Controleer deze velden:", "Vul een naam of schuilnaam in");
        assertThat(browser.find(By.id("person-name")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(drawn(browser)).hasSize(2);
        assertNoAxeViolations(browser, "the person form with an error");
    }

    /** (b) Dragging a person with the mouse, then moving one with the arrow keys only. */
    @Test
    void dragWithTheMouseAndMoveWithTheKeyboard() {
        var editor = newMap("Slepen en schuiven");
        addWithForm("Oma Riet", "FAMILY", "MIDDLE");
        addWithForm("Buurman Piet", "FRIENDS", "OUTER");
        var before = byName(drawn(browser), "Oma Riet");

        // Drag: hold the person, move in a few steps, let go.
        var scale = ((Number) browser.js("return document.querySelector('#map-workspace svg.kring-map').getScreenCTM().a;")).doubleValue();
        var symbol = personElement(browser, before.id()).findElement(By.cssSelector(".kring-person__symbol"));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", symbol);
        int dx = -60;
        int dy = 45;
        swap(browser, () -> new Actions(browser.driver())
                .clickAndHold(symbol)
                .moveByOffset(dx / 3, dy / 3)
                .moveByOffset(dx / 3, dy / 3)
                .moveByOffset(dx / 3, dy / 3)
                .release()
                .perform());
        assertThat(notices(browser)).contains(MOVED);
        // Dropping a person is not a click on the map: the form stays empty.
        assertThat(value("person-name")).isEmpty();
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).isFalse();

        browser.open(editor);
        var dragged = byName(drawn(browser), "Oma Riet");
        var expected = position(point(before).x() + dx / scale, point(before).y() + dy / scale);
        assertThat(dragged.angle()).as("angle after the drag").isNotEqualTo(before.angle()).isCloseTo(expected.angle(), within(2.0));
        assertThat(dragged.distance()).as("distance after the drag").isNotEqualTo(before.distance())
                .isCloseTo(expected.distance(), within(2.0));

        // Keyboard only: Tab to Buurman Piet, four times up (closer to the middle), wait for the save.
        var piet = byName(drawn(browser), "Buurman Piet");
        tabTo(browser, piet.id());
        swap(browser, () -> new Actions(browser.driver())
                .sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP)
                .perform());
        assertThat(notices(browser)).contains(MOVED);
        assertThat(activePersonId(browser)).as("after the save, the moved person still has the focus").isEqualTo(piet.id());

        browser.open(editor);
        var moved = byName(drawn(browser), "Buurman Piet");
        assertThat(moved.distance()).as("distance after four presses of arrow up").isLessThan(piet.distance())
                .isCloseTo(piet.distance() - 16, within(0.2));
        assertThat(moved.angle()).isCloseTo(piet.angle(), within(0.1));
        assertThat(byName(drawn(browser), "Oma Riet").distance()).isEqualTo(dragged.distance());
    }

    /** (c) Enter on a focused person opens the edit form; Delete removes, "Ongedaan maken" brings them back. */
    @Test
    void editWithEnterRemoveWithDeleteAndUndo() {
        var editor = newMap("Wijzigen en weghalen");
        addWithForm("Tante Els", "FAMILY", "INNER");
        addWithForm("Juf Sanne", "SCHOOL_WORK", "MIDDLE");
        var els = byName(drawn(browser), "Tante Els");

        tabTo(browser, els.id());
        swap(browser, () -> new Actions(browser.driver()).sendKeys(Keys.ENTER).perform());
        assertThat(browser.find(By.id("person-form-heading")).getText()).isEqualTo("Tante Els wijzigen");
        assertThat(value("person-name")).isEqualTo("Tante Els");
        assertThat(activeId(browser)).as("Enter takes the keyboard to the edit form").isEqualTo("person-name");
        new Select(browser.find(By.id("person-support-EMOTIONAL"))).selectByVisibleText("Geeft steun");
        submitPersonForm(browser);
        assertThat(notices(browser)).contains(SAVED);
        assertThat(table(browser).get("Tante Els")).contains("Emotionele steun");

        browser.open(editor);
        assertThat(table(browser).get("Tante Els")).contains("Emotionele steun");
        tabTo(browser, els.id());
        swap(browser, () -> new Actions(browser.driver()).sendKeys(Keys.DELETE).perform());
        assertThat(drawn(browser)).extracting(Drawn::name).containsExactly("Juf Sanne");
        assertThat(table(browser).keySet()).containsExactly("Juf Sanne");
        assertThat(notices(browser)).anySatisfy(n -> assertThat(n).startsWith("Tante Els is van de kaart gehaald."));
        assertNoAxeViolations(browser, "the map right after removing someone (with the undo button)");
        var undo = browser.find(By.xpath("//div[@id='map-workspace']//button[normalize-space()='Ongedaan maken']"));
        assertThat(browser.driver().switchTo().activeElement()).as("after Delete, the undo button has the focus").isEqualTo(undo);

        swap(browser, () -> new Actions(browser.driver()).sendKeys(Keys.ENTER).perform());
        assertThat(notices(browser)).contains("De persoon staat weer op de kaart.");
        var back = byName(drawn(browser), "Tante Els");
        assertThat(back.id()).isEqualTo(els.id());
        assertThat(back.angle()).isEqualTo(els.angle());
        assertThat(back.distance()).isEqualTo(els.distance());
        assertThat(table(browser).get("Tante Els")).contains("Emotionele steun");

        browser.open(editor);
        assertThat(drawn(browser)).extracting(Drawn::name).containsExactlyInAnyOrder("Tante Els", "Juf Sanne");
    }

    /** (d) "Wie kent wie": a line between two persons. */
    @Test
    void tieBetweenTwoPersonsIsDrawn() {
        var editor = newMap("Wie kent wie");
        addWithForm("Opa Kees", "FAMILY", "INNER");
        addWithForm("Buurvrouw Ans", "FRIENDS", "MIDDLE");
        assertThat(browser.findAll(By.cssSelector("#map-workspace svg .kring-map__tie"))).isEmpty();
        assertThat(figure(browser, "Lijnen")).isEqualTo("0");

        new Select(browser.find(By.id("tie-a"))).selectByVisibleText("Opa Kees");
        new Select(browser.find(By.id("tie-b"))).selectByVisibleText("Buurvrouw Ans");
        swap(browser, () -> browser.find(By.cssSelector("form.kring-tie-form button[type=submit]")).click());
        assertThat(notices(browser)).contains("De lijn is toegevoegd.");

        var drawn = drawn(browser);
        var ids = Set.of(byName(drawn, "Opa Kees").id(), byName(drawn, "Buurvrouw Ans").id());
        var lines = browser.findAll(By.cssSelector("#map-workspace svg line.kring-map__tie"));
        assertThat(lines).hasSize(1);
        assertThat(Set.of(lines.getFirst().getDomAttribute("data-a"), lines.getFirst().getDomAttribute("data-b"))).isEqualTo(ids);
        // A line has no direction: either name may come first.
        assertThat(browser.find(By.cssSelector("section[aria-labelledby=ties-heading] ul")).getText())
                .containsAnyOf("Opa Kees – Buurvrouw Ans", "Buurvrouw Ans – Opa Kees");
        assertThat(figure(browser, "Lijnen")).isEqualTo("1");

        browser.open(editor);
        assertThat(browser.findAll(By.cssSelector("#map-workspace svg line.kring-map__tie"))).hasSize(1);
    }

    /** (e) A new version, someone moved closer, and the comparison says so. */
    @Test
    void newVersionAndComparison() {
        var editor = newMap("Twee gesprekken");
        addWithForm("Coach Mo", "PROFESSIONALS", "OUTER");
        addWithForm("Vriendin Lotte", "FRIENDS", "MIDDLE");

        browser.clickAndWait(By.xpath("//button[normalize-space()='Nieuwe versie beginnen']"));
        assertThat(notices(browser)).anySatisfy(n -> assertThat(n).startsWith("Een nieuwe versie is begonnen"));
        assertThat(browser.find(By.cssSelector("nav.kring-map-toolbar a[aria-current=page]")).getText()).isEqualTo("Versie 2");
        assertThat(browser.findAll(By.cssSelector("nav.kring-map-toolbar li a"))).extracting(WebElement::getText)
                .containsExactly("Versie 1", "Versie 2");

        var mo = byName(drawn(browser), "Coach Mo");
        tabTo(browser, mo.id());
        swap(browser, () -> new Actions(browser.driver())
                .sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP)
                .perform());
        assertThat(notices(browser)).contains(MOVED);

        browser.open(editor);
        assertThat(byName(drawn(browser), "Coach Mo").distance()).isLessThan(mo.distance());
        // The comparison control is one line: both selects and the button side by side, each select with an arrow.
        var from = browser.find(By.id("compare-from")).getRect();
        var to = browser.find(By.id("compare-to")).getRect();
        var compare = browser.find(By.cssSelector("form.kring-compare-form button[type=submit]")).getRect();
        int middle = from.getY() + from.getHeight() / 2;
        assertThat(List.of(to.getY() + to.getHeight() / 2, compare.getY() + compare.getHeight() / 2))
                .allSatisfy(y -> assertThat(y).isCloseTo(middle, within(8)));
        assertThat(from.getX() + from.getWidth()).isLessThan(to.getX());
        assertThat(to.getX() + to.getWidth()).isLessThan(compare.getX());
        assertThat(browser.find(By.id("compare-from")).getCssValue("background-image")).startsWith("url(\"data:image/svg+xml");
        new Select(browser.find(By.id("compare-from"))).selectByVisibleText("1");
        new Select(browser.find(By.id("compare-to"))).selectByVisibleText("2");
        browser.clickAndWait(By.cssSelector("form.kring-compare-form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Versie 1 en 2 vergeleken");
        var closer = browser.find(By.xpath("//dt[normalize-space()='Dichterbij gekomen']/following-sibling::dd"));
        assertThat(closer.getText()).isEqualTo("Coach Mo");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Verder weg").doesNotContain("Erbij gekomen");
        assertThat(browser.findAll(By.cssSelector("main svg.kring-map"))).hasSize(2);
        assertNoAxeViolations(browser, "the comparison of version 1 and 2");
    }

    /** (f) Every download, fetched with the browser's own session; the easyNWK file read back in. */
    @Test
    void downloadsAndEasyNwkRoundTrip() throws Exception {
        newMap("Om mee te nemen");
        addWithForm("Oma Riet", "FAMILY", "INNER");
        addWithForm("Meester Ahmed", "SCHOOL_WORK", "OUTER");
        addWithForm("Hond Bobbie", "FRIENDS", "MIDDLE");
        new Select(browser.find(By.id("tie-a"))).selectByVisibleText("Oma Riet");
        new Select(browser.find(By.id("tie-b"))).selectByVisibleText("Hond Bobbie");
        swap(browser, () -> browser.find(By.cssSelector("form.kring-tie-form button[type=submit]")).click());
        var names = table(browser).keySet();
        assertThat(names).containsExactlyInAnyOrder("Oma Riet", "Meester Ahmed", "Hond Bobbie");

        var links = new LinkedHashMap<String, String>();
        for (var link : browser.findAll(By.cssSelector("section[aria-labelledby=export-heading] a[download]"))) {
            var href = link.getDomProperty("href");
            links.put(href.replaceAll(".*/export/([^?]+).*", "$1"), href);
        }
        assertThat(links.keySet()).containsExactly("pdf", "png", "svg", "csv", "figures.csv", "graphml", "json", "easynwk");

        var cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        var downloads = new LinkedHashMap<String, Download>();
        for (var entry : links.entrySet()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(entry.getValue())).header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("status of the %s download", entry.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).as("%s is a download", entry.getKey())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
            downloads.put(entry.getKey(), new Download(response.headers().firstValue("Content-Type").orElse(""), response.body()));
        }
        var types = downloads.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().type()));
        var body = downloads.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().body()));

        assertThat(types.get("pdf")).isEqualTo("application/pdf");
        assertThat(new String(body.get("pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(types.get("png")).isEqualTo("image/png");
        assertThat(body.get("png")).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');

        assertThat(types.get("svg")).startsWith("image/svg+xml");
        var svg = new String(body.get("svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg", "Oma Riet", "Meester Ahmed", "Hond Bobbie");

        assertThat(types.get("csv")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        var csv = new String(body.get("csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.getFirst()).startsWith("\uFEFFid,naam,rol,");
        assertThat(csv).hasSize(1 + 3);
        assertThat(String.join("\n", csv)).contains("Oma Riet", "Meester Ahmed", "Hond Bobbie");

        assertThat(types.get("figures.csv")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        var figures = new String(body.get("figures.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(figures.getFirst()).isEqualTo("\uFEFFcode,kengetal,waarde");
        assertThat(figures).anySatisfy(line -> assertThat(line).startsWith("tieCount,").endsWith(",1"));

        assertThat(types.get("graphml")).startsWith("application/graphml+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var graphml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.get("graphml")));
        assertThat(graphml.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(graphml.getElementsByTagNameNS("*", "node").getLength()).as("GraphML nodes: the centre and three persons").isEqualTo(4);
        assertThat(graphml.getElementsByTagNameNS("*", "edge").getLength()).as("GraphML edges: one tie, three centre ties").isEqualTo(4);

        var json = JsonMapper.builder().build();
        assertThat(types.get("json")).startsWith("application/json");
        var kring = json.readTree(body.get("json"));
        assertThat(kring.path("format").asString()).isEqualTo("kring-network-map");
        assertThat(kring.path("persons").valueStream().map(p -> p.path("name").asString())).containsExactlyInAnyOrderElementsOf(names);

        assertThat(types.get("easynwk")).startsWith("application/json");
        JsonNode easy = json.readTree(body.get("easynwk"));
        assertThat(easy.path("versions").isArray()).isTrue();
        assertThat(easy.path("versions").size()).isEqualTo(1);
        assertThat(easy.path("versions").path(0).path("nwk").path("alteri").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrderElementsOf(names);

        // Read the easyNWK file back in through the import form: a new map with the same people.
        var file = Files.createTempFile("kring-map-", ".easynwk.json");
        try {
            Files.write(file, body.get("easynwk"));
            browser.clickAndWait(By.linkText("Terug naar de netwerkkaarten"));
            browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            new Select(browser.find(By.id("import-format"))).selectByValue("easynwk");
            browser.type(By.id("import-title"), "Ingelezen uit easyNWK");
            browser.clickAndWait(By.cssSelector("main form[action$='/maps/import'] button[type=submit]"));
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(browser.heading()).isEqualTo("Ingelezen uit easyNWK");
        assertThat(table(browser).keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(drawn(browser)).extracting(Drawn::name).containsExactlyInAnyOrderElementsOf(names);
        assertThat(browser.findAll(By.cssSelector("#map-workspace svg line.kring-map__tie"))).hasSize(1);
    }

    /** (g) The print view shows the map and the figures. */
    @Test
    void printView() {
        newMap("Om af te drukken");
        addWithForm("Oma Riet", "FAMILY", "INNER");
        addWithForm("Buurman Piet", "FRIENDS", "OUTER");

        browser.clickAndWait(By.linkText("Afdrukversie"));
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.heading()).isEqualTo("Om af te drukken");
        assertThat(drawnIn(browser, "main svg.kring-map")).extracting(Drawn::name).containsExactlyInAnyOrder("Oma Riet", "Buurman Piet");
        assertThat(browser.find(By.id("print-figures-heading")).getText()).isEqualTo("Kengetallen");
        assertThat(browser.find(By.xpath("//section[@aria-labelledby='print-figures-heading']//dt[normalize-space()='Personen']"
                + "/following-sibling::dd")).getText()).isEqualTo("2");
        assertNoAxeViolations(browser, "the print view");
    }

    /** On a 1280 × 800 screen the map and its signals are seen at once, and every section is reached from the page's own links. */
    @Test
    void theMapAndItsSignalsFitOneScreen() {
        newMap("Op een scherm");
        addWithForm("Oma Riet", "FAMILY", "INNER");
        var window = browser.driver().manage().window();
        var before = window.getSize();
        try {
            window.setSize(new org.openqa.selenium.Dimension(1280, 800));
            browser.js("document.querySelector('.kring-map-figure').scrollIntoView({block: 'start'});");
            var fits = (java.util.Map<?, ?>) browser.js("""
                    var svg = document.querySelector('.kring-map-canvas svg').getBoundingClientRect();
                    var signals = document.getElementById('signals-heading').getBoundingClientRect();
                    return {svgTop: svg.top, svgBottom: svg.bottom, signalsTop: signals.top, signalsBottom: signals.bottom,
                            height: window.innerHeight, signalsLeft: signals.left, svgRight: svg.right};""");
            double height = ((Number) fits.get("height")).doubleValue();
            assertThat(((Number) fits.get("svgTop")).doubleValue()).as(fits.toString()).isGreaterThanOrEqualTo(-1);
            assertThat(((Number) fits.get("svgBottom")).doubleValue()).as(fits.toString()).isLessThanOrEqualTo(height);
            assertThat(((Number) fits.get("signalsTop")).doubleValue()).as(fits.toString()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) fits.get("signalsBottom")).doubleValue()).as(fits.toString()).isLessThanOrEqualTo(height);
            // beside the map, not below it
            assertThat(((Number) fits.get("signalsLeft")).doubleValue()).as(fits.toString())
                    .isGreaterThanOrEqualTo(((Number) fits.get("svgRight")).doubleValue() - 1);
            for (var section : java.util.List.of("persons", "ties", "figures", "export")) {
                assertThat(browser.findAll(By.cssSelector("nav.kring-page-sections a[href='#" + section + "']"))).as(section).hasSize(1);
                assertThat(browser.findAll(By.id(section))).as(section).hasSize(1);
            }
        } finally {
            window.setSize(before);
        }
    }

    /** (h) Two people change the same map at once: the second hears about it and loses nothing. */
    @Test
    void conflictWhenSomeoneElseSavedFirst() {
        var editor = newMap("Samen tekenen");
        var youth = chromium.second();
        youth.signIn("demo-youth");
        youth.open(editor);
        assertThat(youth.heading()).isEqualTo("Samen tekenen");

        addWithForm("Opa Kees", "FAMILY", "INNER");

        youth.type(By.id("person-name"), "Vriendin Lotte");
        new Select(youth.find(By.id("person-sector"))).selectByValue("FRIENDS");
        submitPersonForm(youth);
        var conflict = youth.find(By.id("conflict"));
        assertThat(conflict.getText()).contains("Iemand anders was je net voor", "Vriendin Lotte toevoegen");
        assertThat(youth.find(By.id("person-name")).getDomProperty("value")).isEqualTo("Vriendin Lotte");
        assertThat(new Select(youth.find(By.id("person-sector"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("FRIENDS");
        assertThat(drawn(youth)).extracting(Drawn::name).containsExactly("Opa Kees");
        assertNoAxeViolations(youth, "the map with the conflict message");

        // Saved again, now on top of the current map, it goes through.
        submitPersonForm(youth);
        assertThat(youth.findAll(By.id("conflict"))).isEmpty();
        assertThat(notices(youth)).contains(SAVED);
        assertThat(drawn(youth)).extracting(Drawn::name).containsExactlyInAnyOrder("Opa Kees", "Vriendin Lotte");

        browser.open(editor);
        assertThat(drawn(browser)).extracting(Drawn::name).containsExactlyInAnyOrder("Opa Kees", "Vriendin Lotte");
    }

    /** (i) What was typed but not saved survives the page going away. */
    @Test
    void typingSurvivesAReload() {
        var editor = newMap("Niets kwijt");
        browser.type(By.id("person-name"), "Buurvrouw Ans");
        new Select(browser.find(By.id("person-circle"))).selectByValue("OUTER");

        browser.open(editor);
        assertThat(value("person-name")).isEqualTo("Buurvrouw Ans");
        assertThat(value("person-circle")).isEqualTo("OUTER");
        var restored = browser.find(By.id("draft-restored"));
        assertThat(restored.isDisplayed()).isTrue();
        assertThat(restored.getText()).startsWith("Wat je eerder invulde");
        assertNoAxeViolations(browser, "the map with a restored draft");

        submitPersonForm(browser);
        assertThat(notices(browser)).contains(SAVED);
        assertThat(byName(drawn(browser), "Buurvrouw Ans").circle()).isEqualTo("OUTER");

        // Once saved, the draft is gone: a reload shows an empty form and no notice.
        browser.open(editor);
        assertThat(value("person-name")).isEmpty();
        assertThat(browser.find(By.id("draft-restored")).isDisplayed()).isFalse();
    }

    // ---- helpers ----

    /** A new map for Noor through the maps page of De Wit; answers the editor's path. */
    private String newMap(String title) {
        if (mapsPage == null) {
            browser.clickAndWait(By.linkText("Gezinnen"));
            browser.clickAndWait(By.linkText(DE_WIT));
            browser.clickAndWait(By.linkText("Netwerkkaarten van dit gezin"));
            mapsPage = browser.path();
        } else {
            browser.open(mapsPage);
        }
        browser.type(By.id("map-title"), title);
        browser.clickAndWait(By.cssSelector("main form[action$='/maps'] button[type=submit]"));
        assertThat(browser.heading()).isEqualTo(title);
        return browser.path();
    }

    private void addWithForm(String name, String sector, String circle) {
        browser.type(By.id("person-name"), name);
        new Select(browser.find(By.id("person-sector"))).selectByValue(sector);
        new Select(browser.find(By.id("person-circle"))).selectByValue(circle);
        submitPersonForm(browser);
        assertThat(notices(browser)).as("after adding %s", name).contains(SAVED);
        assertThat(drawn(browser)).extracting(Drawn::name).contains(name);
    }

    private static void submitPersonForm(Browser on) {
        swap(on, () -> on.find(By.cssSelector("#person-form button[type=submit]")).click());
    }

    /**
     * Does something that replaces the map workspace (htmx swaps it, or a new page brings a new one)
     * and waits until the new workspace is there and the editor script has taken it over.
     */
    private static void swap(Browser on, Runnable action) {
        on.js("document.getElementById('map-workspace').kringOld = true;");
        action.run();
        new WebDriverWait(on.driver(), Browser.WAIT, Browser.POLL)
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the map workspace was not replaced on " + on.path())
                .until(d -> Boolean.TRUE.equals(on.js("""
                        var ws = document.getElementById('map-workspace');
                        return document.readyState === 'complete' && !!ws && ws.kringOld !== true
                            && ws.getAttribute('data-enhanced') === 'true'
                            && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling');
                        """)));
    }

    /** Clicks the map at a place given in map terms: angle in degrees, distance from the middle (edge at 100). */
    private void clickMapAt(double angle, double distance) {
        var radians = Math.toRadians(angle);
        @SuppressWarnings("unchecked")
        var at = (List<Number>) browser.js("""
                var svg = document.querySelector('#map-workspace svg.kring-map');
                svg.scrollIntoView({block: 'center'});
                var p = svg.createSVGPoint();
                p.x = arguments[0]; p.y = arguments[1];
                var s = p.matrixTransform(svg.getScreenCTM());
                var hit = document.elementFromPoint(s.x, s.y);
                return [s.x, s.y, svg.contains(hit) && !hit.closest('.kring-person') ? 1 : 0];
                """, distance * Math.cos(radians), -distance * Math.sin(radians));
        assertThat(at.get(2).intValue()).as("the spot at %s degrees, distance %s, is an empty part of the map", angle, distance).isEqualTo(1);
        new Actions(browser.driver()).moveToLocation((int) Math.round(at.get(0).doubleValue()), (int) Math.round(at.get(1).doubleValue()))
                .click().perform();
    }

    /** Puts the keyboard focus at the start of the content (as the skip link does) and presses Tab until the person has it. */
    private static void tabTo(Browser on, String personId) {
        on.js("document.getElementById('main').focus();");
        for (int i = 0; i < 80; i++) {
            new Actions(on.driver()).sendKeys(Keys.TAB).perform();
            if (personId.equals(activePersonId(on))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached person " + personId + " on " + on.path());
    }

    private static String activePersonId(Browser on) {
        return (String) on.js("var a = document.activeElement; return a && a.getAttribute ? a.getAttribute('data-person-id') : null;");
    }

    private static String activeId(Browser on) {
        return (String) on.js("return document.activeElement ? document.activeElement.id : null;");
    }

    private String value(String id) {
        return browser.find(By.id(id)).getDomProperty("value");
    }

    private static WebElement personElement(Browser on, String id) {
        return on.find(By.cssSelector("#map-workspace svg.kring-map g.kring-person[data-person-id='" + id + "']"));
    }

    /** A person as drawn on the map. */
    record Drawn(String id, String name, double angle, double distance, String sector, String circle) {}

    private static List<Drawn> drawn(Browser on) {
        return drawnIn(on, "#map-workspace svg.kring-map");
    }

    @SuppressWarnings("unchecked")
    private static List<Drawn> drawnIn(Browser on, String svg) {
        var raw = (List<List<Object>>) on.js("""
                return Array.from(document.querySelectorAll(arguments[0] + ' g.kring-person')).map(function (g) {
                  var label = g.querySelector('.kring-person__label');
                  return [g.getAttribute('data-person-id'), label ? label.textContent : '', g.getAttribute('data-angle'),
                          g.getAttribute('data-distance'), g.getAttribute('data-sector'), g.getAttribute('data-circle')];
                });
                """, svg);
        return raw.stream().map(r -> new Drawn((String) r.get(0), (String) r.get(1), Double.parseDouble((String) r.get(2)),
                Double.parseDouble((String) r.get(3)), (String) r.get(4), (String) r.get(5))).toList();
    }

    private static Drawn byName(List<Drawn> drawn, String name) {
        return drawn.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the map; drawn: " + drawn));
    }

    record Download(String type, byte[] body) {}

    record Point(double x, double y) {}

    record Position(double angle, double distance) {}

    /** Where a person is drawn, in the SVG's coordinates (as network-map.js and MapGeometry place them). */
    private static Point point(Drawn person) {
        var r = person.distance() > 100 ? 108 : person.distance();
        var radians = Math.toRadians(person.angle());
        return new Point(r * Math.cos(radians), -r * Math.sin(radians));
    }

    private static Position position(double x, double y) {
        return new Position(Math.toDegrees(Math.atan2(-y, x)), Math.sqrt(x * x + y * y));
    }

    /** The persons table: name to the other cells of the row. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> table(Browser on) {
        var rows = (List<List<Object>>) on.js("""
                return Array.from(document.querySelectorAll('#persons-table tbody tr')).map(function (tr) {
                  return [tr.querySelector('th span').innerText].concat(Array.from(tr.querySelectorAll('td')).map(function (td) {
                    return td.innerText.trim();
                  }));
                });
                """);
        var table = new LinkedHashMap<String, List<String>>();
        rows.forEach(r -> table.put((String) r.getFirst(), r.subList(1, r.size()).stream().map(String::valueOf).toList()));
        return table;
    }

    /** The value of one figure (Kengetallen) beside the map. */
    @SuppressWarnings("unchecked")
    private static String figure(Browser on, String label) {
        var figures = (List<List<String>>) on.js("""
                return Array.from(document.querySelectorAll('#map-workspace .kring-figures .utrecht-data-list__item')).map(function (item) {
                  return [item.querySelector('dt').innerText.trim(), item.querySelector('dd span').innerText.trim()];
                });
                """);
        return figures.stream().filter(f -> f.get(0).equals(label)).map(f -> f.get(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No figure " + label + " among " + figures));
    }

    @SuppressWarnings("unchecked")
    private static List<String> notices(Browser on) {
        return (List<String>) on.js("""
                return Array.from(document.querySelectorAll('#map-workspace [role=status]')).map(function (n) { return n.innerText.trim(); });
                """);
    }

    private static void assertNoAxeViolations(Browser on, String state) {
        var violations = Axe.scan(on);
        assertThat(violations).withFailMessage(() -> "WCAG 2.1 AA violations on " + on.path() + " (" + state + "):\n"
                + violations.stream().map(Axe.Violation::describe).collect(Collectors.joining("\n"))).isEmpty();
    }
}
