package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalogue in a real browser: a visitor without an account finds the catalogue from the home page,
 * searches in Dutch and filters by elements; a volunteer proposes a new initiative through the public form;
 * the catalogue editor signs in, finds the proposal and publishes it; the visitor then finds it by its
 * element and region, with today as its last-checked date.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogueFlowIT {

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Autowired JdbcClient jdbc;

    private static java.util.List<String> resultIds(Browser browser) {
        return browser.findAll(By.cssSelector("#catalogue-results li[data-id]")).stream().map(li -> li.getDomAttribute("data-id")).toList();
    }

    @Test
    void aVisitorSearchesAndFiltersAVolunteerProposesAndAnEditorPublishes() {
        jdbc.sql("delete from intake_attempt").update();
        var browser = chromium.browser();
        browser.forgetCookies();

        browser.open("/");
        browser.clickAndWait(By.id("catalogue-link"));
        assertThat(browser.path()).isEqualTo("/catalogus");
        assertThat(resultIds(browser)).contains("buurtgezinnen", "ease", "pinkies");

        browser.type(By.id("search-q"), "maatje");
        browser.clickAndWait(By.id("search-submit"));
        assertThat(resultIds(browser)).first().isEqualTo("jong-perspectief-maatjes");

        browser.find(By.id("search-q")).clear();
        browser.find(By.id("element-E3")).click();
        browser.find(By.id("element-E6")).click();
        browser.clickAndWait(By.id("search-submit"));
        assertThat(browser.driver().getCurrentUrl()).contains("element=E3", "element=E6");
        assertThat(resultIds(browser)).contains("buurtgezinnen", "home-start").doesNotContain("ease", "eigen-toekomst-plan", "pinkies");
        assertThat(browser.find(By.id("results-count")).getText()).matches("\\d+ initiatieven gevonden\\.");

        // a volunteer proposes an initiative
        var name = "Fietsmaatjes " + UUID.randomUUID().toString().substring(0, 6);
        browser.clickAndWait(By.id("submit-link"));
        browser.type(By.id("submit-name"), name);
        browser.type(By.id("submit-nutshell"), "Een vrijwilliger fietst elke week met een kind uit de buurt naar de sportclub.");
        for (var element : new String[] {"E2", "E3", "E7"}) {
            browser.find(By.id("submit-element-" + element)).click();
        }
        browser.type(By.id("submit-whatWorks"), "Samen onderweg praat het makkelijker\nHet kind komt weer bij de club");
        browser.type(By.id("submit-forWhom"), "Kinderen van 8 tot 12 die niet alleen naar hun club kunnen");
        browser.type(By.id("submit-ageFrom"), "8");
        browser.type(By.id("submit-ageTo"), "12");
        browser.find(By.id("submit-target-YOUTH")).click();
        browser.type(By.id("submit-byWhom"), "Vrijwilligers uit de wijk");
        browser.find(By.id("submit-supporter-VOLUNTEERS")).click();
        browser.type(By.id("submit-contact"), "Via de sportclub");
        browser.type(By.id("submit-region"), "Fietsdorp");
        browser.type(By.id("submit-places"), "Fietsdorp");
        browser.find(By.id("submit-formality-INFORMAL")).click();
        browser.find(By.id("submit-reach-INDIVIDUAL")).click();
        browser.type(By.id("submit-email"), "fietsmaatjes@example.org");
        browser.submitAndWait(By.id("submit-form"));
        assertThat(browser.findAll(By.id("submission-received"))).hasSize(1);

        browser.open("/catalogus?q=" + name.split(" ")[1]);
        assertThat(resultIds(browser)).isEmpty();

        // the editor publishes it
        browser.signIn("demo-catalogue-editor");
        browser.open("/");
        browser.clickAndWait(By.linkText("Voorstellen catalogus"));
        browser.clickAndWait(By.linkText(name));
        assertThat(browser.find(By.id("proposal-elements")).getText()).isEqualTo("E2, E3, E7");
        browser.submitAndWait(By.id("publish-form"));
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.find(By.id("notice")).getText()).contains("gepubliceerd");
        var initiativePath = browser.path();
        browser.signOut();

        // the visitor finds it by element and region
        browser.forgetCookies();
        browser.open("/catalogus");
        browser.find(By.id("element-E7")).click();
        browser.type(By.id("search-region"), "fietsdorp");
        browser.type(By.id("search-age"), "10");
        browser.clickAndWait(By.id("search-submit"));
        var id = initiativePath.substring(initiativePath.lastIndexOf('/') + 1);
        assertThat(resultIds(browser)).contains(id).doesNotContain("ouderkamer");
        WebElement link = browser.find(By.linkText(name));
        browser.clickAndWait(link);
        assertThat(browser.find(By.id("last-checked")).getText()).startsWith("Laatst gecontroleerd op");
        assertThat(browser.find(By.id("origin")).getText()).contains("Toegevoegd aan de catalogus");
        jdbc.sql("delete from intake_attempt").update();
    }
}
