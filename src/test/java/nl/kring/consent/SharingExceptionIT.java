package nl.kring.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sharing without consent: only an assigned professional records it, always with a justification. The
 * grandparent sees what it covers at once; the family sees the exception and the reads under it — unless
 * it is hidden for the child's safety, then only the team's privacy officer does. A child-protection
 * measure marks the file and becomes the basis of the family's consent.
 */
@IntegrationTest
class SharingExceptionIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    UUID deWit() {
        return jdbc.sql("select id from family where name = 'Gezin De Wit (demo)'").query(UUID.class).single();
    }

    UUID jansen() {
        return jdbc.sql("select id from family where name = 'Gezin Jansen (demo)'").query(UUID.class).single();
    }

    UUID noor() {
        return jdbc.sql("select id from family_member where given_name = 'Noor'").query(UUID.class).single();
    }

    UUID grandfather() {
        return jdbc.sql("select id from network_member where name = 'Henk de Wit (demo)'").query(UUID.class).single();
    }

    UUID account(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    UUID map() {
        return jdbc.sql("select id from network_map where title = 'Netwerk van Noor (demo)'").query(UUID.class).single();
    }

    String exceptions() {
        return "/families/" + deWit() + "/exceptions";
    }

    String mapPage() {
        return "/families/" + deWit() + "/maps/" + map();
    }

    Map<String, String> form(String reason, String justification, boolean hidden) {
        var fields = new HashMap<String, String>();
        fields.put("subject", noor().toString());
        fields.put("reason", reason);
        fields.put("justification", justification);
        fields.put("recipient", grandfather().toString());
        fields.put("recipientUsername", "");
        fields.put("categories", "NETWORK_MAP");
        fields.put("start", "");
        fields.put("end", "2099-12-31");
        if (hidden) {
            fields.put("hidden", "true");
        }
        return fields;
    }

    UUID exceptionWith(String justification) {
        return jdbc.sql("select id from sharing_exception where justification = ?").param(justification).query(UUID.class).single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    void end(Http professional, UUID exception) {
        assertThat(professional.submit(exceptions(), exceptions() + "/" + exception + "/end", Map.of()).statusCode()).isEqualTo(302);
    }

    @Test
    void aBlankOrTooLongJustificationIsRefusedWithTheMessageAndTheInputKept() {
        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        long before = count("select count(*) from sharing_exception");
        var blank = professional.submit(exceptions(), exceptions(), form("CHILD_SAFETY", "   ", false));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Schrijf op waarom je zonder toestemming deelt", "2099-12-31", "aria-invalid=\"true\"");

        var tooLong = "Lang verhaal (test) " + "x".repeat(2000);
        var refused = professional.submit(exceptions(), exceptions(), form("STATUTORY_MEASURE", tooLong, false));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Schrijf op waarom je zonder toestemming deelt", "Lang verhaal (test) xxxx");
        assertThat(count("select count(*) from sharing_exception")).isEqualTo(before);
    }

    @Test
    void onlyAnExceptionForTheChildsSafetyMayBeHiddenFromTheFamily() {
        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        long before = count("select count(*) from sharing_exception");
        var refused = professional.submit(exceptions(), exceptions(), form("STATUTORY_MEASURE", "OTS-besluit van de rechter (test)", true));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Alleen een uitzondering voor de veiligheid van het kind mag voor het gezin verborgen blijven",
                "OTS-besluit van de rechter (test)");
        var english = professional.submit(exceptions(), exceptions() + "?lang=en", form("STATUTORY_MEASURE", "Court order (test)", true));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("may be hidden from the family", "Court order (test)");
        assertThat(count("select count(*) from sharing_exception")).isEqualTo(before);

        var api = Http.withToken(port, "demo-token-professional");
        var problem = api.postJson("/api/v1/families/" + deWit() + "/exceptions", """
                {"subjectId":"%s","reason":"STATUTORY_MEASURE","justification":"OTS (test)","networkContactId":"%s",
                 "categories":["NETWORK_MAP"],"hiddenFromFamily":true}""".formatted(noor(), grandfather()));
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(problem.body()).contains("\"field\":\"hiddenFromFamily\"");
        var blank = api.postJson("/api/v1/families/" + deWit() + "/exceptions", """
                {"subjectId":"%s","reason":"CHILD_SAFETY","justification":" ","networkContactId":"%s","categories":["NETWORK_MAP"]}"""
                .formatted(noor(), grandfather()));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"justification\"");
        assertThat(count("select count(*) from sharing_exception")).isEqualTo(before);
    }

    @Test
    void nobodyButAnAssignedProfessionalSeesOrRecordsExceptions() {
        long before = count("select count(*) from sharing_exception");
        var otherTeam = Http.signedIn(port, "demo-professional-other-team", "kring-demo");
        assertThat(otherTeam.get(exceptions()).statusCode()).isEqualTo(404);
        assertThat(otherTeam.submit("/", exceptions(), form("CHILD_SAFETY", "Zorgen (test)", false)).statusCode()).isEqualTo(404);

        var notAssigned = Http.signedIn(port, "demo-professional", "kring-demo");
        var jansen = "/families/" + jansen() + "/exceptions";
        assertThat(notAssigned.get(jansen).statusCode()).as("same team, not assigned").isEqualTo(404);

        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        assertThat(mother.get(exceptions()).statusCode()).isEqualTo(403);
        assertThat(mother.submit("/", exceptions(), form("CHILD_SAFETY", "Zorgen (test)", false)).statusCode()).isEqualTo(403);
        assertThat(mother.get("/families/" + deWit()).body()).doesNotContain("/exceptions");

        var grandfather = Http.signedIn(port, "demo-network", "kring-demo");
        assertThat(grandfather.get(exceptions()).statusCode()).isEqualTo(404);
        assertThat(grandfather.submit("/", exceptions(), form("CHILD_SAFETY", "Zorgen (test)", false)).statusCode()).isEqualTo(404);

        var officer = Http.signedIn(port, "demo-privacy-officer", "kring-demo");
        assertThat(officer.get(exceptions()).statusCode()).isEqualTo(404);
        assertThat(officer.get("/families/" + deWit()).statusCode()).as("the privacy officer sees nothing else of the file").isEqualTo(404);

        assertThat(Http.withToken(port, "demo-token-parent").get("/api/v1/families/" + deWit() + "/exceptions").statusCode()).isEqualTo(403);
        assertThat(Http.withToken(port, "demo-token-professional-other-team").get("/api/v1/families/" + deWit() + "/exceptions").statusCode())
                .isEqualTo(404);
        assertThat(count("select count(*) from sharing_exception")).isEqualTo(before);
        assertThat(Http.signedIn(port, "demo-professional", "kring-demo").get("/privacy-officer").statusCode()).isEqualTo(404);
    }

    @Test
    void aVisibleExceptionOpensTheMapToTheGrandparentAndTheFamilySeesItAndTheReads() {
        var grandfather = Http.signedIn(port, "demo-network", "kring-demo");
        assertThat(grandfather.get(mapPage()).statusCode()).isEqualTo(404);
        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        assertThat(professional.get("/families/" + deWit()).body()).contains("/families/" + deWit() + "/exceptions");
        var justification = "Opa moet weten wie er helpt; besproken met Veilig Thuis (test " + UUID.randomUUID() + ")";
        var recorded = professional.submit(exceptions(), exceptions(), form("CHILD_SAFETY", justification, false));
        assertThat(recorded.statusCode()).isEqualTo(302);
        var exception = exceptionWith(justification);
        try {
            assertThat(grandfather.get(mapPage()).statusCode()).as("at once").isEqualTo(200);
            assertThat(grandfather.get("/families/" + deWit()).statusCode()).as("the map only").isEqualTo(404);

            var mother = Http.signedIn(port, "demo-parent", "kring-demo");
            var sharing = mother.get("/families/" + deWit() + "/sharing").body();
            assertThat(sharing).contains("Gedeeld zonder jullie toestemming", justification, "Veiligheid van het kind", "Henk de Wit (demo)",
                    "de netwerkkaart", "tot en met 31-12-2099");
            var audit = mother.get("/families/" + deWit() + "/audit").body();
            assertThat(audit).contains("legde vast dat er zonder toestemming gedeeld wordt", "Henk de Wit (demo)", "bekeek een netwerkkaart");
            assertThat(count("select count(*) from audit_event where family_id = ? and account_id = ? and hidden_from_family"
                    + " and occurred_at >= (select recorded_at from sharing_exception where id = ?)", deWit(), account("demo-network"), exception))
                    .as("nothing read under a visible exception is hidden from the family").isZero();

            var listed = card(professional.get(exceptions()).body(), exception);
            assertThat(listed).contains(justification, "Petra Visser (demo)").doesNotContain("Verborgen voor het gezin (alleen");
            assertThat(mother.get("/families/" + deWit() + "/download.json").body()).as("the family's own download names it")
                    .contains("\"sharingWithoutConsent\"", justification, "CHILD_SAFETY");
        } finally {
            end(professional, exception);
        }
        assertThat(grandfather.get(mapPage()).statusCode()).as("ending works at once").isEqualTo(404);
    }

    @Test
    void aHiddenExceptionAndTheReadsUnderItAreSeenOnlyByThePrivacyOfficerOfTheTeam() {
        var family = deWit();
        var henk = account("demo-network");
        var parentApi = Http.withToken(port, "demo-token-parent");
        var visibleBefore = parentApi.get("/api/v1/families/" + family + "/audit").body();
        long henkLinesBefore = occurrences(visibleBefore, henk.toString());
        long recordLinesBefore = occurrences(visibleBefore, "EXCEPTION_RECORD");

        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        var justification = "Vader mag niet weten waar Noor is; Veilig Thuis geraadpleegd (test " + UUID.randomUUID() + ")";
        var recorded = professional.submit(exceptions(), exceptions(), form("CHILD_SAFETY", justification, true));
        assertThat(recorded.statusCode()).isEqualTo(302);
        var exception = exceptionWith(justification);
        try {
            var grandfather = Http.signedIn(port, "demo-network", "kring-demo");
            assertThat(grandfather.get(mapPage()).statusCode()).isEqualTo(200);
            assertThat(grandfather.get("/").body()).contains("Gezin De Wit (demo) deelt met jou");
            assertThat(count("select count(*) from audit_event where family_id = ? and account_id = ? and hidden_from_family and action = 'MAP_READ'",
                    family, henk)).isPositive();
            assertThat(count("select count(*) from audit_event where family_id = ? and hidden_from_family and action = 'EXCEPTION_RECORD'"
                    + " and ? = any(record_ids)", family, exception.toString())).isEqualTo(1);

            // the family sees neither the exception nor the reads under it
            var mother = Http.signedIn(port, "demo-parent", "kring-demo");
            assertThat(mother.get("/families/" + family + "/sharing").body()).doesNotContain(justification);
            var visibleAfter = parentApi.get("/api/v1/families/" + family + "/audit").body();
            assertThat(occurrences(visibleAfter, henk.toString())).isLessThanOrEqualTo(henkLinesBefore);
            assertThat(occurrences(visibleAfter, "EXCEPTION_RECORD")).isLessThanOrEqualTo(recordLinesBefore);
            assertThat(mother.get("/families/" + family + "/audit").body()).doesNotContain("controleerde wat voor het gezin verborgen is");
            assertThat(mother.get("/families/" + family + "/download.json").body()).as("nor does the family's own download")
                    .contains("\"sharingWithoutConsent\"").doesNotContain(justification);

            // the assigned professional sees it, marked as hidden
            assertThat(card(professional.get(exceptions()).body(), exception)).contains(justification, "Verborgen voor het gezin (alleen");

            // the privacy officer of the team sees the exception and the reads; the review is audited, hidden too
            var officer = Http.signedIn(port, "demo-privacy-officer", "kring-demo");
            assertThat(officer.get("/").body()).contains("/privacy-officer");
            var review = officer.get("/privacy-officer");
            assertThat(review.statusCode()).isEqualTo(200);
            assertThat(review.body()).contains("Gezin De Wit (demo)", justification, "Henk de Wit (demo)", "bekeek een netwerkkaart",
                    "legde vast dat er zonder toestemming gedeeld wordt");
            assertThat(count("select count(*) from audit_event where family_id = ? and account_id = ? and action = 'HIDDEN_REVIEW'"
                    + " and hidden_from_family", family, account("demo-privacy-officer"))).isPositive();

            // the privacy officer of another team sees nothing
            var otherOfficer = Http.signedIn(port, "demo-privacy-officer-other-team", "kring-demo");
            var nothing = otherOfficer.get("/privacy-officer");
            assertThat(nothing.statusCode()).isEqualTo(200);
            assertThat(nothing.body()).doesNotContain(justification, "Gezin De Wit (demo)", "Henk de Wit (demo)");
        } finally {
            end(professional, exception);
        }
        assertThat(count("select count(*) from audit_event where family_id = ? and hidden_from_family and action = 'EXCEPTION_END'"
                + " and ? = any(record_ids)", family, exception.toString())).isEqualTo(1);
    }

    @Test
    void theApiListsRecordsAndEndsExceptionsForTheAssignedProfessional() {
        var api = Http.withToken(port, "demo-token-professional");
        var created = api.postJson("/api/v1/families/" + deWit() + "/exceptions", """
                {"subjectId":"%s","reason":"STATUTORY_MEASURE","justification":"Jeugdreclassering vraagt het netwerk (api-test)",
                 "networkContactId":"%s","categories":["NETWORK_MAP"]}""".formatted(noor(), grandfather()));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"state\":\"ACTIVE\"", "\"hiddenFromFamily\":false");
        var exception = exceptionWith("Jeugdreclassering vraagt het netwerk (api-test)");
        try {
            assertThat(api.get("/api/v1/families/" + deWit() + "/exceptions").body()).contains(exception.toString());
        } finally {
            assertThat(api.postJson("/api/v1/families/" + deWit() + "/exceptions/" + exception + "/end", "").statusCode()).isEqualTo(204);
        }
        assertThat(api.get("/api/v1/families/" + deWit() + "/exceptions").body()).contains("\"state\":\"ENDED\"");
        assertThat(api.get("/api/v1/openapi.json").body()).contains("/api/v1/families/{familyId}/exceptions",
                "/api/v1/families/{familyId}/measures");
    }

    @Test
    void aMeasureMarksTheFileAndIsTheBasisOfTheFamilysEffectiveConsent() {
        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        var file = "/families/" + deWit();
        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        assertThat(mother.submit(file, file + "/measures", Map.of("youth", noor().toString(), "kind", "SUPERVISION_ORDER", "start", "",
                "end", "")).statusCode()).as("the family does not record measures").isEqualTo(403);
        var wrong = professional.submit(file, file + "/measures", Map.of("youth", noor().toString(), "kind", "PRISON", "start", "2026-01-01",
                "end", ""));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Kies een van de maatregelen uit de lijst", "2026-01-01");
        var badDate = professional.submit(file, file + "/measures", Map.of("youth", noor().toString(), "kind", "SUPERVISION_ORDER",
                "start", "1 januari", "end", ""));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Vul de begindatum in als jjjj-mm-dd", "1 januari", "aria-invalid=\"true\"");
        var badYouth = professional.submit(file, file + "/measures", Map.of("youth", "niemand", "kind", "SUPERVISION_ORDER",
                "start", "", "end", ""));
        assertThat(badYouth.statusCode()).isEqualTo(400);
        assertThat(badYouth.body()).contains("Kies voor welke jeugdige de maatregel geldt");
        assertThat(Http.withToken(port, "demo-token-professional").postJson("/api/v1/families/" + deWit() + "/measures",
                "{\"youthId\":\"%s\",\"kind\":\"PRISON\"}".formatted(noor())).body()).contains("\"field\":\"kind\"");

        var start = LocalDate.now().minusDays(30);
        assertThat(professional.submit(file, file + "/measures", Map.of("youth", noor().toString(), "kind", "SUPERVISION_ORDER",
                "start", start.toString(), "end", "")).statusCode()).isEqualTo(302);
        var measure = jdbc.sql("select id from protection_measure where family_id = ? and end_date is null").param(deWit()).query(UUID.class)
                .single();
        var sharing = file + "/sharing";
        UUID consent = null;
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        try {
            assertThat(professional.get(file).body()).contains("Kinderbeschermingsmaatregel: ondertoezichtstelling sinds");
            assertThat(mother.get(file).body()).contains("Kinderbeschermingsmaatregel: ondertoezichtstelling sinds");
            assertThat(mother.get("/families").body()).contains("ondertoezichtstelling sinds");
            assertThat(Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit()).body())
                    .contains("\"kind\":\"SUPERVISION_ORDER\"", "\"running\":true");

            assertThat(mother.submit(sharing, sharing, Map.of("recipient", grandfather().toString(), "subject", noor().toString(),
                    "categories", "NETWORK_MAP", "purpose", "Opa helpt mee (maatregel-test)", "start", "", "end", "")).statusCode())
                    .isEqualTo(302);
            consent = jdbc.sql("select id from consent where purpose = 'Opa helpt mee (maatregel-test)'").query(UUID.class).single();
            assertThat(youth.submit(sharing, sharing + "/" + consent + "/approve", Map.of()).statusCode()).isEqualTo(302);
            assertThat(mother.get(sharing).body()).contains("Grondslag", "Kinderbeschermingsmaatregel (ondertoezichtstelling, sinds");
        } finally {
            if (consent != null) {
                youth.submit(sharing, sharing + "/" + consent + "/withdraw", Map.of());
            }
            assertThat(professional.submit(file, file + "/measures/" + measure + "/end",
                    Map.of("end", LocalDate.now().minusDays(1).toString())).statusCode()).isEqualTo(302);
        }
        assertThat(professional.get(file).body()).doesNotContain("Kinderbeschermingsmaatregel: ondertoezichtstelling sinds")
                .contains("ondertoezichtstelling voor Noor, van");
    }

    /** The card of one exception on a page. */
    static String card(String html, UUID exception) {
        var start = html.indexOf("data-exception-id=\"" + exception + "\"");
        assertThat(start).as("card of " + exception).isNotNegative();
        return html.substring(start, html.indexOf("</li>", start));
    }

    static long occurrences(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
