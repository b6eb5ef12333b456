package nl.kring.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The family shares its network map with the grandparent: the mother proposes, the youth of fourteen
 * agrees too, the grandparent sees the map and nothing else, and after withdrawal nothing at all.
 */
@IntegrationTest
class SharingIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    UUID deWit() {
        return jdbc.sql("select id from family where name = 'Gezin De Wit (demo)'").query(UUID.class).single();
    }

    UUID noor() {
        return jdbc.sql("select id from family_member where given_name = 'Noor'").query(UUID.class).single();
    }

    UUID grandfather() {
        return jdbc.sql("select id from network_member where name = 'Henk de Wit (demo)'").query(UUID.class).single();
    }

    UUID map() {
        return jdbc.sql("select id from network_map where title = 'Netwerk van Noor (demo)'").query(UUID.class).single();
    }

    String sharing() {
        return "/families/" + deWit() + "/sharing";
    }

    UUID latestConsent() {
        return jdbc.sql("select id from consent order by created_at desc limit 1").query(UUID.class).single();
    }

    @Test
    void theGrandparentSeesTheSharedMapAndNothingElseUntilTheConsentIsWithdrawn() {
        var grandfather = Http.signedIn(port, "demo-network", "kring-demo");
        var mapPage = "/families/" + deWit() + "/maps/" + map();
        assertThat(grandfather.get(mapPage).statusCode()).isEqualTo(404);
        assertThat(grandfather.get("/families/" + deWit() + "/maps").statusCode()).isEqualTo(404);

        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        var proposed = mother.submit(sharing(), sharing(), Map.of("recipient", grandfather().toString(), "subject", noor().toString(),
                "categories", "NETWORK_MAP", "purpose", "Zodat opa weet wie er helpt (test)", "start", "", "end", ""));
        assertThat(proposed.statusCode()).isEqualTo(302);
        var consent = latestConsent();
        assertThat(mother.get(sharing()).body()).contains("wacht op toestemming", "Wacht nog op: Noor");
        assertThat(grandfather.get(mapPage).statusCode()).as("the youth of 14 has not agreed yet").isEqualTo(404);

        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        assertThat(youth.submit(sharing(), sharing() + "/" + consent + "/approve", Map.of()).statusCode()).isEqualTo(302);
        try {
            var map = grandfather.get(mapPage);
            assertThat(map.statusCode()).isEqualTo(200);
            assertThat(map.body()).contains("Opa Henk", "kring-person").doesNotContain("id=\"person-form\"");
            assertThat(grandfather.get("/families/" + deWit() + "/maps").body()).contains("Netwerk van Noor (demo)")
                    .doesNotContain("Nieuwe netwerkkaart");
            assertThat(grandfather.get(mapPage + "/export/pdf").statusCode()).isEqualTo(200);
            assertThat(grandfather.get("/").body()).contains("Gezin De Wit (demo) deelt met jou: de netwerkkaart");

            // nothing beyond the map: not the file, not its audit, not the sharing page, not a change
            assertThat(grandfather.get("/families/" + deWit()).statusCode()).isEqualTo(404);
            assertThat(grandfather.get("/families/" + deWit() + "/audit").statusCode()).isEqualTo(404);
            assertThat(grandfather.get(sharing()).statusCode()).isEqualTo(404);
            var api = Http.withToken(port, "demo-token-network");
            assertThat(api.get("/api/v1/families").body()).isEqualTo("[]");
            assertThat(api.get("/api/v1/families/" + deWit()).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/families/" + deWit() + "/maps/" + map()).statusCode()).isEqualTo(200);
            assertThat(api.postJson("/api/v1/families/" + deWit() + "/maps/" + map() + "/edits",
                    "{\"basedOnRevision\":0,\"type\":\"REMOVE_PERSON\",\"personId\":\"opa\"}").statusCode()).isEqualTo(404);
        } finally {
            assertThat(youth.submit(sharing(), sharing() + "/" + consent + "/withdraw", Map.of()).statusCode()).isEqualTo(302);
        }
        assertThat(grandfather.get(mapPage).statusCode()).as("withdrawal works at once").isEqualTo(404);
        assertThat(mother.get(sharing()).body()).contains("ingetrokken");
    }

    @Test
    void onlyTheFamilyDecidesNotTheProfessional() {
        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        var page = professional.get(sharing());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("consent-recipient");
        var attempt = professional.submit(sharing(), sharing(), Map.of("recipient", grandfather().toString(), "subject", noor().toString(),
                "categories", "NETWORK_MAP", "purpose", "test", "start", "", "end", ""));
        assertThat(attempt.statusCode()).isEqualTo(403);
    }

    @Test
    void aProposalWithoutAnythingToShareIsRefusedAndTheInputKept() {
        var mother = Http.signedIn(port, "demo-parent", "kring-demo");
        long before = jdbc.sql("select count(*) from consent").query(Long.class).single();
        var refused = mother.submit(sharing(), sharing(), Map.of("recipient", grandfather().toString(), "subject", noor().toString(),
                "purpose", "Voor de verjaardag (test)", "start", "", "end", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies minstens één ding om te delen", "Voor de verjaardag (test)");
        assertThat(jdbc.sql("select count(*) from consent").query(Long.class).single()).isEqualTo(before);
    }
}
