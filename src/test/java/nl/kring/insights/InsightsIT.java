package nl.kring.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.kring.family.FamilyRegistry;
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
 * The analyst's insights over HTTP for files opened and changed through Kring's own API: the counts follow every
 * change, small cells and their complements are hidden in the table and the CSV, only the analyst reads them, the
 * period rule holds and a destroyed file leaves no trace. Each test uses postcode areas of its own in the fictional
 * municipality Verzonnendam (2000-2999), so other test classes' files do not touch its rows.
 */
@IntegrationTest
class InsightsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a-long-test-password";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired FamilyRegistry registry;
    @Autowired JdbcClient jdbc;

    String lastUsername;

    Http account(Role role, Optional<UUID> team) {
        var username = "test-insights-" + UUID.randomUUID().toString().substring(0, 8);
        var id = accounts.create(new NewAccount(username, "Test " + role, PASSWORD, Set.of(role), team));
        lastUsername = username;
        return Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
    }

    Http professional() {
        var team = accounts.createTeam("Wijkteam Inzicht " + UUID.randomUUID().toString().substring(0, 6));
        return account(Role.PROFESSIONAL, Optional.of(team.id()));
    }

    static String area() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(2000, 3000));
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    record Opened(UUID id, String youth, String mother) {}

    /** A family opened through the API, its mother's postal code in the area. */
    Opened open(Http professional, String area, String situation) {
        var born = LocalDate.now().minusYears(9);
        var created = professional.postJson("/api/v1/families", """
                {"name":"Gezin Telling","members":[
                 {"givenName":"Noor","familyName":"Telling","relation":"YOUTH","birthDate":"%s","careSituation":"%s"},
                 {"givenName":"Ilse","familyName":"Telling","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"}]}
                """.formatted(born, situation, born));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = UUID.fromString(json(created.body()).get("id").asString());
        String youth = null;
        String mother = null;
        for (var m : json(professional.get("/api/v1/families/" + id).body()).get("members")) {
            if (m.get("relation").asString().equals("YOUTH")) {
                youth = m.get("id").asString();
            } else {
                mother = m.get("id").asString();
            }
        }
        var contact = professional.putJson("/api/v1/families/" + id + "/contact-details/" + mother,
                "{\"street\":\"Telstraat 1\",\"postalCode\":\"" + area + " XY\",\"city\":\"Verzonnendam\"}");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
        return new Opened(id, youth, mother);
    }

    JsonNode table(Http analyst, String query) {
        var response = analyst.get("/api/v1/insights/table?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    static JsonNode cell(JsonNode table, String row, String column) {
        for (var c : table.get("cells")) {
            if (c.get("row").asString().equals(row) && c.get("column").asString().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + row + "/" + column + " in " + table);
    }

    static JsonNode rowTotal(JsonNode table, String row) {
        for (var c : table.get("rowTotals")) {
            if (c.get("row").asString().equals(row)) {
                return c;
            }
        }
        throw new AssertionError("no row " + row + " in " + table);
    }

    static void shows(JsonNode cell, long value) {
        assertThat(cell.get("suppressed").asBoolean()).as(cell.toString()).isFalse();
        assertThat(cell.get("value").asLong()).as(cell.toString()).isEqualTo(value);
    }

    static void hidden(JsonNode cell) {
        assertThat(cell.get("suppressed").asBoolean()).as(cell.toString()).isTrue();
        assertThat(cell.get("value").isNull()).as(cell.toString()).isTrue();
    }

    long unprotected(String measure, String area) {
        return jdbc.sql("select coalesce(sum(value), 0) from insights_count where measure = ? and area = ?").params(measure, area)
                .query(Long.class).single();
    }

    @Test
    void filesOpenedChangedClosedAndDestroyedThroughKringFollowTheCounts() {
        var professional = professional();
        var analyst = account(Role.ANALYST, Optional.empty());
        var area = area();
        var files = new ArrayList<Opened>();
        for (int i = 0; i < 10; i++) {
            files.add(open(professional, area, "OUTPATIENT"));
        }
        var month = YearMonth.now().toString();
        var query = "rows=area&columns=category&municipality=Verzonnendam&period=" + month;
        var care = table(analyst, "measure=youths-by-care-situation&" + query);
        shows(cell(care, area, "OUTPATIENT"), 10);
        shows(cell(care, area, "PLACEMENT_FOSTER"), 0);

        for (var file : files) {
            var moved = professional.postJson("/api/v1/families/" + file.id() + "/care-situations",
                    "{\"youthId\":\"" + file.youth() + "\",\"situation\":\"PLACEMENT_FOSTER\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        }
        care = table(analyst, "measure=youths-by-care-situation&" + query);
        shows(cell(care, area, "OUTPATIENT"), 0);
        shows(cell(care, area, "PLACEMENT_FOSTER"), 10);
        shows(cell(table(analyst, "measure=care-movements&" + query), area, "OUTPATIENT_TO_PLACEMENT"), 10);

        for (var file : files) {
            var plan = professional.postJson("/api/v1/families/" + file.id() + "/plans", "{\"title\":\"Ons plan\"}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        }
        var steps = table(analyst, "measure=plan-steps&" + query);
        shows(cell(steps, area, "MADE"), 10);
        shows(cell(steps, area, "ACCEPTED"), 0);

        for (var file : files) {
            var closed = professional.postJson("/api/v1/families/" + file.id() + "/closure", """
                    {"closedOn":"%s","reason":"GOALS_REACHED","careSituations":{"%s":"OWN_NETWORK_ONLY"}}
                    """.formatted(LocalDate.now(), file.youth()));
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        }
        shows(cell(table(analyst, "measure=files-closed&" + query), area, "GOALS_REACHED"), 10);
        var time = table(analyst, "measure=time-in-care&" + query);
        shows(cell(time, area, "GOALS_REACHED"), 0);
        hidden(cell(time, area, "PLACEMENT"));
        // closed files hold no youths in care any more
        assertThat(unprotected("YOUTHS_BY_CARE_SITUATION", area)).isZero();

        // destroyed: nothing of the file is left in any count, and the area's count falls below the threshold
        var destroyed = files.getFirst().id();
        registry.destroy(destroyed);
        assertThat(jdbc.sql("select count(*) from insights_contribution where family_id = ?").param(destroyed).query(Long.class).single()).isZero();
        assertThat(unprotected("FILES_OPENED", area)).isEqualTo(9);
        assertThat(unprotected("FILES_CLOSED", area)).isEqualTo(9);
        assertThat(unprotected("CARE_MOVEMENTS", area)).isEqualTo(18);
        assertThat(unprotected("PLAN_STEPS", area)).isEqualTo(9);
        hidden(cell(table(analyst, "measure=files-opened&" + query), area, "ALL"));
        hidden(cell(table(analyst, "measure=files-closed&" + query), area, "GOALS_REACHED"));
    }

    @Test
    void aSmallCellAndItsComplementAreHiddenInTheTableAndTheCsv() {
        var professional = professional();
        var analyst = account(Role.ANALYST, Optional.empty());
        var area = area();
        for (int i = 0; i < 12; i++) {
            open(professional, area, "OUTPATIENT");
        }
        for (int i = 0; i < 3; i++) {
            open(professional, area, "PLACEMENT_FOSTER");
        }
        var month = YearMonth.now().toString();
        var query = "rows=area&columns=category&municipality=Verzonnendam&period=" + month;
        var care = table(analyst, "measure=youths-by-care-situation&" + query);
        assertThat(care.get("measure").asString()).isEqualTo("youths-by-care-situation");
        assertThat(care.get("threshold").asInt()).isEqualTo(10);
        // 3 is small; 12 is hidden with it, or 3 = 15 - 12 would follow from the row total
        hidden(cell(care, area, "PLACEMENT_FOSTER"));
        hidden(cell(care, area, "OUTPATIENT"));
        shows(cell(care, area, "PLACEMENT_RESIDENTIAL"), 0);
        shows(rowTotal(care, area), 15);
        // the shape: value null exactly when suppressed, everywhere
        for (var part : List.of("cells", "rowTotals", "columnTotals")) {
            for (var c : care.get(part)) {
                assertThat(c.get("value").isNull()).as(c.toString()).isEqualTo(c.get("suppressed").asBoolean());
            }
        }
        assertThat(care.get("total").get("value").isNull()).isEqualTo(care.get("total").get("suppressed").asBoolean());

        var csv = analyst.get("/api/v1/insights/table.csv?measure=youths-by-care-situation&" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        var line = csv.body().lines().filter(l -> l.startsWith("\"" + area + "\"")).findFirst().orElseThrow();
        // NO_CARE, OWN_NETWORK_ONLY, OUTPATIENT, DAY_TREATMENT, KINSHIP, FOSTER, RESIDENTIAL, SECURE, total
        assertThat(line).isEqualTo("\"" + area + "\",0,0,<10,0,0,<10,0,0,15");

        // the page: the same cells hidden, the row total shown, nothing else of the area's youths
        var page = Http.signedIn(port, lastUsername, PASSWORD).get("/inzichten?measure=youths-by-care-situation&" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        var row = page.body().substring(page.body().indexOf(">" + area + "</th>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row.split("minder dan 10", -1)).hasSize(3);
        assertThat(row).contains(">15</td>").doesNotContain(">12<").doesNotContain(">3<");
        assertThat(page.body()).contains("<svg");
        var pageCsv = Http.signedIn(port, lastUsername, PASSWORD).get("/inzichten/export.csv?measure=youths-by-care-situation&" + query);
        assertThat(pageCsv.body()).contains("\"" + area + "\",0,0,<10,0,0,<10,0,0,15");
    }

    @Test
    void onlyTheAnalystReadsInsights_everyReadAuditedWithoutIds() {
        var query = "/api/v1/insights/table?measure=files-opened&rows=municipality&columns=period&period=" + YearMonth.now().getYear();
        for (var other : List.of(professional(), account(Role.ADMINISTRATOR, Optional.empty()), account(Role.COORDINATOR, Optional.empty()))) {
            assertThat(other.get("/api/v1/insights/measures").statusCode()).isEqualTo(403);
            assertThat(other.get(query).statusCode()).isEqualTo(403);
            assertThat(other.get(query.replace("/table?", "/table.csv?")).statusCode()).isEqualTo(403);
        }
        assertThat(Http.anonymous(port).get(query).statusCode()).isEqualTo(401);
        account(Role.PROFESSIONAL, Optional.empty());
        assertThat(Http.signedIn(port, lastUsername, PASSWORD).get("/inzichten").statusCode()).isEqualTo(403);
        var analyst = account(Role.ANALYST, Optional.empty());
        var measures = analyst.get("/api/v1/insights/measures");
        assertThat(measures.statusCode()).isEqualTo(200);
        assertThat(json(measures.body()).get("measures").toString()).contains("youths-by-care-situation", "care-movements", "time-in-care");
        assertThat(json(measures.body()).get("notYetMeasured").toString()).contains("volunteer matches");
        var before = jdbc.sql("select count(*) from audit_event where action = 'INSIGHTS_TABLE_READ' and record_ids = '{}' and family_id is null")
                .query(Long.class).single();
        assertThat(analyst.get(query).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INSIGHTS_TABLE_READ' and record_ids = '{}' and family_id is null")
                .query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INSIGHTS_TABLE_READ' and outcome = 'DENIED_FORBIDDEN'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void periodsAreWholeMonthsQuartersOrYears_badParametersAreNamed() {
        var analyst = account(Role.ANALYST, Optional.empty());
        var good = "measure=files-opened&rows=category&columns=period";
        for (var bad : Map.of(
                "measure=nothing&rows=area&columns=period&period=2025", "measure",
                "measure=files-opened&rows=street&columns=period&period=2025", "rows",
                "measure=files-opened&rows=area&columns=area&period=2025", "columns",
                good + "&period=2025-03-01", "period",
                good + "&period=2025-01-01..2025-03-31", "period",
                good + "&period=2025..2025-Q2", "period",
                good + "&period=2025-13", "period",
                good + "&period=2000..2099", "period",
                good + "&period=2025&municipality=Nergens", "municipality").entrySet()) {
            var response = analyst.get("/api/v1/insights/table?" + bad.getKey());
            assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(json(response.body()).get("field").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
        }
        var quarters = table(analyst, good + "&period=2025-Q1..2025-Q4");
        assertThat(quarters.get("columnTotals")).hasSize(4);
        assertThat(quarters.get("columnTotals").get(3).get("column").asString()).isEqualTo("2025-Q4");
        assertThat(table(analyst, good + "&period=2024..2025").get("columnTotals").get(0).get("column").asString()).isEqualTo("2024");
    }

    @Test
    void aFileLeavesTheCountsWhenItsFamilyAsksForDestruction_backWhenRefused_goneWhenDestroyed() {
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var mother = "test-insights-mother-" + suffix;
        var pro = "test-insights-pro-" + suffix;
        var motherId = accounts.create(new NewAccount(mother, "Moeder (test)", PASSWORD, Set.of(Role.PARENT), Optional.empty()));
        var proId = accounts.create(new NewAccount(pro, "Hulpverlener (test)", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(north)));
        var family = registry.createFamily("Gezin Telling (test)", north, nl.kring.family.domain.FamilyStatus.ACTIVE, false);
        registry.addMember(family, new nl.kring.family.domain.FamilyMember(UUID.randomUUID(), Optional.empty(), "Jet", "Telling",
                nl.kring.family.domain.Relation.YOUTH, Optional.of(LocalDate.now().minusYears(13)), false));
        var motherMember = registry.addMember(family, new nl.kring.family.domain.FamilyMember(UUID.randomUUID(), Optional.of(motherId), "Els",
                "Telling", nl.kring.family.domain.Relation.PARENT, Optional.of(LocalDate.now().minusYears(40)), true));
        var area = area();
        registry.setContactDetails(family, motherMember, new nl.kring.family.domain.ContactDetails(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(area + " AB"), Optional.empty()));
        registry.assignProfessional(family, proId);
        assertThat(unprotected("FILES_OPENED", area)).isEqualTo(1);

        var page = "/families/" + family + "/privacy";
        var asking = Http.signedIn(port, mother, PASSWORD);
        assertThat(asking.submit(page, page + "/destruction", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        assertThat(unprotected("FILES_OPENED", area)).isZero();
        var request = jdbc.sql("select id from destruction_request where family_id = ?").param(family).query(UUID.class).single();
        var deciding = Http.signedIn(port, pro, PASSWORD);
        assertThat(deciding.submit(page, page + "/destruction/" + request + "/refuse",
                Map.of("ground", "LEGAL_OBLIGATION", "reason", "Wettelijke bewaarplicht (test)")).statusCode()).isEqualTo(302);
        assertThat(unprotected("FILES_OPENED", area)).isEqualTo(1);

        assertThat(asking.submit(page, page + "/destruction", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        var second = jdbc.sql("select id from destruction_request where family_id = ? and status = 'PENDING'").param(family).query(UUID.class).single();
        assertThat(deciding.submit(page, page + "/destruction/" + second + "/execute", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        assertThat(unprotected("FILES_OPENED", area)).isZero();
        assertThat(jdbc.sql("select count(*) from insights_contribution where family_id = ?").param(family).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from insights_withheld where family_id = ?").param(family).query(Long.class).single()).isZero();
    }
}
