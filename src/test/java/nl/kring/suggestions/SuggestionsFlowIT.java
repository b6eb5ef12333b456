package nl.kring.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import nl.kring.browser.BrowserExtension;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Who can help?" in a real browser, for a family made through Kring whose map says "emotional support only from
 * professionals": the professional opens it from the file and sees the grandmother on the map first and the buddy
 * programme at the third level; the mother turns the grandmother into a proposed agreement in the family's plan.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SuggestionsFlowIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP));

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void theProfessionalSeesTheGrandmotherFirstAndTheFamilyAsksHerInThePlan() {
        var fixtures = new SuggestionFamilies(port, accounts, tokens, jdbc);
        var programme = fixtures.buddyProgramme();
        var f = fixtures.family();
        var browser = chromium.browser();
        var need = By.cssSelector("section[data-need='" + SuggestionFamilies.EMOTIONAL + "']");

        browser.forgetCookies();
        browser.signIn(f.professionalUser(), SuggestionFamilies.PASSWORD);
        browser.open("/families/" + f.id());
        browser.clickAndWait(By.id("suggestions-link"));
        assertThat(browser.path()).isEqualTo(f.page());
        var section = browser.find(need);
        assertThat(section.findElement(By.tagName("h2")).getText()).contains("alleen van hulpverleners");
        var first = section.findElement(By.cssSelector("ol[data-level] > li"));
        assertThat(first.findElement(By.tagName("strong")).getText()).isEqualTo("Oma Truus");
        var levels = section.findElements(By.cssSelector("ol[data-level]"));
        assertThat(levels).extracting(l -> l.getDomAttribute("data-level")).containsExactly("1", "2", "3", "4");
        assertThat(levels.get(2).findElements(By.cssSelector("li[data-ref='" + programme + "']"))).hasSize(1);
        assertThat(levels.get(3).getText()).contains("Coach Lisa");
        // the professional thinks along; the family decides
        assertThat(section.findElements(By.cssSelector("form[id^='ask-']"))).isEmpty();
        browser.signOut();

        browser.signIn(f.motherUser(), SuggestionFamilies.PASSWORD);
        browser.open(f.page());
        var oma = browser.find(need).findElement(By.cssSelector("li[data-ref='" + f.person("oma") + "']"));
        oma.findElement(By.tagName("summary")).click();
        var form = oma.findElement(By.cssSelector("form[id^='ask-']"));
        var formId = form.getDomAttribute("id");
        browser.type(By.id(formId + "-what"), "Elke zondag met Noor wandelen en praten");
        browser.type(By.id(formId + "-when"), "zondagmiddag");
        browser.submitAndWait(By.id(formId));
        assertThat(browser.find(By.id("notice")).getText()).contains("voorstel in het plan");
        assertThat(browser.find(By.id("choices")).getText()).contains("Oma Truus");
        browser.clickAndWait(By.id("proposed-plan-link"));
        assertThat(browser.path()).startsWith("/families/" + f.id() + "/plans/");
        // the draft's form holds the proposed agreement, with oma chosen as its person
        assertThat(browser.findAll(By.cssSelector("input[value='Elke zondag met Noor wandelen en praten']"))).isNotEmpty();
        assertThat(browser.findAll(By.cssSelector("option[selected]")).stream().map(o -> o.getText()).toList())
                .anyMatch(text -> text.startsWith("Oma Truus"));
        browser.signOut();
    }
}
