package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The family's plan in a real browser, for a family opened through Kring itself (youth of 14, mother with
 * authority): the professional starts the meeting flow and proposes a task to hand over; the family invites
 * two network members; private time hides the draft from the professional; the family writes, and mother and
 * youth accept; a network member signs in, confirms and ticks off her agreement; the family evaluates; the
 * task is handed over in the next version and the step-down shows it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanFlowIT {

    static final String PASSWORD = "een-lang-wachtwoord-voor-de-test";
    static final Pattern LINK = Pattern.compile("http://[^\\s\"<]+(/invitations/[A-Za-z0-9_-]+)");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    String linkSentTo(String email) {
        var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    /** Takes up an invitation link as the invitee would: a username and a password. */
    String takeUp(String email, String username) {
        var link = linkSentTo(email);
        var created = Http.anonymous(port).submit(link, link + "/account",
                Map.of("username", username, "displayName", username, "password", PASSWORD, "passwordAgain", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return username;
    }

    static void invite(Browser browser, String who, String email) {
        FamilyLifeFlowIT.invite(browser, who, email);
    }

    void addToMap(Browser browser, String name, String role) {
        browser.type(By.id("person-name"), name);
        new Select(browser.find(By.id("person-roleCode"))).selectByValue(role);
        browser.submitAndWait(By.id("person-form"));
    }

    @Test
    void aPlanFromTheMeetingToTheStepDown() {
        var marker = UUID.randomUUID().toString().substring(0, 6);
        var team = accounts.createTeam("Wijkteam Plan " + marker + " (test)");
        var anna = "test-planflow-anna-" + marker;
        var annaId = accounts.create(new NewAccount(anna, "Anna Hulpverlener", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var api = Http.withToken(port, tokens.create(annaId, "test", Duration.ofHours(1)).token());
        var birth = LocalDate.now().minusYears(14).minusMonths(3);
        var created = api.postJson("/api/v1/families", """
                {"name":"Gezin Visser %s (test)","members":[
                 {"givenName":"Lotte","familyName":"Visser","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Eva","familyName":"Visser","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"}]}
                """.formatted(marker, birth, birth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var file = "/families/" + JSON.readTree(created.body()).get("id").asString();
        var browser = chromium.browser().forgetCookies();

        // the professional invites mother and youth, who take up their links
        browser.signIn(anna, PASSWORD);
        browser.open(file + "/invitations");
        invite(browser, "Eva Visser", "eva-" + marker + "@example.org");
        invite(browser, "Lotte Visser", "lotte-" + marker + "@example.org");
        var eva = takeUp("eva-" + marker + "@example.org", "test-planflow-eva-" + marker);
        var lotte = takeUp("lotte-" + marker + "@example.org", "test-planflow-lotte-" + marker);
        browser.signOut();

        // the mother draws the network
        browser.signIn(eva, PASSWORD);
        browser.open(file + "/maps");
        browser.type(By.id("map-title"), "Ons netwerk");
        browser.submitAndWait(By.cssSelector("form[action$='/maps']"));
        addToMap(browser, "Oma Truus", "GRANDPARENT");
        browser.signOut();

        // the professional starts the plan and the meeting flow, and proposes a task to hand over to oma
        browser.signIn(anna, PASSWORD);
        browser.open(file);
        browser.clickAndWait(By.id("plans-link"));
        browser.type(By.id("plan-title"), "Ons plan");
        browser.submitAndWait(By.id("new-plan-form"));
        var plan = browser.path();
        assertThat(browser.find(By.id("suggestions")).getText()).contains("Oma Truus");
        new Select(browser.find(By.id("meeting-stage"))).selectByValue("INFORMATION");
        browser.setValue(By.id("meeting-on"), LocalDate.now().plusDays(7).toString());
        browser.type(By.id("meeting-place"), "Bij oma thuis");
        browser.submitAndWait(By.id("meeting-form"));
        browser.type(By.id("task-0-description"), "Lotte naar de sportclub brengen");
        browser.type(By.id("task-0-hoursPerMonth"), "8");
        new Select(browser.find(By.id("task-0-handOverTo"))).selectByVisibleText("Oma Truus (Ons netwerk)");
        browser.submitAndWait(By.id("professional-part-form"));
        assertThat(browser.findAll(By.id("plan-error"))).isEmpty();
        browser.signOut();

        // the family puts the neighbour on the map from the plan, and invites two of its network
        browser.signIn(eva, PASSWORD);
        browser.open(plan);
        browser.type(By.id("new-person-name"), "Buurvrouw Ria");
        browser.submitAndWait(By.id("new-person-form"));
        assertThat(browser.find(By.id("suggestions")).getText()).contains("Buurvrouw Ria");
        browser.open(file + "/invitations");
        invite(browser, "Oma Truus", "truus-" + marker + "@example.org");
        invite(browser, "Buurvrouw Ria", "ria-" + marker + "@example.org");

        // the family takes its private time: the professional gets nothing of the draft
        browser.open(plan);
        new Select(browser.find(By.id("meeting-stage"))).selectByValue("PRIVATE_TIME");
        browser.submitAndWait(By.id("meeting-form"));
        browser.signOut();
        browser.signIn(anna, PASSWORD);
        browser.open(plan);
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.find(By.tagName("main")).getText()).contains("eigen tijd").doesNotContain("Ons netwerk");
        browser.signOut();

        // the family writes its plan, ends its private time and accepts
        browser.signIn(eva, PASSWORD);
        browser.open(plan);
        browser.type(By.id("fp-question"), "Hoe houden we de week vol?");
        new Select(browser.find(By.id("agreement-0-persons"))).selectByVisibleText("Oma Truus (Ons netwerk)");
        browser.type(By.id("agreement-0-what"), "Op woensdag koken");
        new Select(browser.find(By.id("agreement-0-supportType"))).selectByValue("PRACTICAL");
        browser.type(By.id("agreement-0-when"), "elke woensdag");
        browser.setValue(By.id("agreement-0-start"), LocalDate.now().toString());
        browser.setValue(By.id("moment-0-date"), LocalDate.now().toString());
        browser.submitAndWait(By.id("family-part-form"));
        assertThat(browser.findAll(By.id("plan-error"))).isEmpty();
        new Select(browser.find(By.id("meeting-stage"))).selectByValue("PLAN");
        browser.submitAndWait(By.id("meeting-form"));
        browser.clickAndWait(By.cssSelector("#accept-form button"));
        assertThat(browser.find(By.id("plan-status")).getText()).contains("in de maak");
        // and shares her own agreements with oma
        browser.open(file + "/sharing");
        new Select(browser.find(By.id("consent-recipient"))).selectByVisibleText("Oma Truus (grootouder)");
        new Select(browser.find(By.id("consent-subject"))).selectByVisibleText("Lotte");
        browser.find(By.id("category-PLAN_OWN_AGREEMENTS")).click();
        browser.type(By.id("consent-purpose"), "Zodat oma weet wat ze doet");
        browser.submitAndWait(By.cssSelector("form[action$='/sharing']"));
        assertThat(browser.findAll(By.id("consent-error"))).isEmpty();
        browser.signOut();

        browser.signIn(lotte, PASSWORD);
        browser.open(plan);
        browser.clickAndWait(By.cssSelector("#accept-form button"));
        assertThat(browser.find(By.id("plan-status")).getText()).contains("aangenomen");
        browser.open(file + "/sharing");
        browser.clickAndWait(By.cssSelector("form[action$='/approve'] button"));
        browser.signOut();

        // oma signs in, sees only her own agreement, confirms it and ticks it off
        var truus = takeUp("truus-" + marker + "@example.org", "test-planflow-truus-" + marker);
        browser.signIn(truus, PASSWORD);
        browser.open("/shared/" + file.substring("/families/".length()));
        browser.clickAndWait(By.cssSelector("#main a[href*='/plans/']"));
        assertThat(browser.find(By.id("own")).getText()).contains("Op woensdag koken");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Hoe houden we de week vol?");
        browser.clickAndWait(By.cssSelector("#own button[value='CONFIRMED']"));
        browser.type(By.cssSelector("#own input[name='note']"), "Lasagne gemaakt");
        browser.submitAndWait(By.cssSelector("#own form[action$='/done']"));
        browser.signOut();

        // the family sees it, evaluates, and starts the next version
        browser.signIn(eva, PASSWORD);
        browser.open(plan);
        assertThat(browser.find(By.id("agreements-table")).getText()).contains("bevestigd").contains("Lasagne gemaakt");
        new Select(browser.find(By.cssSelector("#evaluation-form select"))).selectByValue("PARTLY");
        browser.type(By.id("evaluation-whatChanges"), "Oma kookt voortaan ook op vrijdag");
        browser.submitAndWait(By.id("evaluation-form"));
        assertThat(browser.find(By.id("history")).getText()).contains("geëvalueerd");
        browser.clickAndWait(By.cssSelector("#next-version-form button"));
        browser.signOut();

        // the professional records the hand-over; mother and youth accept; the step-down shows it
        browser.signIn(anna, PASSWORD);
        browser.open(plan);
        new Select(browser.find(By.id("task-0-state"))).selectByValue("HANDED_OVER");
        browser.submitAndWait(By.id("professional-part-form"));
        browser.signOut();
        for (var who : new String[] {eva, lotte}) {
            browser.signIn(who, PASSWORD);
            browser.open(plan);
            browser.clickAndWait(By.cssSelector("#accept-form button"));
            browser.signOut();
        }
        browser.signIn(eva, PASSWORD);
        browser.open(plan);
        var stepDown = browser.find(By.id("step-down-table")).getText();
        assertThat(stepDown).contains("1 taken, 8 uur per maand").contains("0 taken, 0 uur per maand");
        assertThat(browser.find(By.id("plan-status")).getText()).contains("Versie 2").contains("aangenomen");
        browser.signOut();
    }
}
