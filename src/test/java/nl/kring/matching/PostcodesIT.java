package nl.kring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Geography as a coordinator uses it: the organisation imports the national PC4 centroid list (page and
 * API), bad lines come back with their numbers and change nothing, and distances are computed from
 * postcodes, a full postcode counting for its four digits. The demo organisation has its fictional area.
 */
@IntegrationTest
class PostcodesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LIST = """
            postcode,latitude,longitude
            1011,52.3731,4.8922
            3511,52.0907,5.1214
            9711,53.2194,6.5665
            """;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    MatchingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatchingFixtures(port, accounts, tokens);
    }

    @Test
    void aCoordinatorImportsTheListOnThePageAndDistancesAreComputed() {
        var username = "coord-" + MatchingFixtures.marker();
        var coordinator = fixtures.account(username, Role.COORDINATOR);
        var organisation = fixtures.organisationWith(coordinator, "Geo " + MatchingFixtures.marker() + " (test)");
        var browser = Http.signedIn(port, username, MatchingFixtures.PASSWORD);
        var page = "/programmes/organisations/" + organisation + "/postcodes";
        assertThat(browser.get("/programmes").body()).contains(page);
        assertThat(browser.get(page).body()).contains("nog geen postcodelijst");

        var imported = browser.submitFile(page, page, "file", "pc4.csv", LIST.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(302);
        var after = browser.get(page).body();
        assertThat(after).contains("3 postcodegebieden ingelezen; de lijst had er eerst 0", "het middelpunt van 3 postcodegebieden")
                .doesNotContain("verzonnen gebied");

        // a full postcode counts for its area: Dam (1011) to Dom (3511) is about 35 km
        var distance = browser.get(page + "?from=1011+AB&to=3511");
        assertThat(distance.statusCode()).isEqualTo(200);
        assertThat(distance.body()).contains("Van 1011 naar 3511 is het hemelsbreed 35,1 km");
        assertThat(browser.get(page + "?from=1011&to=2500").body()).contains("geen middelpunt voor 2500");
        var notAPostcode = browser.get(page + "?from=1011&to=abc");
        assertThat(notAPostcode.statusCode()).isEqualTo(400);
        assertThat(notAPostcode.body()).contains("Vul een Nederlandse postcode in", "id=\"distance-to\"", "aria-invalid=\"true\"",
                "value=\"abc\"");

        // a file with bad lines: every line named with its number, and the list stays as it was
        var bad = browser.submitFile(page, page, "file", "pc4.csv",
                "postcode,latitude,longitude\n1011,52.37,4.89\n1x12,52.1,5.1\n1013,4.9,52.4\n1011,52.3,4.9\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Er is niets ingelezen: 3 regel(s) kloppen niet", "Regel 3: &quot;1x12&quot; is geen Nederlandse postcode",
                "Regel 4: het punt 4.9,52.4 ligt niet in Nederland", "Regel 5: dit postcodegebied staat ook al op regel 2",
                "het middelpunt van 3 postcodegebieden");
        var stored = jdbc.sql("select latitude from postcode_centroid where organisation_id = ? and pc4 = 1011").param(organisation)
                .query(Double.class).single();
        assertThat(stored).isEqualTo(52.3731);

        var audited = jdbc.sql("select count(*) from audit_event where account_id = ? and action = 'POSTCODES_IMPORT'")
                .param(coordinator).query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void overTheApiTheListIsReplacedAndBadLinesAre400WithTheirNumbers() {
        var coordinator = fixtures.account("coord-" + MatchingFixtures.marker(), Role.COORDINATOR);
        var organisation = fixtures.organisationWith(coordinator, "Geo API " + MatchingFixtures.marker() + " (test)");
        var api = fixtures.token(coordinator);
        var base = "/api/v1/organisations/" + organisation + "/postcodes";

        var first = api.post(base, "text/csv", LIST.getBytes(StandardCharsets.UTF_8));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("areas").intValue()).isEqualTo(3);

        // semicolons and decimal commas, as spreadsheets write them; it replaces the earlier list
        var second = api.post(base, "text/csv", "PC4;lat;lon\n1011;52,3731;4,8922\n3511;52,0907;5,1214\n".getBytes(StandardCharsets.UTF_8));
        var answer = JSON.readTree(second.body());
        assertThat(answer.get("areas").intValue()).isEqualTo(2);
        assertThat(answer.get("before").intValue()).isEqualTo(3);
        assertThat(JSON.readTree(api.get(base).body()).get("areas").intValue()).isEqualTo(2);

        var distance = JSON.readTree(api.get(base + "/distance?from=1011AB&to=3511%20CD").body());
        assertThat(distance.get("km").doubleValue()).isBetween(35.0, 35.2);
        var unknown = JSON.readTree(api.get(base + "/distance?from=1011&to=9711").body());
        assertThat(unknown.get("km").isNull()).isTrue();
        assertThat(unknown.get("missing").get(0).asString()).isEqualTo("9711");
        var badPostcode = api.get(base + "/distance?from=x&to=9711");
        assertThat(badPostcode.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badPostcode.body()).get("field").asString()).isEqualTo("from");

        var bad = api.post(base, "text/csv", "1011,52.37,4.89\n1012,52.37\n\n1013,52.37,oost\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        var problems = JSON.readTree(bad.body()).get("problems");
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.get(0).get("line").intValue()).isEqualTo(2);
        assertThat(problems.get(0).get("code").asString()).isEqualTo("COLUMNS");
        assertThat(problems.get(1).get("line").intValue()).isEqualTo(4);
        assertThat(problems.get(1).get("message").asString()).isEqualTo("Regel 4: de lengtegraad \"oost\" is geen getal in graden.");
        assertThat(JSON.readTree(api.get(base).body()).get("areas").intValue()).isEqualTo(2);

        assertThat(api.post(base, "text/csv", new byte[0]).statusCode()).isEqualTo(400);
        var huge = api.post(base, "text/csv", new byte[Geography.MAX_BYTES + 1]);
        assertThat(huge.statusCode()).isEqualTo(413);

        // another coordinator does not know the list exists; a professional may not look
        var other = fixtures.account("coord-" + MatchingFixtures.marker(), Role.COORDINATOR);
        assertThat(fixtures.token(other).get(base).statusCode()).isEqualTo(404);
        assertThat(fixtures.token(other).post(base, "text/csv", LIST.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
        var professional = fixtures.account("prof-" + MatchingFixtures.marker(), Role.PROFESSIONAL);
        assertThat(fixtures.token(professional).get(base).statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoOrganisationHasItsFictionalAreaMarkedAsSuch() {
        var organisation = jdbc.sql("select id from organisation where name = 'Stichting Buurtsteun Zonnedorp (demo)'")
                .query(java.util.UUID.class).single();
        var browser = Http.signedIn(port, "demo-coordinator", "kring-demo");
        var page = browser.get("/programmes/organisations/" + organisation + "/postcodes?from=1000&to=1001+AB");
        assertThat(page.body()).contains("het middelpunt van 500 postcodegebieden", "500 van deze gebieden liggen in het verzonnen gebied",
                "Van 1000 naar 1001 is het hemelsbreed 1,0 km");
    }
}
