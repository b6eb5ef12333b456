package nl.kring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.Role;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Volunteers as people meet them: a household registers on the public form and gets an account; the
 * coordinator records the programme's requirements with evidence; only with every requirement met and
 * valid can the volunteer be matched, and an expired certificate of conduct takes them out with the reason,
 * on the coordinator's page and on their own. Renewal reminders are mailed once.
 */
@IntegrationTest
class VolunteersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VolunteerRenewalReminders reminders;

    MatchingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatchingFixtures(port, accounts, tokens);
        // all tests come from the same address: start with a clean throttle of the public forms
        jdbc.sql("delete from intake_attempt").update();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** A coordinator with an organisation running a support-family programme from the Buurtgezinnen template. */
    private record Setup(UUID coordinator, String username, UUID organisation, UUID programme) {}

    private Setup supportFamilyProgramme() {
        var username = "coord-" + MatchingFixtures.marker();
        var coordinator = fixtures.account(username, Role.COORDINATOR);
        var organisation = fixtures.organisationWith(coordinator, "Steun " + MatchingFixtures.marker() + " (test)");
        var created = fixtures.token(coordinator).postJson("/api/v1/programmes",
                "{\"organisation\":\"" + organisation + "\",\"template\":\"BUURTGEZINNEN\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return new Setup(coordinator, username, organisation, UUID.fromString(json(created.body()).get("id").asString()));
    }

    private static Map<String, String> household(UUID programme, String username, String email) {
        var fields = new HashMap<String, String>();
        fields.put("programmes", programme.toString());
        fields.put("kind", "HOUSEHOLD");
        fields.put("name", "Familie Noordhuis (test)");
        fields.put("household", "Anna (41), Bert (44), Sam (9)");
        fields.put("postcode", "1011 AB");
        fields.put("email", email);
        fields.put("phone", "06-12345678");
        fields.put("username", username);
        fields.put("password", MatchingFixtures.PASSWORD);
        fields.put("passwordAgain", MatchingFixtures.PASSWORD);
        fields.put("languages", "ar");
        fields.put("availability", "WEDNESDAY_AFTERNOON");
        fields.put("interests", "COOKING");
        fields.put("experience", "Drie eigen kinderen; eerder oppasouders.");
        fields.put("cultures", "Marokkaans, Nederlands");
        fields.put("ageFrom", "4");
        fields.put("ageTo", "12");
        fields.put("maxDistanceKm", "10");
        fields.put("consent", "true");
        return fields;
    }

    private UUID volunteerOf(String username) {
        return jdbc.sql("select v.id from volunteer v join account a on a.id = v.account_id where a.username = ?").param(username)
                .query(UUID.class).single();
    }

    private void evidence(Http api, Setup setup, UUID volunteer, String kind, LocalDate date, String profile) {
        var body = JSON.createObjectNode().put("kind", kind).put("date", date.toString()).put("screeningProfile", profile).put("note", "gezien");
        var recorded = api.postJson("/api/v1/programmes/" + setup.programme() + "/volunteers/" + volunteer + "/evidence", body.toString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    @Test
    void aHouseholdRegistersAndIsAvailableOnlyWhenEveryRequirementIsMet() {
        var setup = supportFamilyProgramme();
        var username = "gezin-" + MatchingFixtures.marker();
        var email = username + "@example.org";
        var visitor = Http.anonymous(port);
        var form = visitor.get("/vrijwilliger-worden");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Buurtgezinnen (Steun ", "woensdagmiddag", "Arabisch");

        var registered = visitor.submit("/vrijwilliger-worden", "/vrijwilliger-worden", household(setup.programme(), username, email));
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location").orElseThrow()).endsWith("/vrijwilliger-worden/aangemeld");
        var volunteer = volunteerOf(username);
        // the account has the volunteer role and the address; only the four digits of the postcode are kept
        assertThat(accounts.findByUsername(username).orElseThrow().roles()).containsExactly(Role.VOLUNTEER);
        assertThat(jdbc.sql("select pc4 from volunteer where id = ?").param(volunteer).query(Integer.class).single()).isEqualTo(1011);
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = ? and subject = 'Je aanmelding als vrijwilliger'")
                .param(email).query(Integer.class).single()).isEqualTo(1);

        // the volunteer sees on their own page what is still missing
        var own = Http.signedIn(port, username, MatchingFixtures.PASSWORD);
        var ownPage = own.get("/volunteer").body();
        assertThat(ownPage).contains("Kan nu niet gekoppeld worden", "Verklaring omtrent het gedrag (VOG): nog niet aangetoond",
                "Intakegesprek gehouden: nog niet aangetoond", "woensdagmiddag", "Anna (41), Bert (44), Sam (9)");

        // the coordinator sees the same, and records the evidence one requirement at a time
        var coordinator = Http.signedIn(port, setup.username(), MatchingFixtures.PASSWORD);
        var list = coordinator.get("/programmes/" + setup.programme() + "/volunteers");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Familie Noordhuis (test)", "Identiteitsbewijs gecontroleerd: nog niet aangetoond");
        var page = "/programmes/" + setup.programme() + "/volunteers/" + volunteer;
        var today = LocalDate.now(DUTCH);
        assertThat(coordinator.submit(page, page + "/evidence", Map.of("kind", "CERTIFICATE_OF_CONDUCT", "date", today.minusMonths(2).toString(),
                "screeningProfile", "84", "note", "VOG gezien")).statusCode()).isEqualTo(302);
        assertThat(coordinator.submit(page, page + "/evidence", Map.of("kind", "ID_CHECKED", "date", today.toString())).statusCode()).isEqualTo(302);
        assertThat(coordinator.get(page).body()).contains("Intakegesprek gehouden: nog niet aangetoond")
                .doesNotContain("Identiteitsbewijs gecontroleerd: nog niet aangetoond");
        var api = fixtures.token(setup.coordinator());
        evidence(api, setup, volunteer, "INTAKE_INTERVIEW", today, "");

        var until = today.minusMonths(2).plusMonths(36);
        var expected = until.getDayOfMonth() + "-" + until.getMonthValue() + "-" + until.getYear();
        assertThat(coordinator.get(page).body()).contains("Kan gekoppeld worden tot " + expected, "VOG gezien");
        assertThat(own.get("/volunteer").body()).contains("Kan gekoppeld worden tot " + expected);
        var listed = json(api.get("/api/v1/programmes/" + setup.programme() + "/volunteers").body()).get(0);
        assertThat(listed.get("available").booleanValue()).isTrue();
        assertThat(listed.get("availableUntil").asString()).isEqualTo(until.toString());

        // reading a volunteer's data is audited, for the coordinator and the volunteer alike
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOLUNTEER_READ' and ? = any(record_ids)")
                .param(volunteer.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOLUNTEER_REGISTER' and ? = any(record_ids)")
                .param(volunteer.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredCertificateOfConductTakesTheVolunteerOutVisiblyUntilItIsRenewed() {
        var setup = supportFamilyProgramme();
        var username = "gezin-" + MatchingFixtures.marker();
        var registered = Http.anonymous(port).submit("/vrijwilliger-worden", "/vrijwilliger-worden",
                household(setup.programme(), username, username + "@example.org"));
        assertThat(registered.statusCode()).isEqualTo(302);
        var volunteer = volunteerOf(username);
        var api = fixtures.token(setup.coordinator());
        var today = LocalDate.now(DUTCH);
        var issued = today.minusMonths(36).minusDays(1);
        evidence(api, setup, volunteer, "CERTIFICATE_OF_CONDUCT", issued, "");
        evidence(api, setup, volunteer, "ID_CHECKED", today.minusYears(1), "");
        evidence(api, setup, volunteer, "INTAKE_INTERVIEW", today.minusYears(1), "");

        var expired = issued.plusMonths(36);
        var date = expired.getDayOfMonth() + "-" + expired.getMonthValue() + "-" + expired.getYear();
        var coordinator = Http.signedIn(port, setup.username(), MatchingFixtures.PASSWORD);
        assertThat(coordinator.get("/programmes/" + setup.programme() + "/volunteers").body())
                .contains("Verklaring omtrent het gedrag (VOG): verlopen op " + date);
        assertThat(Http.signedIn(port, username, MatchingFixtures.PASSWORD).get("/volunteer").body())
                .contains("Kan nu niet gekoppeld worden", "Verklaring omtrent het gedrag (VOG): verlopen op " + date);
        var reason = json(api.get("/api/v1/programmes/" + setup.programme() + "/volunteers/" + volunteer).body())
                .get("standings").get(0).get("reasons").get(0);
        assertThat(reason.get("code").asString()).isEqualTo("EXPIRED");
        assertThat(reason.get("since").asString()).isEqualTo(expired.toString());

        // a new certificate counts from its own date; the old one stays in the history
        evidence(api, setup, volunteer, "CERTIFICATE_OF_CONDUCT", today, "");
        var renewed = json(api.get("/api/v1/programmes/" + setup.programme() + "/volunteers/" + volunteer).body()).get("standings").get(0);
        assertThat(renewed.get("available").booleanValue()).isTrue();
        assertThat(renewed.get("evidence").size()).isEqualTo(4);
    }

    @Test
    void aProgrammeThatAsksAScreeningProfileRefusesACertificateForAnother() {
        var setup = supportFamilyProgramme();
        var api = fixtures.token(setup.coordinator());
        var programme = json(api.get("/api/v1/programmes/" + setup.programme()).body()).get("settings");
        var settings = (tools.jackson.databind.node.ObjectNode) programme;
        var requirements = (tools.jackson.databind.node.ArrayNode) settings.get("requirements");
        ((tools.jackson.databind.node.ObjectNode) requirements.get(0)).put("screeningProfile", "84");
        assertThat(api.putJson("/api/v1/programmes/" + setup.programme(), settings.toString()).statusCode()).isEqualTo(200);
        var username = "gezin-" + MatchingFixtures.marker();
        Http.anonymous(port).submit("/vrijwilliger-worden", "/vrijwilliger-worden", household(setup.programme(), username, username + "@example.org"));
        var volunteer = volunteerOf(username);
        evidence(api, setup, volunteer, "CERTIFICATE_OF_CONDUCT", LocalDate.now(DUTCH), "45");
        var reason = json(api.get("/api/v1/programmes/" + setup.programme() + "/volunteers").body()).get(0).get("reasons").get(0);
        assertThat(reason.get("code").asString()).isEqualTo("WRONG_SCREENING_PROFILE");
        assertThat(reason.get("message").asString()).contains("ander screeningsprofiel");
    }

    @Test
    void aReminderIsMailedOnceBeforeTheCertificateRunsOut() {
        var setup = supportFamilyProgramme();
        var username = "gezin-" + MatchingFixtures.marker();
        var email = username + "@example.org";
        Http.anonymous(port).submit("/vrijwilliger-worden", "/vrijwilliger-worden", household(setup.programme(), username, email));
        var volunteer = volunteerOf(username);
        var api = fixtures.token(setup.coordinator());
        var today = LocalDate.now(DUTCH);
        // expires in 30 days: within the eight weeks' notice
        evidence(api, setup, volunteer, "CERTIFICATE_OF_CONDUCT", today.plusDays(30).minusMonths(36), "");
        var reminder = "select count(*) from mail_message where recipient = ? and subject = 'Herinnering: vernieuwen voor je vrijwilligerswerk'";

        reminders.send();
        reminders.send();
        assertThat(jdbc.sql(reminder).param(email).query(Integer.class).single()).isEqualTo(1);
        var body = jdbc.sql("select plain_text from mail_message where recipient = ? and subject like 'Herinnering%'").param(email)
                .query(String.class).single();
        var expires = today.plusDays(30);
        assertThat(body).contains("Familie Noordhuis (test)", "Verklaring omtrent het gedrag (VOG)",
                "geldig tot " + expires.getDayOfMonth() + "-" + expires.getMonthValue() + "-" + expires.getYear(), "/volunteer");

        // a renewed certificate far from its end: nothing more to remind
        evidence(api, setup, volunteer, "CERTIFICATE_OF_CONDUCT", today, "");
        reminders.send();
        assertThat(jdbc.sql(reminder).param(email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithEveryFieldAndWhatWasTypedStays() {
        var setup = supportFamilyProgramme();
        var fields = household(setup.programme(), "gezin-" + MatchingFixtures.marker(), "geen-adres");
        fields.put("postcode", "12");
        fields.put("passwordAgain", "iets-anders-2026!");
        fields.remove("availability");
        fields.remove("consent");
        var refused = Http.anonymous(port).submit("/vrijwilliger-worden", "/vrijwilliger-worden", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vul een geldig e-mailadres in", "Vul je postcode in", "Kies minstens een dagdeel",
                "De twee wachtwoorden zijn niet gelijk", "Zonder je akkoord", "value=\"Familie Noordhuis (test)\"", "id=\"vol-postcode\"",
                "aria-invalid=\"true\"").doesNotContain(MatchingFixtures.PASSWORD);

        // over the API: every problem with its field
        var api = Http.anonymous(port).postJson("/api/v1/volunteers", """
                {"programmes":["%s"],"username":"x","password":"kort","email":"a@b.nl","kind":"PERSON","name":"Piet (test)",
                 "postcode":"1011AB","languages":["xx"],"availability":["FUNDAY_MORNING"],"ageFrom":12,"ageTo":6,"consent":true}
                """.formatted(setup.programme()));
        assertThat(api.statusCode()).isEqualTo(400);
        var problems = json(api.body()).get("problems");
        assertThat(problems.valueStream().map(p -> p.get("field").asString()))
                .containsExactly("languages", "availability", "ageTo");

        // evidence: a requirement the programme does not have, a date ahead, someone else's volunteer
        var username = "gezin-" + MatchingFixtures.marker();
        Http.anonymous(port).submit("/vrijwilliger-worden", "/vrijwilliger-worden", household(setup.programme(), username, username + "@example.org"));
        var volunteer = volunteerOf(username);
        var coordinator = fixtures.token(setup.coordinator());
        var base = "/api/v1/programmes/" + setup.programme() + "/volunteers/" + volunteer + "/evidence";
        var training = coordinator.postJson(base, "{\"kind\":\"TRAINING\",\"date\":\"2026-01-01\"}");
        assertThat(training.statusCode()).isEqualTo(400);
        assertThat(json(training.body()).get("field").asString()).isEqualTo("kind");
        var ahead = coordinator.postJson(base, "{\"kind\":\"ID_CHECKED\",\"date\":\"" + LocalDate.now(DUTCH).plusDays(2) + "\"}");
        assertThat(json(ahead.body()).get("field").asString()).isEqualTo("date");
        var browser = Http.signedIn(port, setup.username(), MatchingFixtures.PASSWORD);
        var page = "/programmes/" + setup.programme() + "/volunteers/" + volunteer;
        var badDate = browser.submit(page, page + "/evidence", Map.of("kind", "ID_CHECKED", "date", "gisteren", "note", "paspoort"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Vul een datum in", "id=\"evidence-date\"", "aria-invalid=\"true\"", "value=\"paspoort\"");

        var other = fixtures.account("coord-" + MatchingFixtures.marker(), Role.COORDINATOR);
        assertThat(fixtures.token(other).get("/api/v1/programmes/" + setup.programme() + "/volunteers/" + volunteer).statusCode()).isEqualTo(404);
        assertThat(fixtures.token(other).postJson(base, "{\"kind\":\"ID_CHECKED\",\"date\":\"2026-01-01\"}").statusCode()).isEqualTo(404);
        var volunteerSelf = Http.signedIn(port, username, MatchingFixtures.PASSWORD);
        assertThat(volunteerSelf.get("/programmes/" + setup.programme() + "/volunteers").statusCode()).isEqualTo(403);
    }
}
