package nl.kring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Organisations and programmes as people use them: the administrator makes an organisation and names a
 * coordinator; the coordinator makes a programme from a template and changes it; nobody else sees it.
 */
@IntegrationTest
class ProgrammesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Programma-test-2026!";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private static String marker() {
        return System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    private UUID account(String username, Role role) {
        return accounts.create(new NewAccount(username, "Coördinator " + username, PASSWORD, Set.of(role), Optional.empty()));
    }

    private Http token(UUID account) {
        return Http.withToken(port, tokens.create(account, "test", Duration.ofDays(1)).token());
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** An organisation made by the demo administrator through the page, with this coordinator. */
    private UUID organisationWith(UUID coordinator, String name) {
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var created = admin.submit("/admin/organisations", "/admin/organisations", Map.of("name", name));
        assertThat(created.statusCode()).isEqualTo(302);
        var location = created.headers().firstValue("Location").orElseThrow();
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var page = "/admin/organisations/" + id;
        assertThat(admin.submit(page, page + "/coordinators", Map.of("account", coordinator.toString())).statusCode()).isEqualTo(302);
        return id;
    }

    @Test
    void theAdministratorMakesAnOrganisationAndNamesOnlyCoordinators() {
        var name = "Stichting Samen " + marker() + " (test)";
        var coordinator = account("coord-" + marker(), Role.COORDINATOR);
        var id = organisationWith(coordinator, name);
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var page = admin.get("/admin/organisations/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name, "Coördinator coord-");

        // the same name again, in other capitals: refused, and the form keeps it
        var again = admin.submit("/admin/organisations", "/admin/organisations", Map.of("name", name.toUpperCase()));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Er is al een organisatie met deze naam", "value=\"" + name.toUpperCase() + "\"");

        // an account without the coordinator role cannot be named
        var professional = account("prof-" + marker(), Role.PROFESSIONAL);
        var refused = admin.submit("/admin/organisations/" + id, "/admin/organisations/" + id + "/coordinators",
                Map.of("account", professional.toString()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies een actief account met de rol coördinator");

        // over the API: the administrator sees it; a coordinator may not
        var listed = token(accounts.findByUsername("demo-admin").orElseThrow().id()).get("/api/v1/admin/organisations/" + id);
        assertThat(json(listed.body()).get("coordinators").get(0).get("accountId").asString()).isEqualTo(coordinator.toString());
        assertThat(token(coordinator).get("/api/v1/admin/organisations").statusCode()).isEqualTo(403);

        var audited = jdbc.sql("select count(*) from audit_event where action = 'COORDINATOR_ADD' and ? = any(record_ids)")
                .param(coordinator.toString()).query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aCoordinatorMakesASupportFamilyProgrammeFromTheTemplateAndChangesIt() {
        var username = "coord-" + marker();
        var coordinator = account(username, Role.COORDINATOR);
        var organisation = organisationWith(coordinator, "Buurtsteun " + marker() + " (test)");
        var browser = Http.signedIn(port, username, PASSWORD);

        assertThat(browser.get("/programmes").body()).contains("Buurtsteun ", "Nieuw programma");
        var form = browser.get("/programmes/new?organisation=" + organisation + "&template=BUURTGEZINNEN");
        assertThat(form.statusCode()).isEqualTo(200);
        // the template's facts, filled in: within 10 km, every two weeks, two years, the stages in order
        assertThat(form.body()).contains("value=\"10\"", "value=\"2\"", "value=\"24\"",
                "Kennismaken: kennismakingsgesprek met het steungezin; VOG van het steungezin", "Afsluiten: afsluitend gesprek; eindmeting",
                // a certificate of conduct, renewed after 36 months
                "id=\"requirement-CERTIFICATE_OF_CONDUCT\" name=\"requirement-CERTIFICATE_OF_CONDUCT\" checked", "value=\"36\"");

        var fields = new HashMap<String, String>(Map.of(
                "organisation", organisation.toString(), "template", "BUURTGEZINNEN", "name", "Steungezinnen Noord",
                "targetGroup", "Gezinnen in Noord die om steun vragen.", "supportForm", "HOUSEHOLD", "contactEveryWeeks", "2",
                "lengthMonths", "24", "maxDistanceKm", "10", "volunteerCapacity", "1",
                "stages", "Kennismaken: VOG\nProefperiode: evaluatie\nAfsluiten"));
        fields.put("weight-DISTANCE", "8");
        fields.put("hard-DISTANCE", "on");
        fields.put("weight-LANGUAGE", "5");
        fields.put("requirement-CERTIFICATE_OF_CONDUCT", "on");
        fields.put("validMonths-CERTIFICATE_OF_CONDUCT", "36");
        fields.put("screeningProfile", "84");
        fields.put("requirement-TRAINING", "on");
        var created = browser.submit("/programmes/new?organisation=" + organisation, "/programmes/new", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        var programmePath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        var page = browser.get(programmePath);
        assertThat(page.body()).contains("Steungezinnen Noord", "Proefperiode: evaluatie", "value=\"8\"");

        // ages the wrong way round: refused with the field, what was typed stays
        fields.put("ageFrom", "12");
        fields.put("ageTo", "6");
        fields.put("name", "Steungezinnen Noord en Oost");
        var refused = browser.submit(programmePath, programmePath, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("De leeftijd tot en met mag niet lager zijn", "Steungezinnen Noord en Oost",
                "id=\"field-ageTo\"", "aria-invalid=\"true\"");

        fields.put("ageFrom", "0");
        fields.put("ageTo", "17");
        assertThat(browser.submit(programmePath, programmePath, fields).statusCode()).isEqualTo(302);
        var api = token(coordinator);
        var stored = json(api.get("/api/v1" + programmePath).body());
        assertThat(stored.get("settings").get("name").asString()).isEqualTo("Steungezinnen Noord en Oost");
        assertThat(stored.get("settings").get("ageTo").intValue()).isEqualTo(17);
        assertThat(stored.get("template").asString()).isEqualTo("BUURTGEZINNEN");
        assertThat(stored.get("settings").get("stages").size()).isEqualTo(3);
        var requirements = stored.get("settings").get("requirements");
        assertThat(requirements.size()).isEqualTo(2);
        assertThat(requirements.get(0).get("kind").asString()).isEqualTo("CERTIFICATE_OF_CONDUCT");
        assertThat(requirements.get(0).get("validMonths").intValue()).isEqualTo(36);
        assertThat(requirements.get(0).get("screeningProfile").asString()).isEqualTo("84");
        assertThat(requirements.get(1).get("kind").asString()).isEqualTo("TRAINING");
        assertThat(requirements.get(1).get("validMonths").isNull()).isTrue();

        // a validity of 0 months is refused on the form, naming the requirement
        fields.put("validMonths-CERTIFICATE_OF_CONDUCT", "0");
        var badValidity = browser.submit(programmePath, programmePath, fields);
        assertThat(badValidity.statusCode()).isEqualTo(400);
        assertThat(badValidity.body()).contains("id=\"validMonths-CERTIFICATE_OF_CONDUCT\"", "1 tot 240 maanden");

        // someone else: another coordinator does not know it exists, a professional may not look
        var other = account("coord-" + marker(), Role.COORDINATOR);
        assertThat(token(other).get("/api/v1" + programmePath).statusCode()).isEqualTo(404);
        assertThat(Http.signedIn(port, "demo-professional", "kring-demo").get(programmePath).statusCode()).isEqualTo(403);
        var denied = jdbc.sql("select count(*) from audit_event where account_id = ? and action = 'PROGRAMME_READ' and outcome = 'DENIED_NOT_FOUND'")
                .param(other).query(Integer.class).single();
        assertThat(denied).isEqualTo(1);
    }

    @Test
    void overTheApiAProgrammeComesFromATemplateInTheCoordinatorsLanguage() {
        var coordinator = account("coord-" + marker(), Role.COORDINATOR);
        var organisation = organisationWith(coordinator, "Moedersteun " + marker() + " (test)");
        var api = token(coordinator);
        var created = api.postJson("/api/v1/programmes", "{\"organisation\":\"" + organisation + "\",\"template\":\"MOEDERS_INFORMEREN_MOEDERS\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        var id = json(created.body()).get("id").asString();
        var programme = json(api.get("/api/v1/programmes/" + id).body()).get("settings");
        assertThat(programme.get("name").asString()).isEqualTo("Moeders informeren Moeders");
        assertThat(programme.get("supportForm").asString()).isEqualTo("PEER");
        assertThat(programme.get("contactEveryWeeks").intValue()).isEqualTo(4);

        // a weight above 10: 400 with the field
        var body = JSON.createObjectNode();
        programme.properties().forEach(e -> body.set(e.getKey(), e.getValue()));
        var criteria = JSON.createArrayNode();
        criteria.add(JSON.createObjectNode().put("criterion", "LANGUAGE").put("weight", 11).put("hardLimit", false));
        body.set("criteria", criteria);
        var refused = api.putJson("/api/v1/programmes/" + id, body.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).get("field").asString()).isEqualTo("weight-LANGUAGE");

        // an organisation this coordinator does not coordinate
        var elsewhere = api.postJson("/api/v1/programmes", "{\"organisation\":\"" + UUID.randomUUID() + "\",\"template\":\"HOME_START\"}");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/v1/programmes").body()).findValuesAsString("organisationName")).allMatch(n -> n.startsWith("Moedersteun "));
    }
}
