package nl.kring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.intake.PublicFormThrottle;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as a living document over HTTP: anyone proposes a new initiative or a correction through
 * the public form (e-mail address required, throttled with Kring's other public forms, honeypot); only a
 * catalogue editor sees the proposals; the editor asks a question, publishes (a new version, the older one
 * kept) or declines with a reason; the submitter is mailed each time and every step is audited.
 */
@IntegrationTest
class CatalogueSubmissionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEMO_PASSWORD = "kring-demo";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PublicFormThrottle throttle;

    /** All tests post from the same address: each starts with a clean throttle. */
    @BeforeEach
    void forgetAttempts() {
        jdbc.sql("delete from intake_attempt").update();
    }

    private static String unique(String word) {
        return word + " " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }

    /** Posts the submission form with the page's CSRF token; repeated fields (element, target, supporter) as the browser sends them. */
    private HttpResponse<String> post(Http http, String page, List<Map.Entry<String, String>> fields) {
        var all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", Http.csrfFrom(http.get(page).body())));
        var body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        try {
            var client = HttpClient.newBuilder().cookieHandler(http.cookies()).followRedirects(HttpClient.Redirect.NEVER).build();
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/catalogus/voorstel"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<Map.Entry<String, String>> proposal(String name, String email, String... elements) {
        var fields = new ArrayList<Map.Entry<String, String>>(List.of(Map.entry("name", name),
                Map.entry("nutshell", "Ouders uit de buurt koken één keer per week samen en praten over opvoeden."),
                Map.entry("whatWorks", "Gewoon samen eten\nNiemand hoeft iets uit te leggen"), Map.entry("couldBeBetter", "Meer vaders"),
                Map.entry("forWhom", "Ouders met jonge kinderen in de wijk"), Map.entry("ageFrom", "0"), Map.entry("ageTo", "4"),
                Map.entry("target", "PARENTS"), Map.entry("byWhom", "Vrijwillige ouders uit de buurt"), Map.entry("supporter", "VOLUNTEERS"),
                Map.entry("supporter", "PEERS"), Map.entry("needs", "Een keuken\nBoodschappengeld"), Map.entry("contact", "Via het buurthuis"),
                Map.entry("website", "https://example.org/kookclub"), Map.entry("region", "Wijk Oost, Testerveen"),
                Map.entry("places", "Testerveen, Oost"), Map.entry("formality", "INFORMAL"), Map.entry("reach", "COLLECTIVE"),
                Map.entry("email", email), Map.entry("submitterName", "Test Indiener"), Map.entry("language", "nl")));
        for (var element : elements) {
            fields.add(Map.entry("element", element));
        }
        return fields;
    }

    private String lastMailTo(String email) {
        return jdbc.sql("select subject || E'\\n' || plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).optional().orElse("");
    }

    private UUID submissionNamed(String name) {
        return jdbc.sql("select id from catalogue_submission where content ->> 'name' = ?").param(name).query(UUID.class).single();
    }

    private int audited(String action, UUID record, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = ? and ? = any(record_ids) and outcome = ?")
                .params(action, record.toString(), outcome).query(Integer.class).single();
    }

    private Http editor() {
        return Http.signedIn(port, "demo-catalogue-editor", DEMO_PASSWORD);
    }

    private String publicSearch(String words) {
        return Http.anonymous(port).get("/api/v1/catalogue?q=" + enc(words)).body();
    }

    @Test
    void aProposalWithoutAnEmailAddressComesBackWithEverythingTyped() {
        var name = unique("Kookclub");
        var response = post(Http.anonymous(port), "/catalogus/voorstel", proposal(name, "", "E2"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"submit-email-error\"", "value=\"" + name + "\"", "Vul je e-mailadres in");
        assertThat(jdbc.sql("select count(*) from catalogue_submission where content ->> 'name' = ?").param(name).query(Integer.class).single())
                .isZero();
        var noElement = post(Http.anonymous(port), "/catalogus/voorstel", proposal(name, "indiener@example.org"));
        assertThat(noElement.statusCode()).isEqualTo(400);
        assertThat(noElement.body()).contains("id=\"submit-elements-error\"");
    }

    @Test
    void aNewInitiativeIsQuestionedThenPublishedAndOnlyThenPublic() {
        var name = unique("Kookclub");
        var email = "kookclub-" + UUID.randomUUID() + "@example.org";
        var received = post(Http.anonymous(port), "/catalogus/voorstel", proposal(name, email, "E2", "E3", "E7"));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(302);
        assertThat(received.headers().firstValue("Location").orElse("")).endsWith("/catalogus/voorstel/ontvangen");
        var id = submissionNamed(name);
        assertThat(lastMailTo(email)).contains("ontvangen", name);
        assertThat(audited("CATALOGUE_SUBMISSION_SUBMIT", id, "ALLOWED")).isEqualTo(1);
        assertThat(publicSearch(name)).doesNotContain(name);

        // someone without the editor role sees nothing, and the refusal is audited
        var professional = Http.signedIn(port, "demo-professional", DEMO_PASSWORD);
        assertThat(professional.get("/redactie/catalogus").statusCode()).isEqualTo(403);
        assertThat(professional.get("/redactie/catalogus/" + id).statusCode()).isEqualTo(403);
        assertThat(audited("CATALOGUE_SUBMISSION_READ", id, "DENIED_FORBIDDEN")).isEqualTo(1);

        var editor = editor();
        assertThat(editor.get("/redactie/catalogus").body()).contains(name);
        var page = "/redactie/catalogus/" + id;
        assertThat(editor.get(page).body()).contains(name, email, "E2, E3, E7");
        var blank = editor.submit(page, page + "/vraag", Map.of("text", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"ask-text-error\"");
        var asked = editor.submit(page, page + "/vraag", Map.of("text", "Hoe vaak per week is de kookclub open?"));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(lastMailTo(email)).contains("Hoe vaak per week is de kookclub open?", "/catalogus/voorstel");
        assertThat(editor.get(page).body()).contains("Vraag gesteld", "Hoe vaak per week is de kookclub open?");
        assertThat(audited("CATALOGUE_SUBMISSION_ASK", id, "ALLOWED")).isEqualTo(1);

        var published = editor.submit(page, page + "/publiceren", Map.of());
        assertThat(published.statusCode()).isEqualTo(302);
        var location = published.headers().firstValue("Location").orElseThrow();
        var initiativeId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(initiativeId).startsWith("kookclub-");
        var entry = JSON.readTree(Http.anonymous(port).get("/api/v1/catalogue/" + initiativeId).body());
        assertThat(entry.get("name").asString()).isEqualTo(name);
        assertThat(entry.get("origin").asString()).isEqualTo("ADDED");
        assertThat(entry.get("elements").toString()).isEqualTo("[\"E2\",\"E3\",\"E7\"]");
        assertThat(entry.get("version").asInt()).isEqualTo(1);
        assertThat(entry.get("lastChecked").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(entry.get("whatWorks").toString()).contains("Gewoon samen eten", "Niemand hoeft iets uit te leggen");
        assertThat(publicSearch(name)).contains(initiativeId);
        assertThat(Http.anonymous(port).get("/api/v1/catalogue?element=E3&element=E7&region=testerveen").body()).contains(initiativeId);
        assertThat(lastMailTo(email)).contains("gepubliceerd", "/catalogus/" + initiativeId);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CATALOGUE_SUBMISSION_PUBLISH' and ? = any(record_ids) and ? = any(record_ids)")
                .params(id.toString(), initiativeId + "@1").query(Integer.class).single()).isEqualTo(1);
        // decided is decided
        assertThat(editor.submit("/redactie/catalogus", page + "/afwijzen", Map.of("text", "Te laat")).statusCode()).isEqualTo(409);
    }

    @Test
    void aCorrectionBecomesTheNextVersionAndTheOlderOneStaysReadable() {
        var name = unique("Buurtsoep");
        var email = "soep-" + UUID.randomUUID() + "@example.org";
        post(Http.anonymous(port), "/catalogus/voorstel", proposal(name, email, "E2"));
        var editor = editor();
        var first = "/redactie/catalogus/" + submissionNamed(name);
        var location = editor.submit(first, first + "/publiceren", Map.of()).headers().firstValue("Location").orElseThrow();
        var initiativeId = location.substring(location.lastIndexOf('/') + 1);

        var visitor = Http.anonymous(port);
        var form = visitor.get("/catalogus/" + initiativeId + "/correctie");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"" + initiativeId + "\"", "Ouders uit de buurt koken", "id=\"submit-element-E2\" value=\"E2\" checked");
        var correction = new ArrayList<>(proposal(name, email, "E2", "E5"));
        correction.replaceAll(e -> e.getKey().equals("nutshell") ? Map.entry("nutshell", "Nu twee keer per week soep, in het buurthuis.") : e);
        correction.add(Map.entry("initiativeId", initiativeId));
        correction.add(Map.entry("note", "Het is nu twee keer per week."));
        assertThat(post(visitor, "/catalogus/" + initiativeId + "/correctie", correction).statusCode()).isEqualTo(302);

        var id = jdbc.sql("select id from catalogue_submission where initiative_id = ? and kind = 'CORRECTION'").param(initiativeId)
                .query(UUID.class).single();
        var page = "/redactie/catalogus/" + id;
        assertThat(editor.get(page).body()).contains("Correctie", "Het is nu twee keer per week.", "huidige versie 1");
        assertThat(editor.submit(page, page + "/publiceren", Map.of()).statusCode()).isEqualTo(302);

        var current = JSON.readTree(Http.anonymous(port).get("/api/v1/catalogue/" + initiativeId).body());
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("nutshell").asString()).isEqualTo("Nu twee keer per week soep, in het buurthuis.");
        assertThat(current.get("elements").toString()).isEqualTo("[\"E2\",\"E5\"]");
        var older = Http.anonymous(port).get("/catalogus/" + initiativeId + "/versies/1");
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.body()).contains("Ouders uit de buurt koken", "id=\"older-version\"");
        assertThat(Http.anonymous(port).get("/catalogus/" + initiativeId).body()).contains("/catalogus/" + initiativeId + "/versies/1");
    }

    @Test
    void aDeclinedProposalIsMailedItsReasonAndNeverPublished() {
        var name = unique("Reclameclub");
        var email = "reclame-" + UUID.randomUUID() + "@example.org";
        post(Http.anonymous(port), "/catalogus/voorstel", proposal(name, email, "E3"));
        var id = submissionNamed(name);
        var editor = editor();
        var page = "/redactie/catalogus/" + id;
        var blank = editor.submit(page, page + "/afwijzen", Map.of("text", ""));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"decline-text-error\"");
        assertThat(editor.submit(page, page + "/afwijzen", Map.of("text", "Dit is een commerciële cursus, geen normaliserend initiatief.")).statusCode())
                .isEqualTo(302);
        assertThat(lastMailTo(email)).contains("niet op te nemen", "Dit is een commerciële cursus, geen normaliserend initiatief.");
        assertThat(editor.get(page).body()).contains("Afgewezen", "Reden van afwijzing");
        assertThat(audited("CATALOGUE_SUBMISSION_DECLINE", id, "ALLOWED")).isEqualTo(1);
        assertThat(publicSearch(name)).doesNotContain(name);
        assertThat(editor.submit(page, page + "/publiceren", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void tooManyProposalsFromOneAddressAreRefusedAndTheHoneypotStoresNothing() {
        var bot = unique("Botclub");
        var caught = new ArrayList<>(proposal(bot, "bot@example.org", "E1"));
        caught.add(Map.entry("website2", "http://spam.example"));
        assertThat(post(Http.anonymous(port), "/catalogus/voorstel", caught).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from catalogue_submission where content ->> 'name' = ?").param(bot).query(Integer.class).single()).isZero();
        // the honeypot hit counts: the address is known to the throttle under its keyed hash only
        assertThat(jdbc.sql("select count(*) from intake_attempt where client_hash = ?").param(throttle.clientHash("127.0.0.1"))
                .query(Integer.class).single()).isEqualTo(1);

        jdbc.sql("insert into intake_attempt (client_hash, occurred_at) select ?, now() from generate_series(1, 50)")
                .param(throttle.clientHash("127.0.0.1")).update();
        var name = unique("Kookclub");
        var refused = post(Http.anonymous(port), "/catalogus/voorstel", proposal(name, "veel@example.org", "E2"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains(name);
        assertThat(jdbc.sql("select count(*) from catalogue_submission where content ->> 'name' = ?").param(name).query(Integer.class).single()).isZero();
    }
}
