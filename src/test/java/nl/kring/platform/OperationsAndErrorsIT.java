package nl.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health, metrics, the API description, languages and friendly errors. */
@IntegrationTest
class OperationsAndErrorsIT {

    @LocalServerPort int port;

    @Test
    void healthAndPrometheusMetricsAreAvailableWithoutPersonalData() {
        var health = Http.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        var metrics = Http.anonymous(port).get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
        assertThat(metrics.body()).doesNotContain("demo-parent", "Noor", "de Wit");
        assertThat(Http.anonymous(port).get("/actuator/env").statusCode()).isIn(302, 401, 404);
    }

    @Test
    void theApiIsDescribedWithOpenApiAndABrowsablePage() {
        var description = Http.anonymous(port).get("/api/v1/openapi.json");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/v1/families/{id}", "/api/v1/families", "bearer");
        var page = Http.anonymous(port).get("/api/v1/docs");
        assertThat(page.statusCode()).isEqualTo(302);
        var explorer = Http.anonymous(port).get(java.net.URI.create(page.headers().firstValue("Location").orElseThrow()).getPath());
        assertThat(explorer.statusCode()).isEqualTo(200);
        // an ordinary, accessible Kring page of the same description (Swagger UI failed the accessibility rules)
        assertThat(explorer.body()).contains("GET /api/v1/families").contains("POST /api/v1/families").contains("/api/v1/openapi.json")
                .doesNotContain("swagger-ui");
    }

    @Test
    void theFirstRequestsOfAFreshSessionArrivingTogetherAllGetTheWholePage() throws Exception {
        // each of them creates the session's CSRF token; before the upsert all but one failed half-way through the page
        var http = Http.signedIn(port, "demo-professional", "kring-demo");
        var family = Http.withToken(port, "demo-token-professional").get("/api/v1/families").body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            var pages = new java.util.ArrayList<java.util.concurrent.Future<java.net.http.HttpResponse<String>>>();
            for (int i = 0; i < 32; i++) {
                pages.add(pool.submit(() -> http.get("/families/" + family)));
            }
            for (var page : pages) {
                var response = page.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body().strip()).endsWith("</html>");
            }
        }
    }

    @Test
    void dutchByDefaultAndEnglishOnRequest() {
        var http = Http.anonymous(port);
        assertThat(http.get("/login").body()).contains("Inloggen bij Kring", "lang=\"nl\"");
        assertThat(http.get("/login?lang=en").body()).contains("Sign in to Kring", "lang=\"en\"");
        assertThat(http.get("/login").body()).as("the choice is remembered").contains("Sign in to Kring");
    }

    @Test
    void badInputOnAPageGivesAFriendlyTranslated400() {
        var page = Http.signedIn(port, "demo-professional", "kring-demo").get("/families/not-an-id");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Dit verzoek klopt niet").doesNotContain("Exception", "at org.", "at nl.kring");
    }

    @Test
    void badInputOnTheApiGivesProblemJsonNamingTheField() {
        var api = Http.withToken(port, "demo-token-professional").get("/api/v1/families/not-an-id");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"id\"", "Dit verzoek klopt niet").doesNotContain("Exception");
        var english = Http.withToken(port, "demo-token-professional").get("/api/v1/families/not-an-id?lang=en");
        assertThat(english.body()).contains("This request is not valid");
    }

    @Test
    void anUnknownPageGivesAFriendly404() {
        var page = Http.signedIn(port, "demo-parent", "kring-demo").get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Terug naar de startpagina").doesNotContain("Whitelabel", "Exception");
        assertThat(page.body()).as("the signed-in menu stays").contains("kring-signout", "Marieke de Wit (demo)")
                .contains("href=\"/no-such-page?lang=en\"");
    }

    @Test
    void aRefusedPageKeepsTheSignedInMenu() {
        var page = Http.signedIn(port, "demo-network", "kring-demo").get("/families/" + java.util.UUID.randomUUID());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("kring-signout", "Henk de Wit (demo)");
        var bad = Http.signedIn(port, "demo-professional", "kring-demo").get("/families/not-an-id");
        assertThat(bad.body()).contains("kring-signout", "href=\"/families/not-an-id?lang=en\"");
    }

    @Test
    void aBadAuditFilterIsExplainedAndKept() {
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var page = admin.get("/admin/audit?from=gisteren");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("jjjj-mm-dd", "value=\"gisteren\"");
        var api = Http.withToken(port, "demo-token-admin").get("/api/v1/admin/audit?outcome=MAYBE");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("Onbekend resultaat");
    }
}
