package nl.kring.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.regex.Pattern;
import java.util.UUID;
import nl.kring.support.Http;
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
 * Every page of Kring meets WCAG 2.1 AA and axe's best practices as far as axe-core can tell, and
 * every select shows its arrow: the pages an anonymous visitor
 * sees, every page each demo role can reach by following links from the home page, and the states
 * that only a form leads to. All violations are collected first and reported together, so one run
 * tells everything there is to fix.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityIT {

    /** Every demo account: together they hold every role, and the three professionals differ in team and files. */
    static final List<String> DEMO_ACCOUNTS = List.of("demo-professional", "demo-professional-2", "demo-professional-other-team",
            "demo-privacy-officer", "demo-parent", "demo-youth", "demo-network", "demo-volunteer", "demo-coordinator", "demo-analyst", "demo-catalogue-editor", "demo-admin");

    private static final String ID = "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

    /** Pages a crawl must have reached, so that a crawl that silently finds nothing cannot pass. */
    static final Map<String, List<String>> MUST_REACH = Map.of(
            "anonymous", List.of("/", "/login", "/vraag-steun", "/catalogus", "/catalogus/[a-z0-9-]+", "/vrijwilliger-worden"),
            "demo-professional", List.of("/", "/families", "/families/" + ID, "/families/" + ID + "/exceptions", "/profile", "/intake",
                    "/intake/" + ID, "/families/" + ID + "/suggestions"),
            "demo-parent", List.of("/families", "/families/" + ID, "/families/" + ID + "/audit", "/families/" + ID + "/invitations",
                    "/families/" + ID + "/plans"),
            "demo-youth", List.of("/families", "/families/" + ID, "/families/" + ID + "/audit"),
            "demo-network", List.of("/", "/profile"),
            "demo-network (shared)", List.of("/shared/" + ID, "/families/" + ID + "/maps"),
            "demo-privacy-officer", List.of("/", "/privacy-officer", "/profile"),
            "demo-catalogue-editor", List.of("/", "/redactie/catalogus"),
            "demo-admin", List.of("/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + ID, "/admin/audit", "/admin/retention",
                    "/admin/retention/" + ID, "/admin/outbox", "/admin/outbox/" + ID, "/profile", "/admin/teams",
                    "/admin/teams/" + ID + "/postcodes", "/admin/organisations", "/admin/organisations/" + ID),
            "demo-coordinator", List.of("/", "/programmes", "/programmes/" + ID, "/programmes/organisations/" + ID + "/postcodes",
                    "/programmes/" + ID + "/volunteers", "/programmes/" + ID + "/volunteers/" + ID));

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private final Findings findings = new Findings();

    @Autowired JdbcClient jdbc;
    @Autowired nl.kring.identity.Accounts accounts;
    @Autowired nl.kring.identity.AccessTokens tokens;
    @Autowired nl.kring.matching.Matches matches;
    @LocalServerPort int port;

    @Test
    void everyPageMeetsWcag21AA() {
        var started = System.nanoTime();
        var browser = chromium.browser();
        unsentMessageInTheOutbox();

        findings.section("anonymous", () -> anonymousVisitor(browser));
        for (var account : DEMO_ACCOUNTS) {
            findings.section(account, () -> signedIn(browser, account));
        }
        findings.section("demo-professional", () -> profileForms(browser));
        findings.section("demo-admin", () -> adminForms(browser));
        findings.section("demo-professional", () -> familyForms(browser));
        findings.section("demo-professional", () -> fileLifecycleForms(browser));
        findings.section("demo-network", () -> sharedWithTheGrandparent(browser));
        findings.section("invitations", () -> invitationPages(browser));
        findings.section("second factor", () -> secondFactorPages(browser));
        findings.section("intake", () -> intakeForms(browser));
        findings.section("plan", () -> planPages(browser));
        findings.section("programmes", () -> programmePages(browser));
        findings.section("volunteers", () -> volunteerPages(browser));
        findings.section("catalogue", () -> cataloguePages(browser));
        findings.section("consultation", () -> consultationPages(browser));
        findings.section("mentor", () -> mentorPages(browser));
        findings.section("matches", () -> matchPages(browser));
        findings.section("demo-analyst", () -> insightsPages(browser));
        findings.section("suggestions", () -> suggestionPages(browser));

        System.out.printf("AccessibilityIT: %d page scans in %.1f s%n", findings.scans, (System.nanoTime() - started) / 1e9);
        findings.assertNone();
    }

    private void anonymousVisitor(Browser browser) {
        browser.forgetCookies();
        var visited = new Crawler(browser).crawl("/", path -> findings.scan(browser, "anonymous", 200));
        findings.mustReach("anonymous", visited);
        findings.scanAt(browser, "anonymous", "/login?error", 200);
        findings.scanAt(browser, "anonymous", "/login?logout", 200);
        // Paths that are public (static files) answer 404 to anyone; other unknown paths ask to sign in first.
        findings.scanAt(browser, "anonymous", "/css/no-such-page", 404);
        english(browser, "anonymous");
    }

    /** The public catalogue in the states only its search form leads to: filtered, nothing found, a field it cannot read; in English. */
    private void cataloguePages(Browser browser) {
        browser.forgetCookies();
        findings.scanAt(browser, "anonymous", "/catalogus?element=E3&element=E6&dimension=collective&age=10&region=Rotterdam", 200);
        findings.scanAt(browser, "anonymous", "/catalogus?q=qwxyzzy", 200);
        findings.scanAt(browser, "anonymous", "/catalogus?age=abc", 400);
        findings.invalidField("anonymous", browser, "search-age", "search-age-error");
        findings.scanAt(browser, "anonymous", "/catalogus?lang=en", 200);
        findings.scanAt(browser, "anonymous", "/catalogus/buurtgezinnen?lang=en", 200);
        findings.scanAt(browser, "anonymous", "/catalogus/no-such-initiative?lang=nl", 404);
        findings.scanAt(browser, "anonymous", "/catalogus/buurtgezinnen/correctie", 200);

        // the submission form: refused empty, then sent
        jdbc.sql("delete from intake_attempt").update();
        browser.open("/catalogus/voorstel");
        browser.submitAndWait(By.id("submit-form"));
        findings.check("anonymous", browser, !browser.findAll(By.id("submit-errors")).isEmpty(), "no errors for an empty proposal");
        findings.invalidField("anonymous", browser, "submit-name", "submit-name-error");
        findings.scan(browser, "anonymous", 400);
        var name = "Toegankelijke ouderkring " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("submit-name"), name);
        browser.type(By.id("submit-nutshell"), "Ouders praten samen over opvoeden (toegankelijkheid, test).");
        browser.find(By.id("submit-element-E1")).click();
        browser.type(By.id("submit-forWhom"), "Ouders");
        browser.find(By.id("submit-target-PARENTS")).click();
        browser.type(By.id("submit-byWhom"), "Ouders zelf");
        browser.find(By.id("submit-supporter-PEERS")).click();
        browser.type(By.id("submit-contact"), "Via het buurthuis");
        browser.type(By.id("submit-region"), "Testerveen");
        browser.find(By.id("submit-formality-INFORMAL")).click();
        browser.find(By.id("submit-reach-COLLECTIVE")).click();
        browser.type(By.id("submit-email"), "toegankelijk-catalogus@example.org");
        browser.submitAndWait(By.id("submit-form"));
        findings.check("anonymous", browser, !browser.findAll(By.id("submission-received")).isEmpty(), "the proposal was not received");
        findings.scan(browser, "anonymous", 200);
        jdbc.sql("delete from intake_attempt").update();

        // the editor: the proposal, a refused empty question, publishing; then a correction makes an older version
        browser.signIn("demo-catalogue-editor");
        browser.open("/redactie/catalogus");
        findings.scan(browser, "demo-catalogue-editor", 200);
        browser.clickAndWait(By.linkText(name));
        findings.scan(browser, "demo-catalogue-editor", 200);
        browser.submitAndWait(By.id("ask-form"));
        findings.invalidField("demo-catalogue-editor", browser, "ask-text", "ask-text-error");
        findings.scan(browser, "demo-catalogue-editor", 400);
        browser.type(By.id("ask-text"), "Waar komen de ouders samen? (test)");
        browser.submitAndWait(By.id("ask-form"));
        findings.scan(browser, "demo-catalogue-editor", 200);
        browser.submitAndWait(By.id("publish-form"));
        findings.check("demo-catalogue-editor", browser, !browser.findAll(By.id("notice")).isEmpty(), "no notice after publishing");
        findings.scan(browser, "demo-catalogue-editor", 200);
        var entry = browser.path();
        browser.signOut();
        browser.forgetCookies();
        browser.open(entry + "/correctie");
        browser.type(By.id("submit-email"), "toegankelijk-catalogus@example.org");
        browser.submitAndWait(By.id("submit-form"));
        jdbc.sql("delete from intake_attempt").update();
        browser.signIn("demo-catalogue-editor");
        browser.open("/redactie/catalogus");
        browser.clickAndWait(By.linkText(name));
        browser.submitAndWait(By.id("publish-form"));
        browser.open("/redactie/catalogus");
        findings.scan(browser, "demo-catalogue-editor", 200);
        browser.signOut();
        browser.forgetCookies();
        findings.scanAt(browser, "anonymous", entry, 200);
        findings.scanAt(browser, "anonymous", entry + "/versies/1", 200);
    }

    /** The analyst's insights: from the home card, as a bar chart by category, a question it cannot read (400), in English. */
    private void insightsPages(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-analyst");
        browser.open("/");
        browser.clickAndWait(By.cssSelector("a[href='/inzichten']"));
        findings.check("demo-analyst", browser, !browser.findAll(By.id("insights-table")).isEmpty(), "the home card does not lead to the insights table");
        findings.scan(browser, "demo-analyst", 200);
        findings.scanAt(browser, "demo-analyst", "/inzichten?measure=files-closed&rows=category&columns=municipality&period=2026", 200);
        findings.scanAt(browser, "demo-analyst", "/inzichten?measure=files-opened&rows=category&columns=period&period=2026-13", 400);
        findings.invalidField("demo-analyst", browser, "insights-period", "insights-period-error");
        findings.scanAt(browser, "demo-analyst", "/inzichten?lang=en", 200);
        browser.open("/?lang=nl");
        browser.signOut();
    }

    /**
     * "Wie kan helpen?" in the states only its forms lead to: an own need refused empty and then added, an ask refused
     * without what it is about and then made; the professional's view; in English.
     */
    private void suggestionPages(Browser browser) {
        var page = "/families/" + deWit() + "/suggestions";
        browser.forgetCookies();
        browser.signIn("demo-parent");
        browser.open(page);
        findings.scan(browser, "demo-parent", 200);
        browser.submitAndWait(By.id("own-form"));
        findings.invalidField("demo-parent", browser, "own-text", "own-text-error");
        findings.scan(browser, "demo-parent", 400);
        browser.type(By.id("own-text"), "Iemand die op woensdag kan oppassen (toegankelijkheid)");
        browser.submitAndWait(By.id("own-form"));
        findings.check("demo-parent", browser, !browser.findAll(By.id("notice")).isEmpty(), "the family's own need was not added");
        findings.scan(browser, "demo-parent", 200);
        var asks = browser.findAll(By.cssSelector("form[id^='ask-']"));
        findings.check("demo-parent", browser, !asks.isEmpty(), "no suggestion to ask in the plan");
        if (!asks.isEmpty()) {
            var id = asks.getFirst().getDomAttribute("id");
            browser.js("arguments[0].closest('details').open = true", asks.getFirst());
            browser.type(By.id(id + "-what"), " ");
            browser.submitAndWait(By.id(id));
            findings.invalidField("demo-parent", browser, id + "-what", id + "-what-error");
            findings.scan(browser, "demo-parent", 400);
            browser.type(By.id(id + "-what"), "Samen koken (toegankelijkheid)");
            browser.submitAndWait(By.id(id));
            findings.check("demo-parent", browser, !browser.findAll(By.id("proposed-plan-link")).isEmpty(), "the ask did not reach the plan");
            findings.scan(browser, "demo-parent", 200);
        }
        browser.open(page + "?lang=en");
        findings.scan(browser, "demo-parent", 200);
        browser.open(page + "?lang=nl");
        browser.signOut();
        browser.signIn("demo-professional");
        browser.open(page + "?region=Utrecht");
        findings.scan(browser, "demo-professional", 200);
        browser.signOut();
    }

    /** A message that was not sent, so that the administrator's outbox has a message page to reach. */
    private void unsentMessageInTheOutbox() {
        jdbc.sql("""
                insert into mail_message (id, recipient, language, subject, plain_text, html, state)
                values (?, 'ouder@example.org', 'nl', 'Uitnodiging voor Kring', 'Hallo,\n\nJe bent uitgenodigd.', '<p>Hallo,</p>', 'OUTBOX')
                """).param(UUID.randomUUID()).update();
    }

    private void signedIn(Browser browser, String account) {
        browser.forgetCookies();
        browser.signIn(account);
        var visited = new Crawler(browser).crawl("/", path -> findings.scan(browser, account, 200));
        findings.mustReach(account, visited);
        findings.scanAt(browser, account, "/no-such-page", 404);
        // A file that does not exist, or that this person may not know of: the refusal page.
        findings.scanAt(browser, account, "/families/00000000-0000-0000-0000-000000000000", 404);
        english(browser, account);
        browser.signOut();
    }

    /** The home page once in English; then back to Dutch, which the app remembers in a cookie. */
    private void english(Browser browser, String who) {
        browser.open("/?lang=en");
        findings.check(who, browser, "en".equals(browser.language()), "?lang=en should give an English page, <html lang> is " + browser.language());
        findings.scan(browser, who, 200);
        browser.open("/?lang=nl");
    }

    /** The profile page in the states only its token forms lead to: a new token shown once, a token revoked, a refused name. */
    private void profileForms(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-professional");
        browser.open("/profile");
        browser.type(By.id("token-name"), "axe scan");
        browser.clickAndWait(By.cssSelector("form[action$='/profile/tokens'] button[type=submit]"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("new-token")).isEmpty(), "the new token is not shown");
        findings.scan(browser, "demo-professional", 200);

        browser.clickAndWait(By.xpath("//tr[th[normalize-space()='axe scan']]//form[contains(@action,'/revoke')]//button"));
        findings.check("demo-professional", browser, !browser.findAll(By.cssSelector("main [role=status]")).isEmpty(), "no notice that the token was revoked");
        findings.scan(browser, "demo-professional", 200);

        // Only spaces: the browser's own 'required' check lets it through, Kring refuses it.
        browser.type(By.id("token-name"), "   ");
        browser.clickAndWait(By.cssSelector("form[action$='/profile/tokens'] button[type=submit]"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("token-error")).isEmpty(), "no error for a blank token name");
        findings.invalidField("demo-professional", browser, "token-name", "token-error");
        findings.scan(browser, "demo-professional", 400);
        browser.signOut();
    }

    /** The administrator's forms in their error and confirmation states. */
    private void adminForms(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-admin");

        // New account with a too-short password. The browser itself refuses it (minlength); switch that
        // check off to see Kring's answer, as a browser without form validation would get it.
        browser.open("/admin/accounts/new");
        browser.type(By.id("username"), "axe-short-password");
        browser.type(By.id("displayName"), "Axe (test)");
        browser.type(By.id("password"), "too-short");
        browser.find(By.id("role-VOLUNTEER")).click();
        browser.js("document.querySelector('main form').noValidate = true;");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        findings.check("demo-admin", browser, !browser.findAll(By.cssSelector("main [role=alert]")).isEmpty(), "no error for a too-short password");
        findings.invalidField("demo-admin", browser, "password", "form-error");
        findings.scan(browser, "demo-admin", 400);

        // An account saved: the edit form with its confirmation.
        browser.open("/admin/accounts");
        browser.clickAndWait(By.linkText("demo-analyst"));
        browser.clickAndWait(By.cssSelector("main form.kring-form button[type=submit]"));
        findings.check("demo-admin", browser, !browser.findAll(By.cssSelector("main [role=status]")).isEmpty(), "no confirmation after saving");
        findings.scan(browser, "demo-admin", 200);

        // An account form that refuses the change: administrators cannot take away their own rights.
        browser.open("/admin/accounts");
        browser.clickAndWait(By.linkText("demo-admin"));
        browser.find(By.id("role-ADMINISTRATOR")).click();
        browser.clickAndWait(By.cssSelector("main form.kring-form button[type=submit]"));
        findings.check("demo-admin", browser, !browser.findAll(By.cssSelector("main [role=alert]")).isEmpty(), "no error for taking away one's own rights");
        findings.scan(browser, "demo-admin", 200);

        // The audit search with a date it cannot read. A date field accepts only valid dates, so make
        // it a plain text field, as it is in a browser without a date picker.
        browser.open("/admin/audit");
        browser.js("document.getElementById('f-from').type = 'text';");
        browser.type(By.id("f-from"), "31-12-2025");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        findings.check("demo-admin", browser, !browser.findAll(By.cssSelector("main [role=alert]")).isEmpty(), "no error for a bad date");
        findings.invalidField("demo-admin", browser, "f-from", "filter-error");
        findings.scan(browser, "demo-admin", 400);

        // The destruction of a file whose retention period has passed, sent without the box ticked: refused,
        // and nothing is destroyed (the demo file stays for the next run).
        browser.open("/admin/retention");
        browser.clickAndWait(By.cssSelector("main table a"));
        browser.clickAndWait(By.cssSelector("main form.kring-form button[type=submit]"));
        findings.check("demo-admin", browser, !browser.findAll(By.id("confirm-error")).isEmpty(), "no error for an unconfirmed destruction");
        findings.invalidField("demo-admin", browser, "confirm", "confirm-error");
        findings.scan(browser, "demo-admin", 400);
        browser.signOut();
    }

    /** The family file's contact details and note forms in their error states. */
    private void familyForms(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-professional");
        browser.open("/families/" + deWit());
        browser.open(browser.find(By.cssSelector("#contact-details a[href*='editContact']")).getDomAttribute("href"));
        findings.scan(browser, "demo-professional", 200);
        browser.type(By.id("contact-email"), "geen-e-mailadres");
        browser.submitAndWait(By.id("contact-form"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("contact-errors")).isEmpty(), "no error for a wrong e-mail address");
        findings.invalidField("demo-professional", browser, "contact-email", "contact-email-error");
        findings.scan(browser, "demo-professional", 400);

        browser.open("/families/" + deWit());
        browser.type(By.id("note-text"), "   ");
        browser.submitAndWait(By.id("note-form"));
        findings.invalidField("demo-professional", browser, "note-text", "note-text-error");
        findings.scan(browser, "demo-professional", 400);
        browser.signOut();
    }

    /** The new-family form and the forms of "Dossier bijhouden" in their error states. */
    private void fileLifecycleForms(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-professional");
        browser.open("/families/new");
        browser.type(By.id("new-youth-0-givenName"), "Lotte");
        browser.type(By.id("new-youth-0-birthDate"), "2999-01-01");
        browser.submitAndWait(By.id("new-family-form"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("new-errors")).isEmpty(), "no errors for a new family without a name");
        findings.invalidField("demo-professional", browser, "new-name", "new-name-error");
        findings.scan(browser, "demo-professional", 400);

        browser.open("/families/" + deWit() + "/manage");
        browser.type(By.id("transfer-note"), "   ");
        browser.submitAndWait(By.cssSelector("#transfer form"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("transfer-error")).isEmpty(), "no error for an empty hand-over note");
        findings.scan(browser, "demo-professional", 400);
        browser.signOut();
    }

    /**
     * "Vraag steun aan" in the states only its forms lead to: the public form refused, received and throttled (429);
     * a referral refused on the team's request page; the new-family form opened from a request; an overlapping postcode area.
     */
    private void intakeForms(Browser browser) {
        jdbc.sql("delete from intake_attempt").update();
        try {
            browser.forgetCookies();
            browser.open("/vraag-steun");
            browser.submitAndWait(By.id("ask-form"));
            findings.check("anonymous", browser, !browser.findAll(By.id("ask-errors")).isEmpty(), "no errors for an empty support request");
            findings.invalidField("anonymous", browser, "ask-question", "ask-question-error");
            findings.scan(browser, "anonymous", 400);
            browser.type(By.id("ask-question"), "Wie denkt met ons mee? (toegankelijkheid, test)");
            browser.type(By.id("ask-postcode"), "1234 AB");
            browser.type(By.id("ask-email"), "toegankelijk@example.org");
            browser.submitAndWait(By.id("ask-form"));
            findings.scan(browser, "anonymous", 200);
            // as if this address had already sent the most requests the window allows
            jdbc.sql("insert into intake_attempt (client_hash, occurred_at) select client_hash, now() from intake_attempt, generate_series(1, 20)")
                    .update();
            browser.open("/vraag-steun");
            browser.type(By.id("ask-question"), "Nog een vraag (test)");
            browser.type(By.id("ask-postcode"), "1234 AB");
            browser.type(By.id("ask-phone"), "06-12345678");
            browser.submitAndWait(By.id("ask-form"));
            findings.scan(browser, "anonymous", 429);
        } finally {
            jdbc.sql("delete from intake_attempt").update();
        }

        var request = jdbc.sql("select id from support_request where question like 'Sinds de verhuizing%' limit 1").query(UUID.class).single();
        browser.forgetCookies();
        browser.signIn("demo-professional");
        browser.open("/intake/" + request);
        browser.type(By.id("refer-text"), "   ");
        browser.submitAndWait(By.id("refer-form"));
        findings.invalidField("demo-professional", browser, "refer-text", "refer-text-error");
        findings.scan(browser, "demo-professional", 400);
        findings.scanAt(browser, "demo-professional", "/families/new?from=" + request, 200);
        browser.signOut();

        browser.forgetCookies();
        browser.signIn("demo-admin");
        var north = jdbc.sql("select id from team where name = 'Wijkteam Noord (demo)'").query(UUID.class).single();
        browser.open("/admin/teams/" + north + "/postcodes");
        browser.type(By.id("area-from"), "1200");
        browser.type(By.id("area-to"), "1400");
        browser.submitAndWait(By.id("area-form"));
        findings.invalidField("demo-admin", browser, "area-from", "area-error");
        findings.scan(browser, "demo-admin", 400);
        browser.signOut();
    }

    /**
     * The organisation and programme forms in the states only a submit leads to: an organisation without a
     * name, a programme from a template, and that programme without a name.
     */
    private void programmePages(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-admin");
        browser.open("/admin/organisations");
        browser.type(By.id("organisation-name"), "   ");
        browser.clickAndWait(By.cssSelector("main form.kring-form button[type=submit]"));
        findings.invalidField("demo-admin", browser, "organisation-name", "organisation-error");
        findings.scan(browser, "demo-admin", 400);
        browser.signOut();

        browser.forgetCookies();
        browser.signIn("demo-coordinator");
        var organisation = jdbc.sql("select id from organisation where name like '%(demo)' order by name limit 1").query(UUID.class).single();
        findings.scanAt(browser, "demo-coordinator", "/programmes/new?organisation=" + organisation + "&template=BUURTGEZINNEN", 200);
        browser.setValue(By.id("field-name"), "");
        browser.clickAndWait(By.cssSelector("main form.kring-form button[type=submit]"));
        findings.invalidField("demo-coordinator", browser, "field-name", "programme-error");
        findings.scan(browser, "demo-coordinator", 400);
        findings.scanAt(browser, "demo-coordinator", "/programmes/new?organisation=" + organisation, 200);
        var postcodes = "/programmes/organisations/" + organisation + "/postcodes";
        findings.scanAt(browser, "demo-coordinator", postcodes + "?from=1000&to=1001+AB", 200);
        findings.scanAt(browser, "demo-coordinator", postcodes + "?from=1000&to=9999", 200);
        findings.scanAt(browser, "demo-coordinator", postcodes + "?from=1000&to=nope", 400);
        // a centroid list with a bad line: refused with the line, nothing imported
        try {
            var file = java.nio.file.Files.createTempFile("kring-pc4-", ".csv");
            try {
                java.nio.file.Files.writeString(file, "postcode,latitude,longitude\n1000,52.0,noord\n");
                browser.open(postcodes);
                browser.find(By.id("postcodes-file")).sendKeys(file.toAbsolutePath().toString());
                browser.clickAndWait(By.cssSelector("main form[enctype] button[type=submit]"));
                findings.invalidField("demo-coordinator", browser, "postcodes-file", "import-error");
                findings.scan(browser, "demo-coordinator", 400);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.signOut();
    }

    /**
     * The volunteer pages in the states only a submit leads to: the registration refused, registered, and a
     * volunteer who cannot be matched yet (their own page and the coordinator's list), and refused evidence.
     */
    private void volunteerPages(Browser browser) {
        jdbc.sql("delete from intake_attempt").update();
        try {
            browser.forgetCookies();
            browser.open("/vrijwilliger-worden");
            browser.submitAndWait(By.id("volunteer-form"));
            findings.check("anonymous", browser, !browser.findAll(By.id("volunteer-errors")).isEmpty(), "no errors for an empty registration");
            findings.invalidField("anonymous", browser, "vol-name", "vol-name-error");
            findings.scan(browser, "anonymous", 400);
            var username = "axe-vrijwilliger-" + UUID.randomUUID().toString().substring(0, 6);
            var password = "a-long-axe-password";
            browser.find(By.cssSelector("#vol-programmes input[type=checkbox]")).click();
            browser.find(By.id("kind-PERSON")).click();
            browser.type(By.id("vol-name"), "Axe Vrijwilliger (test)");
            browser.type(By.id("vol-postcode"), "1010");
            browser.type(By.id("vol-email"), username + "@example.org");
            browser.type(By.id("vol-username"), username);
            browser.type(By.id("vol-password"), password);
            browser.type(By.id("vol-passwordAgain"), password);
            browser.find(By.id("language-nl")).click();
            browser.find(By.id("slot-MONDAY_EVENING")).click();
            browser.find(By.id("vol-consent")).click();
            browser.submitAndWait(By.id("volunteer-form"));
            findings.scan(browser, "anonymous", 200);
            browser.forgetCookies();
            browser.signIn(username, password);
            findings.scanAt(browser, username, "/volunteer", 200);
            browser.signOut();
        } finally {
            jdbc.sql("delete from intake_attempt").update();
        }

        browser.forgetCookies();
        browser.signIn("demo-coordinator");
        var programme = jdbc.sql("""
                select p.id from programme p join organisation o on o.id = p.organisation_id where o.name like '%(demo)' order by p.name limit 1
                """).query(UUID.class).single();
        var volunteer = jdbc.sql("select v.id from volunteer v join account a on a.id = v.account_id where a.username = 'demo-volunteer'")
                .query(UUID.class).single();
        findings.scanAt(browser, "demo-coordinator", "/programmes/" + programme + "/volunteers", 200);
        findings.scanAt(browser, "demo-coordinator", "/programmes/" + programme + "/volunteers/" + volunteer, 200);
        browser.setValue(By.id("evidence-date"), java.time.LocalDate.now().plusYears(1).toString());
        browser.clickAndWait(By.cssSelector("main form[action$='/evidence'] button[type=submit]"));
        findings.invalidField("demo-coordinator", browser, "evidence-date", "evidence-error");
        findings.scan(browser, "demo-coordinator", 400);
        browser.signOut();

        // the demo volunteer reaches their own page from the menu
        browser.forgetCookies();
        browser.signIn("demo-volunteer");
        browser.clickAndWait(By.cssSelector("nav.kring-nav a[href='/volunteer']"));
        findings.check("demo-volunteer", browser, browser.path().equals("/volunteer"), "the menu leads the volunteer to /volunteer");
        findings.scan(browser, "demo-volunteer", 200);
        browser.signOut();
    }

    /**
     * The invitation pages in every state, for a file opened through Kring: the list with a refused
     * address, the link open (with a refused password), used, expired, withdrawn, unknown, opened with a work
     * account and for a closed file; the sign-in page that follows a new account.
     */
    private void invitationPages(Browser browser) {
        var password = "a-long-axe-password";
        var marker = UUID.randomUUID().toString().substring(0, 6);
        var team = accounts.createTeam("Wijkteam Axe " + marker + " (test)");
        var professional = "test-axe-prof-" + marker;
        var professionalId = accounts.create(new nl.kring.identity.NewAccount(professional, "Hulpverlener Axe", password,
                java.util.Set.of(nl.kring.identity.Role.PROFESSIONAL), java.util.Optional.of(team.id())));
        var api = Http.withToken(port, tokens.create(professionalId, "axe", java.time.Duration.ofDays(1)).token());
        var birth = java.time.LocalDate.now().minusYears(13);
        var created = api.postJson("/api/v1/families", """
                {"name":"Gezin Axe","members":[
                 {"givenName":"Lieke","familyName":"Axe","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Ilse","familyName":"Axe","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true},
                 {"givenName":"Bart","familyName":"Axe","relation":"PARENT","carerKind":"FATHER","parentalAuthority":false}]}
                """.formatted(birth));
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var familyId = json.readTree(created.body()).get("id").asString();
        var members = json.readTree(api.get("/api/v1/families/" + familyId).body()).get("members");
        java.util.function.Function<String, String> member = name -> {
            for (var m : members) {
                if (m.get("givenName").asString().equals(name)) {
                    return m.get("id").asString();
                }
            }
            throw new AssertionError(name);
        };
        java.util.function.BiFunction<String, String, String> invite = (name, email) -> {
            var sent = api.postJson("/api/v1/families/" + familyId + "/invitations",
                    "{\"invitee\":\"member:" + member.apply(name) + "\",\"email\":\"" + email + "\"}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                    .query(String.class).single();
            return Pattern.compile("/invitations/[A-Za-z0-9_-]+").matcher(text).results().findFirst().orElseThrow().group();
        };
        var mother = invite.apply("Ilse", "ilse-" + marker + "@example.org");
        var father = invite.apply("Bart", "bart-" + marker + "@example.org");
        jdbc.sql("update invitation set expires_at = now() - interval '1 day' where email = ?").param("bart-" + marker + "@example.org").update();
        var youth = invite.apply("Lieke", "lieke-" + marker + "@example.org");
        var youthInvitation = jdbc.sql("select id from invitation where email = ?").param("lieke-" + marker + "@example.org").query(UUID.class).single();
        api.postJson("/api/v1/families/" + familyId + "/invitations/" + youthInvitation + "/withdrawal", "");

        browser.forgetCookies();
        findings.scanAt(browser, "invitee", father, 410);
        findings.scanAt(browser, "invitee", youth, 410);
        findings.scanAt(browser, "invitee", "/invitations/no-such-link", 404);
        findings.scanAt(browser, "invitee", mother, 200);
        browser.type(By.id("account-username"), "test-axe-ilse-" + marker);
        browser.type(By.id("account-password"), password);
        browser.type(By.id("account-passwordAgain"), password + "x");
        browser.submitAndWait(By.cssSelector("form[action$='/account']"));
        findings.invalidField("invitee", browser, "account-passwordAgain", "invitation-error");
        findings.scan(browser, "invitee", 400);
        browser.type(By.id("account-password"), password);
        browser.type(By.id("account-passwordAgain"), password);
        browser.submitAndWait(By.cssSelector("form[action$='/account']"));
        findings.check("invitee", browser, browser.path().startsWith("/login"), "a new account should go on to sign in, not " + browser.path());
        findings.scan(browser, "invitee", 200);
        browser.signInAndContinue("test-axe-ilse-" + marker, password);
        findings.check("invitee", browser, browser.path().equals("/families/" + familyId), "the mother should land on her file, not " + browser.path());
        findings.scanAt(browser, "invitee", mother, 410);
        findings.scanAt(browser, "invitee", "/families/" + familyId + "/invitations", 200);
        var invitee = new org.openqa.selenium.support.ui.Select(browser.find(By.id("invite-invitee")));
        invitee.selectByIndex(invitee.getOptions().size() - 1);
        browser.type(By.id("invite-email"), "bart@");
        browser.submitAndWait(By.cssSelector("#invite form"));
        findings.invalidField("invitee", browser, "invite-email", "invite-error");
        findings.scan(browser, "invitee", 400);
        browser.signOut();

        // a work account opens a link; then the file closes while an invitation is open
        var reopened = invite.apply("Lieke", "lieke2-" + marker + "@example.org");
        browser.forgetCookies();
        browser.signIn(professional, password);
        findings.scanAt(browser, "invitee", reopened, 409);
        browser.signOut();
        api.postJson("/api/v1/families/" + familyId + "/closure", "{\"closedOn\":\"" + java.time.LocalDate.now()
                + "\",\"reason\":\"GOALS_REACHED\",\"careSituations\":{\"" + member.apply("Lieke") + "\":\"NO_CARE\"}}");
        findings.scanAt(browser, "invitee", reopened, 409);
    }

    /** "What a family shares with you" with everything shared, reached from the home page; withdrawn afterwards. */
    private void sharedWithTheGrandparent(Browser browser) {
        var sharing = "/families/" + deWit() + "/sharing";
        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var grandfather = jdbc.sql("select id from network_member where name = 'Henk de Wit (demo)'").query(UUID.class).single();
        var noor = jdbc.sql("select id from family_member where given_name = 'Noor'").query(UUID.class).single();
        var consents = new ArrayList<UUID>();
        try {
            for (var category : List.of("MEMBER_BASICS", "CONTACT_DETAILS", "NOTES", "NETWORK_MAP")) {
                mother.submit(sharing, sharing, Map.of("recipient", grandfather.toString(), "subject", noor.toString(),
                        "categories", category, "purpose", "Toegankelijkheid (test)", "start", "", "end", ""));
                var consent = jdbc.sql("select id from consent order by created_at desc limit 1").query(UUID.class).single();
                consents.add(consent);
                youth.submit(sharing, sharing + "/" + consent + "/approve", Map.of());
            }
            browser.forgetCookies();
            browser.signIn("demo-network");
            var visited = new Crawler(browser).crawl("/", path -> findings.scan(browser, "demo-network", 200));
            findings.mustReach("demo-network (shared)", visited);
            browser.signOut();
        } finally {
            for (var consent : consents) {
                youth.submit(sharing, sharing + "/" + consent + "/withdraw", Map.of());
            }
        }
    }

    /**
     * The family's plan in the states its forms lead to: the list with a refused name, a new plan, an agreement
     * refused for want of a person (400), saved, the overload warning, accepted by the parent; and the
     * professional's view with their own form.
     */
    private void planPages(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-parent");
        browser.open("/families/" + deWit() + "/plans");
        findings.scan(browser, "demo-parent", 200);
        browser.type(By.id("plan-title"), "   ");
        browser.submitAndWait(By.id("new-plan-form"));
        findings.invalidField("demo-parent", browser, "plan-title", "plan-title-error");
        findings.scan(browser, "demo-parent", 400);
        browser.type(By.id("plan-title"), "Ons plan (toegankelijkheid)");
        browser.submitAndWait(By.id("new-plan-form"));
        findings.check("demo-parent", browser, browser.path().contains("/plans/"), "a new plan should open its page, not " + browser.path());
        findings.scan(browser, "demo-parent", 200);

        browser.type(By.id("fp-question"), "Hoe krijgen we de week rond?");
        browser.type(By.id("agreement-0-what"), "Koken op dinsdag");
        browser.submitAndWait(By.id("family-part-form"));
        findings.check("demo-parent", browser, !browser.findAll(By.id("plan-error")).isEmpty(), "no error for an agreement without a person");
        findings.check("demo-parent", browser, "Koken op dinsdag".equals(browser.find(By.id("agreement-0-what")).getDomProperty("value")),
                "the typed agreement was lost");
        findings.scan(browser, "demo-parent", 400);

        var select = new org.openqa.selenium.support.ui.Select(browser.find(By.id("agreement-0-persons")));
        select.selectByIndex(0);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("agreement-0-supportType"))).selectByValue("PRACTICAL");
        browser.setValue(By.id("agreement-0-start"), java.time.LocalDate.now().toString());
        browser.setValue(By.id("moment-0-date"), java.time.LocalDate.now().plusWeeks(6).toString());
        browser.submitAndWait(By.id("family-part-form"));
        findings.check("demo-parent", browser, browser.findAll(By.id("plan-error")).isEmpty(), "the plan should save");
        findings.scan(browser, "demo-parent", 200);
        var planPath = browser.path();
        browser.clickAndWait(By.cssSelector("#accept-form button"));
        findings.scan(browser, "demo-parent", 200);
        // the printable invitation letter for the network meeting
        browser.open(planPath + "/letter?person=" + new org.openqa.selenium.support.ui.Select(browser.find(By.id("letter-person")))
                .getOptions().getFirst().getDomAttribute("value"));
        findings.scan(browser, "demo-parent", 200);
        browser.signOut();

        browser.signIn("demo-professional");
        browser.open(planPath);
        findings.check("demo-professional", browser, !browser.findAll(By.id("professional-part-form")).isEmpty(),
                "the professional should have their own form");
        findings.check("demo-professional", browser, browser.findAll(By.id("family-part-form")).isEmpty(),
                "the professional must not get the family's form");
        findings.scan(browser, "demo-professional", 200);
        browser.type(By.id("task-0-description"), "Naar de sportclub brengen");
        browser.type(By.id("task-0-hoursPerMonth"), "veel");
        browser.submitAndWait(By.id("professional-part-form"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("plan-error")).isEmpty(), "no error for hours that are not a number");
        findings.scan(browser, "demo-professional", 400);
        browser.signOut();

        // Noor (14) accepts too: the accepted plan with its evaluation form, step-down and history
        browser.signIn("demo-youth");
        browser.open(planPath);
        browser.clickAndWait(By.cssSelector("#accept-form button"));
        findings.check("demo-youth", browser, !browser.findAll(By.id("evaluation-form")).isEmpty(), "an accepted plan should offer its evaluation");
        findings.scan(browser, "demo-youth", 200);
        browser.submitAndWait(By.id("evaluation-form"));
        findings.check("demo-youth", browser, !browser.findAll(By.id("plan-error")).isEmpty(), "an evaluation without marks should be refused");
        findings.scan(browser, "demo-youth", 400);
        browser.signOut();

        // the letter in English, and the coordinator the family asks to run its meeting: the meeting, not the plan
        browser.signIn("demo-parent");
        browser.open(planPath);
        browser.open(planPath + "/letter?language=en&person=" + new org.openqa.selenium.support.ui.Select(browser.find(By.id("letter-person")))
                .getOptions().getFirst().getDomAttribute("value"));
        findings.scan(browser, "demo-parent", 200);
        browser.signOut();
        var sharing = "/families/" + deWit() + "/sharing";
        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var noor = jdbc.sql("select id from family_member where given_name = 'Noor'").query(UUID.class).single();
        var proposed = mother.submit(sharing, sharing, Map.of("recipient", "account", "recipientUsername", "demo-volunteer",
                "subject", noor.toString(), "categories", "PLAN_MEETING", "purpose", "Ons beraad leiden (toegankelijkheid, test)", "start", "",
                "end", ""));
        findings.check("demo-parent", browser, proposed.statusCode() == 302, "sharing the meeting should be proposed, got " + proposed.statusCode());
        var consent = jdbc.sql("select id from consent where purpose = 'Ons beraad leiden (toegankelijkheid, test)' order by created_at desc limit 1")
                .query(UUID.class).single();
        try {
            youth.submit(sharing, sharing + "/" + consent + "/approve", Map.of());
            browser.signIn("demo-volunteer");
            browser.open(planPath);
            findings.check("demo-volunteer", browser, !browser.findAll(By.id("meeting-only")).isEmpty()
                    && browser.findAll(By.id("family-part")).isEmpty(), "the coordinator should see the meeting and not the plan");
            findings.scan(browser, "demo-volunteer", 200);
            browser.signOut();
        } finally {
            youth.submit(sharing, sharing + "/" + consent + "/withdraw", Map.of());
        }
    }

    /**
     * The case consultation in the states its forms lead to: a refused question, the coach's refused and accepted
     * invitation (one discipline: the warning), the question shared and waiting for Noor's consent, the panel member's
     * refused and saved advice, a refused and a recorded match, the family's reaction; the page in English.
     */
    private void consultationPages(Browser browser) {
        browser.forgetCookies();
        browser.signIn("demo-parent");
        var list = "/families/" + deWit() + "/consultations";
        browser.open(list);
        findings.scan(browser, "demo-parent", 200);
        browser.type(By.id("consultation-question"), "   ");
        browser.submitAndWait(By.id("new-consultation-form"));
        findings.invalidField("demo-parent", browser, "consultation-question", "consultation-error");
        findings.scan(browser, "demo-parent", 400);
        browser.type(By.id("consultation-question"), "Noor wil weer graag naar school (toegankelijkheid)");
        browser.submitAndWait(By.id("new-consultation-form"));
        var page = browser.path();
        findings.check("demo-parent", browser, page.matches(".*/consultations/[0-9a-f-]{36}"), "a new consultation should open its page");
        findings.scan(browser, "demo-parent", 200);
        browser.signOut();

        browser.signIn("demo-professional");
        browser.open(page);
        findings.scan(browser, "demo-professional", 200);
        browser.type(By.id("panel-username"), "demo-professional-other-team");
        browser.submitAndWait(By.id("panel-form"));
        findings.invalidField("demo-professional", browser, "panel-discipline", "consultation-error");
        findings.scan(browser, "demo-professional", 400);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("panel-discipline"))).selectByValue("MENTAL_HEALTH");
        browser.submitAndWait(By.id("panel-form"));
        findings.check("demo-professional", browser, !browser.findAll(By.id("single-discipline")).isEmpty(), "one discipline should be warned about");
        findings.scan(browser, "demo-professional", 200);
        browser.signOut();

        browser.signIn("demo-parent");
        browser.open(page);
        browser.clickAndWait(By.cssSelector("form[id^='share-form-'] button"));
        findings.scan(browser, "demo-parent", 200);
        browser.signOut();
        var consent = jdbc.sql("select id from consent where family_id = ? and purpose = 'Meedenken in ons expertiseberaad' order by created_at desc limit 1")
                .param(deWit()).query(UUID.class).single();
        var sharing = "/families/" + deWit() + "/sharing";
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        youth.submit(sharing, sharing + "/" + consent + "/approve", Map.of());
        try {
            browser.signIn("demo-professional-other-team");
            browser.open(page);
            findings.check("demo-professional-other-team", browser, !browser.findAll(By.id("panel-view")).isEmpty(), "the panel view should show");
            findings.scan(browser, "demo-professional-other-team", 200);
            browser.type(By.id("advice-text"), "   ");
            browser.submitAndWait(By.id("advice-form"));
            findings.invalidField("demo-professional-other-team", browser, "advice-text", "consultation-error");
            findings.scan(browser, "demo-professional-other-team", 400);
            browser.type(By.id("advice-text"), "Begin met korte dagen, met een vast aanspreekpunt op school.");
            browser.submitAndWait(By.id("advice-form"));
            findings.scan(browser, "demo-professional-other-team", 200);
            browser.signOut();

            browser.signIn("demo-professional");
            browser.open(page);
            browser.find(By.id("match-kind-PROVIDER")).click();
            browser.submitAndWait(By.id("match-form"));
            findings.invalidField("demo-professional", browser, "match-provider", "consultation-error");
            findings.scan(browser, "demo-professional", 400);
            browser.find(By.id("match-kind-PROVIDER")).click();
            browser.type(By.id("match-provider"), "Praktijk De Linde (toegankelijkheid)");
            browser.submitAndWait(By.id("match-form"));
            findings.check("demo-professional", browser, !browser.findAll(By.id("match-result")).isEmpty(), "the match should be recorded");
            findings.scan(browser, "demo-professional", 200);
            browser.signOut();

            browser.signIn("demo-parent");
            browser.open(page);
            var reaction = browser.find(By.cssSelector("form[id^='reaction-'] textarea"));
            reaction.sendKeys("Dit gaan we proberen.");
            browser.submitAndWait(By.cssSelector("form[id^='reaction-']"));
            findings.scan(browser, "demo-parent", 200);
            browser.open(page + "?lang=en");
            findings.scan(browser, "demo-parent", 200);
            browser.open(page + "?lang=nl");
            browser.signOut();
        } finally {
            youth.submit(sharing, sharing + "/" + consent + "/withdraw", Map.of());
        }
    }

    /** The youth's own mentor: the youth nominates, a parent refuses with a reason and agrees to another, the youth records a yes. */
    private void mentorPages(Browser browser) {
        browser.forgetCookies();
        var page = "/families/" + deWit() + "/mentors";
        browser.signIn("demo-youth");
        browser.open(page);
        findings.scan(browser, "demo-youth", 200);
        var options = new org.openqa.selenium.support.ui.Select(browser.find(By.id("nominate-person"))).getOptions();
        findings.check("demo-youth", browser, options.size() >= 2, "the map should offer at least two persons to nominate");
        var first = options.get(0).getDomAttribute("value");
        var second = options.get(1).getDomAttribute("value");
        browser.submitAndWait(By.id("nominate-form"));
        findings.scan(browser, "demo-youth", 200);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("nominate-person"))).selectByValue(first);
        browser.submitAndWait(By.id("nominate-form"));
        findings.invalidField("demo-youth", browser, "nominate-person", "mentor-error");
        findings.scan(browser, "demo-youth", 400);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("nominate-person"))).selectByValue(second);
        browser.submitAndWait(By.id("nominate-form"));
        browser.signOut();

        browser.signIn("demo-parent");
        browser.open(page);
        findings.scan(browser, "demo-parent", 200);
        var forms = browser.findAll(By.cssSelector("form[id^='answer-']"));
        findings.check("demo-parent", browser, forms.size() == 2, "both nominations should ask the parent's answer");
        forms.getFirst().findElement(By.tagName("textarea")).sendKeys("Liever iemand anders (toegankelijkheid)");
        browser.clickAndWait(forms.getFirst().findElement(By.cssSelector("button[value='false']")));
        findings.scan(browser, "demo-parent", 200);
        browser.clickAndWait(By.cssSelector("form[id^='answer-'] button[value='true']"));
        findings.scan(browser, "demo-parent", 200);
        browser.signOut();

        browser.signIn("demo-youth");
        browser.open(page);
        findings.scan(browser, "demo-youth", 200);
        var recordYes = browser.findAll(By.cssSelector("form[id^='mentor-'] button[value='true']"));
        if (!recordYes.isEmpty()) {
            browser.clickAndWait(recordYes.getFirst());
            findings.scan(browser, "demo-youth", 200);
        }
        browser.open(page + "?lang=en");
        findings.scan(browser, "demo-youth", 200);
        browser.open(page + "?lang=nl");
        browser.signOut();
    }

    /**
     * Following a match of the demo volunteer with the De Wit family: the coordinator's overview and match page with
     * each refused form, the quarterly report (and a refused quarter), the volunteer's matches and contact log (and a
     * refused contact), the family's page and its map with the volunteer beside it, and the match once closed.
     */
    private void matchPages(Browser browser) {
        var signUp = jdbc.sql("""
                select vp.programme_id, v.id from volunteer v join account a on a.id = v.account_id
                join volunteer_programme vp on vp.volunteer_id = v.id where a.username = 'demo-volunteer' order by vp.registered_at limit 1
                """).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        var coordinator = accounts.findByUsername("demo-coordinator").orElseThrow().id();
        var id = matches.start(signUp[0], UUID.randomUUID(), java.time.Instant.now().minus(java.time.Duration.ofDays(20)), deWit(), signUp[1],
                coordinator);
        var page = "/matches/" + id;

        browser.forgetCookies();
        browser.signIn("demo-coordinator");
        findings.scanAt(browser, "demo-coordinator", "/programmes/" + signUp[0] + "/matches", 200);
        findings.scanAt(browser, "demo-coordinator", "/matches", 200);
        findings.scanAt(browser, "demo-coordinator", page, 200);
        browser.setValue(By.id("stage-plannedUntil"), "2020-01-01");
        browser.submitAndWait(By.id("stage-form"));
        findings.invalidField("demo-coordinator", browser, "stage-plannedUntil", "stage-error");
        findings.scan(browser, "demo-coordinator", 400);
        browser.open(page);
        browser.submitAndWait(By.id("evaluation-form"));
        findings.invalidField("demo-coordinator", browser, "evaluation-heldOn", "evaluation-error");
        findings.scan(browser, "demo-coordinator", 400);
        browser.setValue(By.id("evaluation-heldOn"), java.time.LocalDate.now().toString());
        browser.type(By.id("evaluation-familySide"), "Het klikt (toegankelijkheid)");
        browser.submitAndWait(By.id("evaluation-form"));
        findings.check("demo-coordinator", browser, !browser.findAll(By.id("evaluations")).isEmpty(), "the evaluation should be listed");
        findings.scan(browser, "demo-coordinator", 200);
        browser.setValue(By.id("measurement-measuredOn"), java.time.LocalDate.now().toString());
        browser.submitAndWait(By.id("measurement-form"));
        findings.invalidField("demo-coordinator", browser, "measurement-youthCareInUse", "measurement-error");
        findings.scan(browser, "demo-coordinator", 400);
        browser.open(page);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("closing-reason"))).selectByValue("OTHER");
        browser.setValue(By.id("closing-closedOn"), java.time.LocalDate.now().toString());
        browser.submitAndWait(By.id("closing-form"));
        findings.invalidField("demo-coordinator", browser, "closing-reasonText", "closing-error");
        findings.scan(browser, "demo-coordinator", 400);
        findings.scanAt(browser, "demo-coordinator", "/programmes/" + signUp[0] + "/report", 200);
        findings.scanAt(browser, "demo-coordinator", "/programmes/" + signUp[0] + "/report?quarter=nope", 400);
        findings.invalidField("demo-coordinator", browser, "report-quarter", "quarter-error");
        browser.signOut();

        browser.forgetCookies();
        browser.signIn("demo-volunteer");
        findings.scanAt(browser, "demo-volunteer", "/volunteer/matches", 200);
        var own = "/volunteer/matches/" + id;
        findings.scanAt(browser, "demo-volunteer", own, 200);
        browser.type(By.id("contact-what"), "Samen naar de markt (toegankelijkheid)");
        browser.submitAndWait(By.id("contact-form"));
        findings.invalidField("demo-volunteer", browser, "contact-on", "contact-error");
        findings.scan(browser, "demo-volunteer", 400);
        browser.setValue(By.id("contact-on"), java.time.LocalDate.now().toString());
        browser.submitAndWait(By.id("contact-form"));
        findings.scan(browser, "demo-volunteer", 200);
        browser.signOut();

        browser.forgetCookies();
        browser.signIn("demo-parent");
        findings.scanAt(browser, "demo-parent", "/families/" + deWit() + "/support", 200);
        var map = jdbc.sql("select id from network_map where family_id = ? order by created_at limit 1").param(deWit()).query(UUID.class).single();
        findings.scanAt(browser, "demo-parent", "/families/" + deWit() + "/maps/" + map, 200);
        findings.check("demo-parent", browser, !browser.findAll(By.id("running-support")).isEmpty(), "the map should list the volunteer");
        browser.signOut();

        browser.forgetCookies();
        browser.signIn("demo-coordinator");
        browser.open(page);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("closing-reason"))).selectByValue("GOAL_REACHED");
        browser.setValue(By.id("closing-closedOn"), java.time.LocalDate.now().toString());
        browser.submitAndWait(By.id("closing-form"));
        findings.scan(browser, "demo-coordinator", 200);
        findings.check("demo-coordinator", browser, !browser.findAll(By.id("match-closed")).isEmpty(), "the match should show as closed");
        browser.signOut();
    }

    private UUID deWit() {
        return jdbc.sql("select id from family where name = 'Gezin De Wit (demo)'").query(UUID.class).single();
    }

    /** Everything found, by whom and where. */
    /** The second factor: off, being set up, a refused code, the recovery codes once, and the second sign-in step. */
    private void secondFactorPages(Browser browser) {
        var who = "second factor";
        var username = "test-axe-2fa-" + UUID.randomUUID().toString().substring(0, 6);
        var password = "a-long-axe-password";
        var accountId = accounts.create(new nl.kring.identity.NewAccount(username, "Tweede Factor Axe", password,
                java.util.Set.of(nl.kring.identity.Role.PARENT), java.util.Optional.empty()));
        browser.forgetCookies();
        browser.signIn(username, password);
        findings.scanAt(browser, who, "/profile/second-factor", 200);
        browser.clickAndWait(By.cssSelector("form[action$='/second-factor/start'] button"));
        findings.scan(browser, who, 200);
        var totp = nl.kring.identity.domain.Totp.ofBase32(browser.find(By.id("totp-secret")).getText().replace(" ", ""));
        var step = nl.kring.identity.domain.Totp.step(java.time.Instant.now());
        browser.type(By.id("confirm-code"), "12345x");
        browser.clickAndWait(By.cssSelector("form[action$='/second-factor/confirm'] button"));
        findings.invalidField(who, browser, "confirm-code", "code-error");
        findings.scan(browser, who, 400);
        browser.type(By.id("confirm-code"), totp.code(step - 1));
        browser.clickAndWait(By.cssSelector("form[action$='/second-factor/confirm'] button"));
        findings.check(who, browser, !browser.findAll(By.id("recovery-codes")).isEmpty(), "the recovery codes are not shown");
        findings.scan(browser, who, 200);
        browser.signOut();
        browser.open("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        findings.check(who, browser, browser.path().equals("/login/second-factor"), "the second step should follow the password, not " + browser.path());
        findings.scan(browser, who, 200);
        browser.type(By.id("code"), "abc");
        browser.clickAndWait(By.cssSelector("form[action$='/login/second-factor'] button"));
        findings.invalidField(who, browser, "code", "code-error");
        findings.scan(browser, who, 400);
        browser.type(By.id("code"), totp.code(step));
        browser.clickAndWait(By.cssSelector("form[action$='/login/second-factor'] button"));
        findings.check(who, browser, browser.path().equals("/"), "the code should sign in, not lead to " + browser.path());
        findings.scanAt(browser, who, "/profile/second-factor", 200);
        browser.signOut();
        // the administrator resets it: the page says what happened
        browser.signIn("demo-admin", "kring-demo");
        browser.open("/admin/accounts/" + accountId);
        browser.clickAndWait(By.cssSelector("form[action$='/second-factor/reset'] button"));
        findings.check(who, browser, !browser.findAll(By.id("second-factor-reset")).isEmpty(), "the reset should say what it did");
        findings.scan(browser, who, 200);
        browser.signOut();
    }

    static final class Findings {
        private final List<String> problems = new ArrayList<>();
        private int scans;
        private int violations;

        /** Runs one part of the scan; if it breaks off, that is reported too and the other parts still run. */
        void section(String who, Runnable part) {
            try {
                part.run();
            } catch (RuntimeException | AssertionError e) {
                problems.add("[" + who + "] the scan broke off: " + e);
            }
        }

        void scanAt(Browser browser, String who, String path, int expectedStatus) {
            browser.open(path);
            scan(browser, who, expectedStatus);
        }

        void scan(Browser browser, String who, int expectedStatus) {
            scans++;
            var where = "[" + who + "] " + browser.path();
            var status = browser.status();
            if (status != expectedStatus) {
                problems.add(where + ": HTTP status " + status + ", expected " + expectedStatus);
            }
            for (var violation : Axe.scan(browser)) {
                violations++;
                problems.add(where + "\n" + violation.describe());
            }
            var withoutArrow = browser.js("""
                    return Array.from(document.querySelectorAll('select:not([multiple])'))
                        .filter(s => getComputedStyle(s).appearance === 'none' && getComputedStyle(s).backgroundImage === 'none')
                        .map(s => s.id || s.name);
                    """);
            if (withoutArrow instanceof List<?> ids && !ids.isEmpty()) {
                problems.add(where + ": selects that look like text fields (no arrow): " + ids);
            }
        }

        void check(String who, Browser browser, boolean ok, String problem) {
            if (!ok) {
                problems.add("[" + who + "] " + browser.path() + ": " + problem);
            }
        }

        /** The field the error is about says so itself, and points to the error text. */
        void invalidField(String who, Browser browser, String fieldId, String errorId) {
            var field = browser.find(By.id(fieldId));
            var describedBy = String.valueOf(field.getDomAttribute("aria-describedby"));
            check(who, browser, "true".equals(field.getDomAttribute("aria-invalid")) && List.of(describedBy.split(" ")).contains(errorId),
                    "field #" + fieldId + " should have aria-invalid=\"true\" and aria-describedby including " + errorId
                            + ", but is " + field.getDomProperty("outerHTML"));
        }

        void mustReach(String who, SequencedSet<String> visited) {
            System.out.printf("AccessibilityIT: %s reached %d pages by links: %s%n", who, visited.size(), visited);
            for (var expected : MUST_REACH.getOrDefault(who, List.of())) {
                var pattern = Pattern.compile(expected);
                if (visited.stream().noneMatch(p -> pattern.matcher(p).matches())) {
                    problems.add("[" + who + "] the crawl did not reach " + expected + "; it visited " + visited);
                }
            }
        }

        void assertNone() {
            assertThat(scans).as("pages scanned").isGreaterThan(40);
            if (!problems.isEmpty()) {
                fail(problems.size() + " accessibility problems (" + violations + " axe violations) in " + scans + " page scans:\n\n"
                        + String.join("\n\n", problems));
            }
        }
    }
}
