package nl.kring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a family shares with the grandparent reaches him only through the disclosure filter: nothing
 * without consent, exactly the shared category with it — on the page, in the PDF and in the API — and
 * nothing after withdrawal. The family and its professionals keep contact details and notes.
 */
@IntegrationTest
class SharedFileIT {

    /** What only the family and its team see unless the family shares it. */
    static final List<String> CONTACT_DETAILS = List.of("06-12345678", "marieke.dewit@example.org", "Verzonnenstraat 12");
    static final List<String> NOTES = List.of("Kennismaking gehad met Marieke", "haalt Noor op woensdag");
    static final String MAP = "Netwerk van Noor (demo)";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    UUID deWit() {
        return jdbc.sql("select id from family where name = 'Gezin De Wit (demo)'").query(UUID.class).single();
    }

    UUID member(String givenName) {
        return jdbc.sql("select id from family_member where given_name = ?").param(givenName).query(UUID.class).single();
    }

    UUID grandfather() {
        return jdbc.sql("select id from network_member where name = 'Henk de Wit (demo)'").query(UUID.class).single();
    }

    UUID account(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    long audit(String username, String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where family_id = ? and account_id = ? and action = ? and outcome = ?")
                .params(deWit(), account(username), action, outcome).query(Long.class).single();
    }

    String sharing() {
        return "/families/" + deWit() + "/sharing";
    }

    /** The mother proposes sharing one category with the grandfather; Noor (14) agrees. Returns the consent id. */
    UUID share(String category) {
        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        var proposed = mother.submit(sharing(), sharing(), Map.of("recipient", grandfather().toString(), "subject", member("Noor").toString(),
                "categories", category, "purpose", "Zodat opa kan helpen (test)", "start", "", "end", ""));
        assertThat(proposed.statusCode()).isEqualTo(302);
        var consent = jdbc.sql("select id from consent order by created_at desc limit 1").query(UUID.class).single();
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        assertThat(youth.submit(sharing(), sharing() + "/" + consent + "/approve", Map.of()).statusCode()).isEqualTo(302);
        return consent;
    }

    void withdraw(UUID consent) {
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        assertThat(youth.submit(sharing(), sharing() + "/" + consent + "/withdraw", Map.of()).statusCode()).isEqualTo(302);
    }

    List<String> everyRead() {
        var family = "/api/v1/families/" + deWit();
        return List.of("/api/v1/shared/" + deWit(), "/api/v1/shared/" + deWit() + "/download.pdf", family + "/members",
                family + "/contact-details", family + "/notes");
    }

    String pdfText(String path, String token) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var reader = new PdfReader(response.body())) {
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return squeezed(text.toString());
        }
    }

    /** Without any white space: a PDF table wraps long values anywhere. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    void assertNothingShared(Http page, Http api) {
        var shared = "/shared/" + deWit();
        assertThat(page.get(shared).statusCode()).isEqualTo(404);
        assertThat(page.get(shared).body()).doesNotContain("De Wit", "Marieke", "Noor");
        assertThat(page.get(shared + "/download.pdf").statusCode()).isEqualTo(404);
        for (var path : everyRead()) {
            var response = api.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Marieke", "Noor", "example.org");
        }
        var family = "/api/v1/families/" + deWit();
        assertThat(api.postJson(family + "/notes", "{\"text\":\"Van opa (test)\"}").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/shared").body()).doesNotContain(deWit().toString());
        assertThat(page.get("/").body()).doesNotContain("/shared/" + deWit());
    }

    @Test
    void withoutConsentTheGrandparentLearnsNothingNotEvenThatTheFileExists() {
        long refusalsBefore = audit("demo-network", "SHARED_READ", "DENIED_NOT_FOUND");
        assertNothingShared(Http.signedIn(port, "demo-network", "kring-demo"), Http.withToken(port, "demo-token-network"));
        assertThat(audit("demo-network", "SHARED_READ", "DENIED_NOT_FOUND")).isGreaterThan(refusalsBefore);
        var unknown = Http.signedIn(port, "demo-network", "kring-demo").get("/shared/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void withTheMapSharedTheGrandparentSeesTheMapAndNoNamesContactDetailsOrNotes() throws Exception {
        var page = Http.signedIn(port, "demo-network", "kring-demo");
        var api = Http.withToken(port, "demo-token-network");
        var consent = share("NETWORK_MAP");
        try {
            var shared = page.get("/shared/" + deWit());
            assertThat(shared.statusCode()).isEqualTo(200);
            assertThat(shared.body()).contains("Wat Gezin De Wit (demo) met je deelt", MAP, "/families/" + deWit() + "/maps")
                    .doesNotContain("Marieke", "Bas de Wit", "Gezinsleden", "Contactgegevens", "Notities");
            CONTACT_DETAILS.forEach(text -> assertThat(shared.body()).doesNotContain(text));
            NOTES.forEach(text -> assertThat(shared.body()).doesNotContain(text));
            assertThat(page.get("/").body()).contains("/shared/" + deWit());

            var pdf = pdfText("/api/v1/shared/" + deWit() + "/download.pdf", "demo-token-network");
            assertThat(pdf).contains(squeezed(MAP)).doesNotContain("Marieke");
            CONTACT_DETAILS.forEach(text -> assertThat(pdf).doesNotContain(squeezed(text)));
            NOTES.forEach(text -> assertThat(pdf).doesNotContain(squeezed(text)));
            assertThat(page.get("/shared/" + deWit() + "/download.pdf").statusCode()).isEqualTo(200);

            var json = JsonMapper.builder().build().readTree(api.get("/api/v1/shared/" + deWit()).body());
            assertThat(json.get("categories").valueStream().map(c -> c.asString()).toList()).containsExactly("NETWORK_MAP");
            assertThat(json.get("networkMaps").valueStream().map(m -> m.get("title").asString()).toList()).contains(MAP);
            assertThat(json.has("members")).isFalse();
            assertThat(json.has("contactDetails")).isFalse();
            assertThat(json.has("notes")).isFalse();
            assertThat(json.toString()).doesNotContain("Marieke", "example.org");
            var family = "/api/v1/families/" + deWit();
            for (var path : List.of(family + "/members", family + "/contact-details", family + "/notes")) {
                assertThat(api.get(path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(api.get("/api/v1/shared").body()).contains(deWit().toString(), "NETWORK_MAP");
        } finally {
            withdraw(consent);
        }
        assertNothingShared(page, api);
    }

    @Test
    void withContactDetailsSharedTheGrandparentSeesThemButNotTheNotesAndAfterWithdrawalNothing() throws Exception {
        var page = Http.signedIn(port, "demo-network", "kring-demo");
        var api = Http.withToken(port, "demo-token-network");
        var consent = share("CONTACT_DETAILS");
        try {
            long readsBefore = audit("demo-network", "CONTACT_DETAILS_READ", "ALLOWED");
            var shared = page.get("/shared/" + deWit());
            assertThat(shared.statusCode()).isEqualTo(200);
            assertThat(shared.body()).contains("Marieke de Wit").contains(CONTACT_DETAILS).doesNotContain(MAP, "Notities");
            NOTES.forEach(text -> assertThat(shared.body()).doesNotContain(text));
            assertThat(audit("demo-network", "CONTACT_DETAILS_READ", "ALLOWED")).as("each section is read and audited on its own")
                    .isEqualTo(readsBefore + 1);

            var pdf = pdfText("/api/v1/shared/" + deWit() + "/download.pdf", "demo-token-network");
            assertThat(pdf).contains("06-12345678", "marieke.dewit@example.org").doesNotContain(squeezed(MAP));
            NOTES.forEach(text -> assertThat(pdf).doesNotContain(squeezed(text)));

            var family = "/api/v1/families/" + deWit();
            var contacts = api.get(family + "/contact-details");
            assertThat(contacts.statusCode()).isEqualTo(200);
            assertThat(contacts.body()).contains("06-12345678", "marieke.dewit@example.org");
            assertThat(api.get(family + "/notes").statusCode()).isEqualTo(404);
            assertThat(api.get(family + "/members").statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/families/" + deWit() + "/maps").statusCode()).isEqualTo(404);
            var json = JsonMapper.builder().build().readTree(api.get("/api/v1/shared/" + deWit()).body());
            assertThat(json.has("contactDetails")).isTrue();
            assertThat(json.has("notes")).isFalse();
            assertThat(json.has("networkMaps")).isFalse();
            assertThat(json.has("members")).isFalse();

            // seeing is not changing
            var put = api.putJson(family + "/contact-details/" + member("Marieke"), "{\"phone\":\"06-99999999\"}");
            assertThat(put.statusCode()).isEqualTo(404);
        } finally {
            withdraw(consent);
        }
        assertNothingShared(page, api);
    }

    @Test
    void theFamilyAndItsProfessionalSeeAndKeepContactDetailsAndNotes() {
        var file = "/families/" + deWit();
        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        var own = mother.get(file);
        assertThat(own.body()).contains(CONTACT_DETAILS).contains(NOTES).contains("Petra Visser (demo)");
        assertThat(mother.get("/shared/" + deWit()).statusCode()).as("the family reads its whole file").isEqualTo(302);

        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        var action = file + "/members/" + member("Noor") + "/contact";
        assertThat(professional.get(file + "?editContact=" + member("Noor")).body()).contains("id=\"contact-form\"", "noor.dewit@example.org");
        var invalid = professional.submit(file, action, Map.of("phone", "06-12345601", "email", "noor-zonder-apenstaartje",
                "street", "", "postalCode", "12345", "city", ""));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", "Vul een postcode in zoals 1234 AB.",
                "noor-zonder-apenstaartje", "aria-invalid=\"true\"");
        assertThat(jdbc.sql("select email from member_contact where member_id = ?").param(member("Noor")).query(String.class).single())
                .isEqualTo("noor.dewit@example.org");

        var saved = professional.submit(file, action, Map.of("phone", "06-12345602", "email", "noor.dewit@example.org",
                "street", "Verzonnenstraat 12", "postalCode", "1234ab", "city", "Voorbeeldstad"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(mother.get(file).body()).contains("06-12345602", "Verzonnenstraat 12, 1234 AB Voorbeeldstad");
        assertThat(audit("demo-professional", "CONTACT_DETAILS_CHANGE", "ALLOWED")).isPositive();

        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var empty = youth.submit(file, file + "/notes", Map.of("text", "   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Schrijf een notitie van 1 tot 4000 tekens.");
        var added = youth.submit(file, file + "/notes", Map.of("text", "Ik wil opa vaker zien (test)"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(professional.get(file).body()).contains("Ik wil opa vaker zien (test)", "Noor de Wit (demo)");

        var outsider = Http.signedIn(port, "demo-professional-other-team", "kring-demo");
        assertThat(outsider.submit("/", action, Map.of("phone", "06-12345603")).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiKeepsContactDetailsAndNotesWithTranslatedProblems() {
        var api = Http.withToken(port, "demo-token-professional");
        var family = "/api/v1/families/" + deWit();
        var bas = member("Bas");
        var invalid = api.putJson(family + "/contact-details/" + bas, "{\"phone\":\"bel me\",\"email\":\"bas@\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        var problem = JsonMapper.builder().build().readTree(invalid.body());
        assertThat(problem.get("field").asString()).isEqualTo("phone");
        assertThat(invalid.body()).contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.");

        var saved = api.putJson(family + "/contact-details/" + bas, "{\"phone\":\"06-12345679\",\"street\":\"Verzonnenstraat 12\","
                + "\"postalCode\":\"1234 AB\",\"city\":\"Voorbeeldstad\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"email\":null", "Bas de Wit");
        assertThat(api.putJson(family + "/contact-details/" + UUID.randomUUID(), "{}").statusCode()).isEqualTo(404);

        var note = api.postJson(family + "/notes", "{\"text\":\"Afspraak met school gepland (test)\"}");
        assertThat(note.statusCode()).isEqualTo(201);
        assertThat(api.get(family + "/notes").body()).contains("Afspraak met school gepland (test)", "Petra Visser (demo)");
        assertThat(api.postJson(family + "/notes", "{\"text\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(api.postJson(family + "/notes", "{\"text\":\"" + "x".repeat(4001) + "\"}").statusCode()).isEqualTo(400);
        assertThat(api.get(family + "/members").body()).contains("Noor", "\"age\":14").doesNotContain("birth");

        assertThat(Http.anonymous(port).get("/api/v1/openapi.json").body()).contains("/api/v1/shared", "/api/v1/shared/{familyId}",
                "/api/v1/families/{familyId}/members", "/api/v1/families/{familyId}/contact-details/{memberId}",
                "/api/v1/families/{familyId}/notes");

        var download = Http.withToken(port, "demo-token-parent").get(family + "/download.json");
        assertThat(download.body()).contains("\"contactDetails\"", "06-12345678", "\"notes\"", "Kennismaking gehad met Marieke");
    }
}
