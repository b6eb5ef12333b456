package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
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
import org.springframework.test.context.ActiveProfiles;

/** The main things people do in Kring, done in a real browser the way they would do them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MainFlowsIT {

    static final String DE_WIT = "Gezin De Wit (demo)";

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private Browser browser;

    @BeforeEach
    void newVisitor() {
        browser = chromium.browser().forgetCookies();
    }

    @Test
    void professionalOpensAFamilyFromTheList() {
        browser.signIn("demo-professional");
        browser.clickAndWait(By.linkText("Gezinnen"));
        assertThat(browser.heading()).isEqualTo("Gezinnen");

        browser.clickAndWait(By.linkText(DE_WIT));
        assertThat(browser.heading()).isEqualTo(DE_WIT);
        assertThat(texts(By.cssSelector("main table tbody th[scope=row]"))).contains("Noor de Wit", "Marieke de Wit");
    }

    @Test
    void parentSeesWhoLookedAtTheirFile() {
        // The professional reads the file first ...
        browser.signIn("demo-professional");
        openDeWit();
        browser.signOut();

        // ... and the parent sees that in "who looked at our file?".
        browser.signIn("demo-parent");
        openDeWit();
        browser.clickAndWait(By.linkText("Wie keek in ons dossier?"));
        assertThat(browser.heading()).isEqualTo("Wie keek in ons dossier?");
        var rows = browser.findAll(By.cssSelector("main table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
        assertThat(rows).as("rows of the audit table")
                .anySatisfy(cells -> assertThat(cells.subList(1, 5))
                        .containsExactly("Petra Visser (demo)", "bekeek het dossier", "website", "toegestaan"));
    }

    @Test
    void languageSwitchTurnsThePageEnglishAndBack() {
        browser.signIn("demo-professional");
        browser.open("/families");
        assertThat(browser.language()).isEqualTo("nl");
        assertThat(browser.heading()).isEqualTo("Gezinnen");

        browser.clickAndWait(By.linkText("English"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Families");
        assertThat(browser.path()).startsWith("/families");
        // The choice holds on the next page.
        browser.clickAndWait(By.linkText("My profile"));
        assertThat(browser.heading()).isEqualTo("My profile");

        browser.clickAndWait(By.linkText("Nederlands"));
        assertThat(browser.language()).isEqualTo("nl");
        assertThat(browser.heading()).isEqualTo("Mijn profiel");
        browser.clickAndWait(By.linkText("Gezinnen"));
        assertThat(browser.heading()).isEqualTo("Gezinnen");
    }

    @Test
    void teamChangeByTheAdministratorCountsOnTheVeryNextRequest() {
        var colleague = chromium.second();
        colleague.signIn("demo-professional-2");
        colleague.open("/families");
        assertThat(colleague.find(By.tagName("main")).getText()).contains(DE_WIT);

        browser.signIn("demo-admin");
        browser.clickAndWait(By.linkText("Accounts"));
        browser.clickAndWait(By.linkText("demo-professional-2"));
        var accountPage = browser.path();
        try {
            saveTeam("Wijkteam Zuid (demo)");
            colleague.open("/families");
            assertThat(colleague.find(By.tagName("main")).getText()).doesNotContain(DE_WIT);
        } finally {
            browser.open(accountPage);
            saveTeam("Wijkteam Noord (demo)");
        }
        colleague.open("/families");
        assertThat(colleague.find(By.tagName("main")).getText()).contains(DE_WIT);
    }

    /** An unknown address, a file one may not know and a static file that does not exist: the same menu as every page. */
    @Test
    void errorPagesShowTheSignedInMenuLikeEveryOtherPage() {
        browser.signIn("demo-professional");
        for (var path : java.util.List.of("/no-such-page", "/families/00000000-0000-0000-0000-000000000000", "/css/no-such-file.css",
                "/families/not-a-uuid")) {
            browser.open(path);
            assertThat(browser.status()).as(path).isIn(400, 404);
            assertThat(browser.findAll(By.cssSelector("nav.kring-nav"))).as(path + ": the main navigation").hasSize(1);
            assertThat(browser.findAll(By.cssSelector("form.kring-signout"))).as(path + ": the sign-out button").hasSize(1);
        }
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("demo-professional");
        browser.open("/families");
        assertThat(browser.heading()).isEqualTo("Gezinnen");
        browser.signOut();
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).isEqualTo("Je bent uitgelogd.");

        browser.driver().navigate().back();
        waitUntilSignInPage();
        browser.driver().navigate().refresh();
        waitUntilSignInPage();
        browser.open("/families");
        waitUntilSignInPage();
        assertThat(browser.findAll(By.cssSelector("form.kring-signout"))).isEmpty();
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain() {
        browser.signIn("demo-professional");
        browser.open("/families");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        var first = browser.driver().switchTo().activeElement();
        assertThat(first.getDomAttribute("class")).contains("utrecht-skip-link");
        assertThat(first.getDomAttribute("href")).isEqualTo("#main");
        assertThat(first.getText()).isEqualTo("Naar de inhoud");
        assertThat(first.getRect().getY()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
        var contrast = Axe.contrastOf(browser, first);
        assertThat(contrast).withFailMessage(() -> "The focused skip link is hard to read:\n"
                + contrast.stream().map(Axe.Violation::describe).collect(Collectors.joining("\n"))).isEmpty();

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
        // The next Tab stop is inside the content, past the header and its navigation.
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.js("return document.getElementById('main').contains(document.activeElement);")).isEqualTo(true);
    }

    private void openDeWit() {
        browser.clickAndWait(By.linkText("Gezinnen"));
        browser.clickAndWait(By.linkText(DE_WIT));
        assertThat(browser.heading()).isEqualTo(DE_WIT);
    }

    private void saveTeam(String team) {
        new Select(browser.find(By.id("teamId"))).selectByVisibleText(team);
        browser.clickAndWait(By.cssSelector("main form.kring-form button[type=submit]"));
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).startsWith("De wijzigingen zijn opgeslagen");
        assertThat(new Select(browser.find(By.id("teamId"))).getFirstSelectedOption().getText()).isEqualTo(team);
    }

    private void waitUntilSignInPage() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> browser.path().startsWith("/login")
                && "complete".equals(browser.js("return document.readyState")));
        assertThat(browser.find(By.id("password")).isDisplayed()).isTrue();
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(DE_WIT);
    }

    private List<String> texts(By by) {
        return browser.findAll(by).stream().map(WebElement::getText).toList();
    }
}
