package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The family decides, in a real browser: the mother of Noor (14) shares the network map with
 * grandfather Henk but not the contact details; Noor agrees too; Henk then sees the map and nothing
 * else; after Noor withdraws, Henk sees nothing. Every page on the way is checked with axe.
 *
 * <p>The consents stay in the database, so the context is not handed on to later test classes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsentFlowIT {

    static final String DE_WIT = "Gezin De Wit (demo)";
    static final String PURPOSE = "Zodat opa weet wie Noor helpen (browsertest)";

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private Browser browser;

    @BeforeEach
    void newVisitor() {
        browser = chromium.browser().forgetCookies();
    }

    @Test
    void theMotherSharesTheMapWithTheGrandfatherWithNoorsConsentAndNoorWithdrawsIt() {
        // the mother proposes: the map, not the contact details
        browser.signIn("demo-parent");
        browser.clickAndWait(By.linkText("Gezinnen"));
        browser.clickAndWait(By.linkText(DE_WIT));
        var familyPath = browser.path();
        browser.clickAndWait(By.linkText("Delen met mensen om jullie heen"));
        var sharingPath = browser.path();
        assertNoViolations("Delen, before");
        new Select(browser.find(By.id("consent-recipient"))).selectByVisibleText("Henk de Wit (demo) (grootouder)");
        new Select(browser.find(By.id("consent-subject"))).selectByVisibleText("Noor");
        check("category-NETWORK_MAP", true);
        check("category-CONTACT_DETAILS", false);
        browser.type(By.id("consent-purpose"), PURPOSE);
        browser.clickAndWait(By.xpath("//main//form//button[normalize-space()='Delen']"));
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).contains("Opgeslagen");
        var card = ourCard();
        assertThat(card.getText()).contains("de netwerkkaart", "wacht op toestemming", "Wacht nog op: Noor").doesNotContain("contactgegevens");
        assertNoViolations("Delen, proposed");
        browser.signOut();

        // Henk sees nothing yet
        browser.signIn("demo-network");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Gezin De Wit (demo) deelt met jou");
        browser.signOut();

        // Noor agrees
        browser.signIn("demo-youth");
        assertNoViolations("home of Noor, with the question about the consent from before she turned 12");
        browser.open(sharingPath);
        browser.clickAndWait(ourCard().findElement(By.xpath(".//button[normalize-space()='Toestemming geven']")));
        assertThat(ourCard().getText()).contains("geldt");
        assertNoViolations("Delen, effective");
        browser.signOut();

        // Henk sees the map and nothing else
        browser.signIn("demo-network");
        var home = browser.find(By.tagName("main")).getText();
        assertThat(home).contains("Gezin De Wit (demo) deelt met jou: de netwerkkaart").doesNotContain("contactgegevens");
        assertNoViolations("home of Henk");
        browser.clickAndWait(By.linkText("Bekijk de netwerkkaart"));
        assertNoViolations("maps shared with Henk");
        browser.clickAndWait(By.linkText("Netwerk van Noor (demo)"));
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.findAll(By.cssSelector("svg .kring-person"))).isNotEmpty();
        assertThat(browser.findAll(By.id("person-form"))).as("Henk may look, not change").isEmpty();
        assertNoViolations("map shared with Henk");
        var mapPath = browser.path();
        for (var forbidden : List.of(familyPath, sharingPath, familyPath + "/audit", familyPath + "/privacy")) {
            browser.open(forbidden);
            assertThat(browser.status()).as(forbidden).isEqualTo(404);
            assertThat(browser.find(By.tagName("main")).getText()).as(forbidden).doesNotContain("Marieke", "Noor de Wit");
        }
        browser.signOut();

        // Noor withdraws: from that moment Henk sees nothing
        browser.signIn("demo-youth");
        browser.open(sharingPath);
        browser.clickAndWait(ourCard().findElement(By.xpath(".//button[normalize-space()='Intrekken']")));
        assertThat(ourCard().getText()).contains("ingetrokken");
        assertNoViolations("Delen, withdrawn");
        browser.signOut();

        browser.signIn("demo-network");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Gezin De Wit (demo) deelt met jou")
                .contains("Er is nog niets met je gedeeld.");
        browser.open(mapPath);
        assertThat(browser.status()).isEqualTo(404);
        browser.open(mapPath.substring(0, mapPath.lastIndexOf('/')));
        assertThat(browser.status()).isEqualTo(404);
    }

    @Test
    void aMistakeInTheFormIsExplainedAndWhatWasTypedIsKept() {
        browser.signIn("demo-parent");
        browser.clickAndWait(By.linkText("Gezinnen"));
        browser.clickAndWait(By.linkText(DE_WIT));
        browser.clickAndWait(By.linkText("Delen met mensen om jullie heen"));
        new Select(browser.find(By.id("consent-recipient"))).selectByVisibleText(
                "Iemand anders met een Kring-account (vrijwilliger of professional buiten jullie team)");
        browser.type(By.id("consent-recipient-username"), "niemand-bekend");
        check("category-NETWORK_MAP", true);
        browser.type(By.id("consent-purpose"), PURPOSE);
        browser.clickAndWait(By.xpath("//main//form//button[normalize-space()='Delen']"));
        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.find(By.id("consent-error")).getText()).contains("geen vrijwilliger of professional met deze gebruikersnaam");
        assertThat(browser.find(By.id("consent-recipient-username")).getDomProperty("value")).isEqualTo("niemand-bekend");
        assertThat(browser.find(By.id("consent-purpose")).getDomProperty("value")).isEqualTo(PURPOSE);
        assertThat(browser.find(By.id("category-NETWORK_MAP")).isSelected()).isTrue();
        assertThat(browser.find(By.id("consent-recipient-username")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoViolations("Delen, with an error");
    }

    private WebElement ourCard() {
        return browser.findAll(By.cssSelector("li.kring-card[data-consent-id]")).stream()
                .filter(card -> card.getText().contains(PURPOSE))
                .reduce((first, later) -> later)
                .orElseThrow(() -> new AssertionError("no consent card with the purpose " + PURPOSE));
    }

    private void check(String checkboxId, boolean checked) {
        var box = browser.find(By.id(checkboxId));
        if (box.isSelected() != checked) {
            box.click();
        }
    }

    private void assertNoViolations(String where) {
        assertThat(Axe.scan(browser)).as("axe on " + where + " (" + browser.path() + ")")
                .extracting(Axe.Violation::describe).isEmpty();
    }
}
