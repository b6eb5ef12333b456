package nl.kring.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
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
 * "Vraag steun aan" over HTTP against the whole application: anonymous requests land with the team whose
 * postcode area covers them and with no other team; bad input, uncovered postcodes and throttling; the
 * team accepts a request into a new file or answers with a referral; the API; the audit. Each test makes
 * its own teams with postcode areas of their own (9000 and up; the demo teams cover 1000–1499).
 */
@IntegrationTest
class IntakeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a-long-test-password";
    private static final AtomicInteger NEXT_AREA = new AtomicInteger(9000);

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired SupportRequests requests;

    record Team(UUID id, int from, String professional, Http api) {
        String postcode() {
            return (from + 2) + " AB";
        }
    }

    /** Every test starts with a clean throttle: all tests come from the same address. */
    @BeforeEach
    void forgetAttempts() {
        jdbc.sql("delete from intake_attempt").update();
    }

    /** A new team with one professional (signed in for the pages, a token for the API) and the postcode area from–from+9, added by the administrator. */
    Team team(String name) {
        var team = accounts.createTeam(name + " " + UUID.randomUUID().toString().substring(0, 6));
        var username = "test-intake-" + UUID.randomUUID().toString().substring(0, 8);
        var id = accounts.create(new NewAccount(username, "Hulpverlener " + name, PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var from = NEXT_AREA.getAndAdd(10);
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var page = "/admin/teams/" + team.id() + "/postcodes";
        var added = admin.submit(page, page, Map.of("from", String.valueOf(from), "to", String.valueOf(from + 9)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        return new Team(team.id(), from, username, Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token()));
    }

    Http browser(Team team) {
        return Http.signedIn(port, team.professional(), PASSWORD);
    }

    static Map<String, String> form(String question, String postcode, String email, String phone) {
        var fields = new HashMap<String, String>();
        fields.put("question", question);
        fields.put("postcode", postcode);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("language", "nl");
        fields.put("addressedAs", "Yasmina (test)");
        fields.put("website", "");
        return fields;
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** Asks through the public form as an anonymous visitor; the id of the new request, read from the team's list. */
    UUID ask(Team team, String question) {
        var anonymous = Http.anonymous(port);
        var sent = anonymous.submit("/vraag-steun", "/vraag-steun", form(question, team.postcode(), "vrager@example.org", ""));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/vraag-steun/ontvangen");
        for (var r : json(team.api().get("/api/v1/intake").body())) {
            if (r.get("question").asString().equals(question)) {
                return UUID.fromString(r.get("id").asString());
            }
        }
        throw new AssertionError("not in the team's list: " + question);
    }

    int audited(String action, UUID record, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = ? and ? = any(record_ids) and outcome = ?")
                .params(action, record.toString(), outcome).query(Integer.class).single();
    }

    @Test
    void theFormIsPublic_andLinkedFromTheHomeAndSignInPages() {
        var anonymous = Http.anonymous(port);
        var page = anonymous.get("/vraag-steun");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vraag steun aan", "name=\"question\"", "name=\"postcode\"");
        assertThat(anonymous.get("/vraag-steun?lang=en").body()).contains("Ask for support", "Send your question");
        assertThat(anonymous.get("/").body()).contains("href=\"/vraag-steun\"");
        assertThat(anonymous.get("/login").body()).contains("href=\"/vraag-steun\"");
    }

    @Test
    void anAnonymousRequestLandsWithTheTeamOfThePostcode_andNoOtherTeamLearnsOfIt() {
        var north = team("Wijkteam Intake Noord (test)");
        var south = team("Wijkteam Intake Zuid (test)");
        var question = "Onze dochter slaapt slecht sinds de scheiding, wie denkt met ons mee? " + UUID.randomUUID();
        var id = ask(north, question);
        assertThat(jdbc.sql("select team_id from support_request where id = ?").param(id).query(UUID.class).single()).isEqualTo(north.id());

        var northPage = browser(north);
        assertThat(northPage.get("/intake").body()).contains("Onze dochter slaapt slecht", "/intake/" + id);
        var detail = northPage.get("/intake/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains(question, "vrager@example.org", "Yasmina (test)", north.postcode());

        // the other team: not in its list, 404 on the page and in the API
        var southPage = browser(south);
        assertThat(southPage.get("/intake").body()).doesNotContain("Onze dochter slaapt slecht").doesNotContain(id.toString());
        assertThat(southPage.get("/intake/" + id).statusCode()).isEqualTo(404);
        assertThat(south.api().get("/api/v1/intake").body()).doesNotContain(id.toString());
        assertThat(south.api().get("/api/v1/intake/" + id).statusCode()).isEqualTo(404);
        assertThat(southPage.get("/families/new?from=" + id).statusCode()).isEqualTo(404);

        // an administrator manages areas but does not read requests
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        assertThat(admin.get("/intake").statusCode()).isEqualTo(403);
        assertThat(admin.get("/intake/" + id).statusCode()).isEqualTo(404);

        assertThat(audited("SUPPORT_REQUEST_SUBMIT", id, "ALLOWED")).isEqualTo(1);
        assertThat(audited("SUPPORT_REQUEST_LIST", id, "ALLOWED")).isGreaterThanOrEqualTo(2);
        assertThat(audited("SUPPORT_REQUEST_READ", id, "ALLOWED")).isEqualTo(1);
        // the other team three times (page, API, new-file form), the administrator once
        assertThat(audited("SUPPORT_REQUEST_READ", id, "DENIED_NOT_FOUND")).isEqualTo(4);
        // a confirmation is mailed, without the question
        var subjects = jdbc.sql("select plain_text from mail_message where recipient = 'vrager@example.org'").query(String.class).list();
        assertThat(subjects).isNotEmpty().noneMatch(text -> text.contains("Onze dochter"));
    }

    @Test
    void badInputIsRefusedWithTranslatedMessages_andKeepsWhatWasTyped() {
        var anonymous = Http.anonymous(port);
        var refused = anonymous.submit("/vraag-steun", "/vraag-steun", form("Mijn vraag die blijft staan", "12345", "geen-mail", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vul een Nederlandse postcode in", "Vul een geldig e-mailadres in", "Mijn vraag die blijft staan",
                "value=\"12345\"", "value=\"geen-mail\"", "aria-invalid=\"true\"", "href=\"#ask-postcode\"");
        var none = anonymous.submit("/vraag-steun", "/vraag-steun", form(" ", "1234 AB", "", ""));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Schrijf je vraag op.", "Vul een e-mailadres of een telefoonnummer in");
        var english = anonymous.submit("/vraag-steun?lang=en", "/vraag-steun?lang=en", form("Kept", "1234", "", "123"));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Fill in a Dutch postcode", "Fill in a valid phone number", "Kept");
        // bad input does not count towards the throttle
        assertThat(jdbc.sql("select count(*) from intake_attempt").query(Integer.class).single()).isZero();
    }

    @Test
    void aPostcodeNoTeamCoversIsRefusedWithWhomToAsk_keepingWhatWasTyped() {
        var anonymous = Http.anonymous(port);
        var refused = anonymous.submit("/vraag-steun", "/vraag-steun", form("Vraag uit een andere gemeente", "9999 ZZ", "", "06-12345678"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Voor deze postcode werkt nog geen team", "gemeente", "Vraag uit een andere gemeente",
                "value=\"06-12345678\"");
        var api = Http.anonymous(port).postJson("/api/v1/support-requests", """
                {"question":"Vraag","postcode":"9999 ZZ","phone":"06-12345678","language":"nl"}""");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api.body()).get("field").asString()).isEqualTo("postcode");
    }

    @Test
    void tooManyRequestsFromOneAddressGet429WithATranslatedPage() {
        var team = team("Wijkteam Drempel (test)");
        var anonymous = Http.anonymous(port);
        for (int i = 0; i < 10; i++) {
            var sent = anonymous.postJson("/api/v1/support-requests", """
                    {"question":"Vraag %d","postcode":"%s","phone":"06-12345678","language":"nl"}""".formatted(i, team.postcode()));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        }
        var page = anonymous.submit("/vraag-steun", "/vraag-steun", form("Mijn elfde vraag", team.postcode(), "", "06-12345678"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Te veel vragen vanaf dit adres", "Mijn elfde vraag");
        var english = anonymous.submit("/vraag-steun", "/vraag-steun?lang=en", form("Eleventh", team.postcode(), "", "06-12345678"));
        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.body()).contains("Too many questions from this address");
        var api = anonymous.postJson("/api/v1/support-requests", """
                {"question":"Vraag","postcode":"%s","phone":"06-12345678","language":"nl"}""".formatted(team.postcode()));
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(json(team.api().get("/api/v1/intake").body())).hasSize(10);
    }

    @Test
    void theTeamAcceptsARequestIntoANewFile_openedFromAPrefilledForm() {
        var team = team("Wijkteam Opnemen (test)");
        var question = "Wij willen graag dat opa vaker meedenkt over de kinderen. " + UUID.randomUUID();
        var id = ask(team, question);
        var browser = browser(team);
        assertThat(browser.get("/intake/" + id).body()).contains("/families/new?from=" + id);
        var form = browser.get("/families/new?from=" + id);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(question, "value=\"Yasmina (test)\"", "name=\"from\"", "value=\"" + id + "\"");

        var fields = new HashMap<String, String>(Map.of("name", "Gezin Opnemen (test)", "from", id.toString(), "youth[0].givenName", "Lotte",
                "youth[0].familyName", "Opnemen", "youth[0].birthDate", LocalDate.now().minusYears(9).toString(), "youth[0].careSituation",
                "NO_CARE", "parent[0].givenName", "Ina", "parent[0].familyName", "Opnemen", "parent[0].carerKind", "MOTHER",
                "parent[0].parentalAuthority", "on"));
        var opened = browser.submit("/families/new?from=" + id, "/families/new", fields);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        var familyId = UUID.fromString(opened.headers().firstValue("Location").orElseThrow().replaceFirst(".*/families/", ""));

        var request = json(team.api().get("/api/v1/intake/" + id).body());
        assertThat(request.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(request.get("familyId").asString()).isEqualTo(familyId.toString());
        assertThat(browser.get("/intake/" + id).body()).contains("Opgenomen in een dossier", "/families/" + familyId);
        assertThat(team.api().get("/api/v1/families/" + familyId).statusCode()).isEqualTo(200);
        assertThat(audited("SUPPORT_REQUEST_ACCEPT", id, "ALLOWED")).isEqualTo(1);

        // a second time: refused, and no second file is opened
        var families = jdbc.sql("select count(*) from family").query(Integer.class).single();
        fields.put("name", "Gezin Twee Keer (test)");
        var again = browser.submit("/families/new?lang=nl", "/families/new", fields);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from family").query(Integer.class).single()).isEqualTo(families);
    }

    @Test
    void theTeamAnswersWithAReferral_mailedToThePerson() {
        var team = team("Wijkteam Verwijzen (test)");
        var id = ask(team, "Waar vind ik een maatje voor mijn zoon? " + UUID.randomUUID());
        var browser = browser(team);
        var empty = browser.submit("/intake/" + id, "/intake/" + id + "/refer", Map.of("text", " "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Schrijf je antwoord met de verwijzing op.");
        var referral = "Het maatjesproject van de buurtvereniging (test) past goed; bel hen op dinsdag.";
        var referred = browser.submit("/intake/" + id, "/intake/" + id + "/refer", Map.of("text", referral));
        assertThat(referred.statusCode()).isEqualTo(302);
        var page = browser.get("/intake/" + id).body();
        assertThat(page).contains("Doorverwezen", "maatjesproject", "Wijkteam Verwijzen").doesNotContain("id=\"refer-form\"");
        var request = json(team.api().get("/api/v1/intake/" + id).body());
        assertThat(request.get("state").asString()).isEqualTo("REFERRED");
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = 'vrager@example.org' and plain_text like '%maatjesproject%'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(audited("SUPPORT_REQUEST_REFER", id, "ALLOWED")).isEqualTo(1);
        // answered once only
        assertThat(team.api().postJson("/api/v1/intake/" + id + "/refer", "{\"text\":\"nog eens\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void theApiTakesPublicRequests_andGivesTheTeamItsList() {
        var team = team("Wijkteam Api (test)");
        var anonymous = Http.anonymous(port);
        var created = anonymous.postJson("/api/v1/support-requests", """
                {"question":"Via de app: wie helpt met de boodschappen?","postcode":"%s","email":"api@example.org","language":"en"}"""
                .formatted(team.postcode().replace(" ", "").toLowerCase()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = json(created.body()).get("id").asString();
        assertThat(json(created.body()).get("confirmationMailed").asBoolean()).isTrue();
        var bad = anonymous.postJson("/api/v1/support-requests", """
                {"question":"Vraag","postcode":"%s","email":"","phone":"","language":"nl"}""".formatted(team.postcode()));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(json(bad.body()).get("field").asString()).isEqualTo("email");
        assertThat(json(bad.body()).get("detail").asString()).isNotBlank();

        var list = json(team.api().get("/api/v1/intake").body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(id);
        assertThat(list.get(0).get("postcode").asString()).isEqualTo(team.postcode());
        assertThat(list.get(0).get("language").asString()).isEqualTo("en");
        assertThat(Http.anonymous(port).get("/api/v1/intake").statusCode()).isEqualTo(401);
    }

    @Test
    void administratorsKeepPostcodeAreas_thatNeverOverlap() {
        var team = team("Wijkteam Gebied (test)");
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var page = "/admin/teams/" + team.id() + "/postcodes";
        assertThat(admin.get("/admin/teams").body()).contains("Wijkteam Gebied", team.from() + "–" + (team.from() + 9));
        var overlap = admin.submit(page, page, Map.of("from", "1200", "to", "1350"));
        assertThat(overlap.statusCode()).isEqualTo(400);
        assertThat(overlap.body()).contains("overlapt met", "(demo)");
        var backwards = admin.submit(page, page, Map.of("from", "8999", "to", "8990"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("value=\"8999\"");
        assertThat(browser(team).get(page).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAcceptsARequestIntoANewFile_onlyForItsTeam() {
        var team = team("Wijkteam Api Opnemen (test)");
        var other = team("Wijkteam Api Ander (test)");
        var id = ask(team, "Via de API opnemen " + UUID.randomUUID());
        var body = """
                {"name":"Gezin Api (test)","members":[
                 {"givenName":"Mees","familyName":"Api","relation":"YOUTH","birthDate":"%s","careSituation":"NO_CARE"},
                 {"givenName":"Roos","familyName":"Api","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true}]}
                """.formatted(LocalDate.now().minusYears(7));
        assertThat(other.api().postJson("/api/v1/intake/" + id + "/accept", body).statusCode()).isEqualTo(404);
        var accepted = team.api().postJson("/api/v1/intake/" + id + "/accept", body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        var familyId = json(accepted.body()).get("familyId").asString();
        assertThat(json(team.api().get("/api/v1/intake/" + id).body()).get("familyId").asString()).isEqualTo(familyId);
        assertThat(team.api().postJson("/api/v1/intake/" + id + "/accept", body).statusCode()).isEqualTo(409);
    }

    @Test
    void aBotFillingInTheHiddenFieldIsAnsweredAsASuccess_butNothingIsStored() {
        var team = team("Wijkteam Honingpot (test)");
        var fields = form("Koop goedkope horloges " + UUID.randomUUID(), team.postcode(), "bot@example.org", "");
        fields.put("website", "http://spam.example");
        var sent = Http.anonymous(port).submit("/vraag-steun", "/vraag-steun", fields);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(json(team.api().get("/api/v1/intake").body())).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = 'bot@example.org'").query(Integer.class).single()).isZero();
    }

    @Test
    void someoneOutsideTheTeamGets404ForAnyBody_beforeTheBodyIsLookedAt() {
        var team = team("Wijkteam Eerst Toegang (test)");
        var other = team("Wijkteam Vreemde (test)");
        var id = ask(team, "Eerst de toegang, dan de inhoud " + UUID.randomUUID());
        var unknown = UUID.randomUUID();
        for (var target : new UUID[] {id, unknown}) {
            assertThat(other.api().postJson("/api/v1/intake/" + target + "/refer", "{\"text\":\"\"}").statusCode()).isEqualTo(404);
            assertThat(other.api().postJson("/api/v1/intake/" + target + "/refer", "{}").statusCode()).isEqualTo(404);
            assertThat(other.api().postJson("/api/v1/intake/" + target + "/accept", "{\"name\":\"\",\"members\":[]}").statusCode())
                    .isEqualTo(404);
            assertThat(other.api().postJson("/api/v1/intake/" + target + "/accept",
                    "{\"name\":\"X\",\"members\":[{\"relation\":\"NONSENSE\"}]}").statusCode()).isEqualTo(404);
        }
        assertThat(audited("SUPPORT_REQUEST_REFER", id, "DENIED_NOT_FOUND")).isEqualTo(2);
        assertThat(audited("SUPPORT_REQUEST_ACCEPT", id, "DENIED_NOT_FOUND")).isEqualTo(2);
        // the team itself is told what is wrong with what it sent, and nothing changed
        var empty = team.api().postJson("/api/v1/intake/" + id + "/refer", "{\"text\":\" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("text");
        assertThat(team.api().postJson("/api/v1/intake/" + id + "/accept", "{\"name\":\"Gezin Leeg (test)\",\"members\":[]}").statusCode())
                .isEqualTo(400);
        assertThat(json(team.api().get("/api/v1/intake/" + id).body()).get("state").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void theThrottleCountsAddressesUnderAKeyedHash_notAPlainOne() throws Exception {
        var team = team("Wijkteam Sleutel (test)");
        ask(team, "Wordt mijn adres bewaard? " + UUID.randomUUID());
        var stored = jdbc.sql("select client_hash from intake_attempt").query(String.class).list();
        assertThat(stored).hasSize(1);
        var plain = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest("127.0.0.1".getBytes()));
        assertThat(stored.getFirst()).hasSize(64).isNotEqualTo(plain).doesNotContain("127.0.0.1");
        assertThat(stored.getFirst()).isEqualTo(requests.clientHash("127.0.0.1")).isNotEqualTo(requests.clientHash("127.0.0.2"));
    }

    @Test
    void aRequestNobodyTookUpIsErasedAfterItsRetentionPeriod_andTheEraseIsAudited() {
        var team = team("Wijkteam Vergeten (test)");
        var old = ask(team, "Een oude vraag die bleef liggen " + UUID.randomUUID());
        var recent = ask(team, "Een vraag van vorige week " + UUID.randomUUID());
        var handled = ask(team, "Een oude vraag die wel is beantwoord " + UUID.randomUUID());
        assertThat(team.api().postJson("/api/v1/intake/" + handled + "/refer", "{\"text\":\"Bel de buurtvereniging (test).\"}").statusCode())
                .isEqualTo(200);
        jdbc.sql("update support_request set received_at = now() - interval '7 months' where id in (?, ?)").params(old, handled).update();
        jdbc.sql("update support_request set received_at = now() - interval '7 days' where id = ?").param(recent).update();

        var erased = requests.eraseUnhandled();
        assertThat(erased).contains(old).doesNotContain(recent, handled);
        assertThat(jdbc.sql("select count(*) from support_request where id = ?").param(old).query(Integer.class).single()).isZero();
        assertThat(audited("SUPPORT_REQUEST_EXPIRE", old, "ALLOWED")).isEqualTo(1);
        var list = browser(team).get("/intake").body();
        assertThat(list).doesNotContain("Een oude vraag die bleef liggen").contains("Een vraag van vorige week");
        assertThat(team.api().get("/api/v1/intake/" + old).statusCode()).isEqualTo(404);
        assertThat(requests.eraseUnhandled()).doesNotContain(old, recent, handled);
    }

    @Test
    void theHiddenFieldsLabelAndTheDatesFollowTheLanguage() {
        var anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/vraag-steun").body()).contains("<label for=\"ask-website\">Laat dit veld leeg");
        assertThat(anonymous.get("/vraag-steun?lang=en").body()).contains("<label for=\"ask-website\">Leave this field empty");

        var team = team("Wijkteam Datum (test)");
        var id = ask(team, "Welke datum staat erbij? " + UUID.randomUUID());
        var received = jdbc.sql("select received_at from support_request where id = ?").param(id).query(java.sql.Timestamp.class).single()
                .toInstant();
        var style = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.of("Europe/Amsterdam"));
        var dutch = style.withLocale(Locale.forLanguageTag("nl")).format(received);
        var english = style.withLocale(Locale.ENGLISH).format(received);
        assertThat(dutch).isNotEqualTo(english);
        var page = browser(team);
        assertThat(page.get("/intake").body()).contains(dutch);
        assertThat(page.get("/intake/" + id).body()).contains(dutch);
        assertThat(page.get("/intake/" + id + "?lang=en").body()).contains(english).doesNotContain(dutch);
        assertThat(page.get("/intake").body()).contains(english);
    }
}
