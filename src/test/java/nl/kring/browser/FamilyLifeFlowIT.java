package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new family's whole life in a real browser, from an empty team: the professional opens the file
 * (youth of 13, mother with parental authority, father without) and records the care situation, invites
 * the mother; the mail arrives; she sets a password, sees her family, draws the grandmother on the map and
 * invites her; the grandmother signs in and sees only what the family shares; the file is handed over to a
 * second team, which takes it up and closes it with its outcome.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FamilyLifeFlowIT {

    static final int SMTP_PORT = 39025;
    static final String PASSWORD = "een-lang-wachtwoord-voor-de-test";
    static final Pattern LINK = Pattern.compile("http://[^\\s\"<]+(/invitations/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired Accounts accounts;

    @Test
    void aNewFamilyFromOpeningToClosing() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 6);
        var north = accounts.createTeam("Wijkteam Noord " + marker + " (test)");
        var south = accounts.createTeam("Jeugdbescherming Zuid " + marker + " (test)");
        var anna = "test-flow-anna-" + marker;
        var bram = "test-flow-bram-" + marker;
        accounts.create(new NewAccount(anna, "Anna Hulpverlener", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(north.id())));
        accounts.create(new NewAccount(bram, "Bram Jeugdbeschermer", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(south.id())));
        var browser = chromium.browser().forgetCookies();
        var familyName = "Gezin Bakker " + marker + " (test)";

        // the professional opens the file for a new family
        browser.signIn(anna, PASSWORD);
        browser.open("/families/new");
        browser.type(By.id("new-name"), familyName);
        browser.type(By.id("new-youth-0-givenName"), "Sanne");
        browser.type(By.id("new-youth-0-familyName"), "Bakker");
        browser.setValue(By.id("new-youth-0-birthDate"), LocalDate.now().minusYears(13).minusMonths(2).toString());
        new Select(browser.find(By.id("new-youth-0-careSituation"))).selectByValue("OUTPATIENT");
        browser.type(By.id("new-parent-0-givenName"), "Mirjam");
        browser.type(By.id("new-parent-0-familyName"), "Bakker");
        new Select(browser.find(By.id("new-parent-0-carerKind"))).selectByValue("MOTHER");
        // a parent row starts with parental authority ticked: the mother keeps it, the father has none
        assertThat(browser.find(By.id("new-parent-0-parentalAuthority")).isSelected()).isTrue();
        browser.type(By.id("new-parent-1-givenName"), "Karel");
        browser.type(By.id("new-parent-1-familyName"), "Bakker");
        new Select(browser.find(By.id("new-parent-1-carerKind"))).selectByValue("FATHER");
        browser.find(By.id("new-parent-1-parentalAuthority")).click();
        browser.submitAndWait(By.id("new-family-form"));
        assertThat(browser.heading()).isEqualTo(familyName);
        var file = browser.path();
        assertThat(file).matches("/families/[0-9a-f-]{36}");

        // ... records the care situation: from today, support from the own network only
        browser.open(file + "/manage");
        new Select(browser.find(By.id("care-situation"))).selectByValue("OWN_NETWORK_ONLY");
        browser.submitAndWait(By.cssSelector("#care form"));
        assertThat(browser.find(By.id("care")).getText()).contains("Sanne").contains("alleen steun uit het eigen netwerk");

        // ... and invites the mother, and Sanne herself
        browser.open(file);
        browser.clickAndWait(By.id("invitations-link"));
        var mirjamMail = "mirjam-" + marker + "@example.org";
        invite(browser, "Mirjam Bakker", mirjamMail);
        var sanneMail = "sanne-" + marker + "@example.org";
        invite(browser, "Sanne Bakker", sanneMail);
        browser.signOut();

        // the mail arrives; she follows the link, sets a password and sees her family
        var mirjamLink = linkIn(received(mirjamMail));
        browser.forgetCookies().open(mirjamLink);
        assertThat(browser.find(By.id("invitation-for")).getText()).contains("Mirjam Bakker");
        var mirjam = "test-flow-mirjam-" + marker;
        browser.type(By.id("account-username"), mirjam);
        browser.type(By.id("account-password"), PASSWORD);
        browser.type(By.id("account-passwordAgain"), PASSWORD);
        browser.submitAndWait(By.cssSelector("form[action$='/account']"));
        assertThat(browser.path()).startsWith("/login");
        browser.signInAndContinue(mirjam, PASSWORD);
        assertThat(browser.path()).isEqualTo(file);
        assertThat(browser.heading()).isEqualTo(familyName);

        // she draws the grandmother on a network map and invites her from there
        browser.open(file + "/maps");
        browser.type(By.id("map-title"), "Ons netwerk");
        browser.submitAndWait(By.cssSelector("form[action$='/maps']"));
        browser.type(By.id("person-name"), "Oma Truus");
        new Select(browser.find(By.id("person-roleCode"))).selectByValue("GRANDPARENT");
        browser.submitAndWait(By.id("person-form"));
        assertThat(browser.driver().getPageSource()).contains("Oma Truus");
        browser.open(file + "/invitations");
        var truusMail = "truus-" + marker + "@example.org";
        invite(browser, "Oma Truus", truusMail);

        // she proposes to share Sanne's contact details with the grandmother, and nothing else ...
        browser.open(file + "/sharing");
        new Select(browser.find(By.id("consent-recipient"))).selectByVisibleText("Oma Truus (grootouder)");
        new Select(browser.find(By.id("consent-subject"))).selectByVisibleText("Sanne");
        browser.find(By.id("category-CONTACT_DETAILS")).click();
        browser.type(By.id("consent-purpose"), "Oma kan Sanne bereiken als het nodig is");
        browser.submitAndWait(By.cssSelector("form[action$='/sharing']"));
        assertThat(browser.findAll(By.id("consent-error"))).isEmpty();
        browser.signOut();

        // ... and Sanne, who is 13 and decides too, takes up her own invitation and agrees
        browser.forgetCookies().open(linkIn(received(sanneMail)));
        var sanne = "test-flow-sanne-" + marker;
        browser.type(By.id("account-username"), sanne);
        browser.type(By.id("account-password"), PASSWORD);
        browser.type(By.id("account-passwordAgain"), PASSWORD);
        browser.submitAndWait(By.cssSelector("form[action$='/account']"));
        browser.signInAndContinue(sanne, PASSWORD);
        assertThat(browser.path()).isEqualTo(file);
        browser.open(file + "/sharing");
        browser.clickAndWait(By.cssSelector("form[action$='/approve'] button"));
        browser.signOut();

        // the grandmother signs in and sees only what the family shares
        browser.forgetCookies().open(linkIn(received(truusMail)));
        var truus = "test-flow-truus-" + marker;
        browser.type(By.id("account-username"), truus);
        browser.type(By.id("account-password"), PASSWORD);
        browser.type(By.id("account-passwordAgain"), PASSWORD);
        browser.submitAndWait(By.cssSelector("form[action$='/account']"));
        browser.signInAndContinue(truus, PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        var familyId = file.substring("/families/".length());
        browser.clickAndWait(By.cssSelector("a[href$='/shared/" + familyId + "']"));
        assertThat(browser.heading()).contains(familyName);
        // exactly the one category the family agreed to, nothing else of the file
        assertThat(browser.find(By.tagName("main")).getText()).contains("Gedeeld: contactgegevens.").doesNotContain("Netwerkkaart");
        browser.open(file);
        assertThat(browser.status()).isEqualTo(404);
        browser.open("/");
        browser.signOut();

        // the professional hands the file over to the second team ...
        browser.signIn(anna, PASSWORD);
        browser.open(file + "/manage");
        new Select(browser.find(By.id("transfer-team"))).selectByVisibleText(south.name());
        browser.type(By.id("transfer-note"), "Veiligheid vraagt om jeugdbescherming; moeder en oma zijn betrokken.");
        browser.submitAndWait(By.cssSelector("#transfer form"));
        browser.open(file);
        assertThat(browser.status()).isEqualTo(404);
        browser.open("/");
        browser.signOut();

        // ... which takes it up, reads the note, and closes it with its outcome
        browser.signIn(bram, PASSWORD);
        browser.open(file + "/take-up");
        assertThat(browser.find(By.id("transfer-note")).getText()).contains("jeugdbescherming");
        browser.submitAndWait(By.cssSelector("form[action$='/take-up']"));
        browser.open(file + "/manage");
        browser.setValue(By.id("close-closedOn"), LocalDate.now().toString());
        new Select(browser.find(By.id("close-reason"))).selectByValue("GOALS_REACHED");
        var situation = browser.find(By.cssSelector("select[id^='situation-']"));
        new Select(situation).selectByValue("OWN_NETWORK_ONLY");
        browser.submitAndWait(By.cssSelector("#close form"));
        assertThat(browser.find(By.id("closed-notice")).getText()).contains(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.signOut();
    }

    /** Invites someone on the file's invitations page and checks that it says so. */
    static void invite(Browser browser, String who, String email) {
        var choice = new Select(browser.find(By.id("invite-invitee")));
        var option = choice.getOptions().stream().filter(o -> o.getText().startsWith(who)).findFirst().orElseThrow();
        choice.selectByValue(option.getDomAttribute("value"));
        browser.type(By.id("invite-email"), email);
        browser.submitAndWait(By.cssSelector("#invite form"));
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).contains(who);
    }

    private static MimeMessage received(String to) throws Exception {
        var deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            var found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail arrived for " + to);
    }

    private static String linkIn(MimeMessage message) throws Exception {
        assertThat(message.getSubject()).isEqualTo("Uitnodiging voor Kring");
        var text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
