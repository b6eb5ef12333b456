package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMapRegistry;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closed files whose retention period has passed: the administrator sees them without names and confirms
 * their destruction one by one; then they are gone from the database for good, and only an anonymous
 * record remains. Nobody else lists or destroys; a file not closed, or not yet due, is refused.
 *
 * <p>The tests make their own files and leave the demo files alone: other test classes share the database.
 */
@IntegrationTest
class RetentionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a-long-test-password";
    private static final String ADMIN_TOKEN = "demo-token-admin";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired FamilyRegistry families;
    @Autowired NetworkMapRegistry maps;

    record TestFamily(UUID id, String parent, String professional, List<String> names) {
        String reference() {
            return id.toString().substring(0, 8);
        }
    }

    /** A family with a parent and a professional who have accounts, a network contact and a map; closed on {@code closedOn} if given. */
    TestFamily family(String suffix, LocalDate closedOn) {
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var parent = "test-parent-retention-" + suffix;
        var professional = "test-pro-retention-" + suffix;
        var parentId = accounts.create(new NewAccount(parent, "Ouder (test)", PASSWORD, Set.of(Role.PARENT), Optional.empty()));
        var proId = accounts.create(new NewAccount(professional, "Hulpverlener (test)", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(north)));
        var family = families.createFamily("Gezin Bewaarmans" + suffix, north, FamilyStatus.ACTIVE, false);
        var youth = families.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.empty(), "Wendelien" + suffix, "Bewaarmans" + suffix,
                Relation.YOUTH, Optional.of(LocalDate.now().minusYears(30)), false));
        families.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.of(parentId), "Gerolda" + suffix, "Bewaarmans" + suffix,
                Relation.PARENT, Optional.of(LocalDate.now().minusYears(55)), true));
        families.addNetworkContact(family, Optional.empty(), "Buurvrouw Yvonnetje" + suffix, "NEIGHBOUR");
        families.assignProfessional(family, proId);
        maps.createMap(family, "Kaart van Wendelien" + suffix, MapSummary.Perspective.YOUTH, MapSummary.CentreKind.YOUTH, Optional.of(youth),
                List.of(new MapVersion(Centre.named("Wendelien" + suffix), List.of(MapPerson.builder("x", "Oom Barnabas" + suffix).at(45, 30).build()),
                        List.of())));
        if (closedOn != null) {
            families.close(family, closedOn);
        }
        return new TestFamily(family, parent, professional,
                List.of("Bewaarmans" + suffix, "Wendelien" + suffix, "Gerolda" + suffix, "Yvonnetje" + suffix, "Barnabas" + suffix));
    }

    /** Every text (and text array) column of every table that holds the word (as in DestructionIT). */
    List<String> whereIs(String word) {
        var columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where table_schema = 'public' and (data_type in ('text', 'character varying', 'character') or udt_name = '_text')
                """).query((rs, n) -> rs.getString(1) + "." + rs.getString(2)).list();
        return columns.stream().filter(column -> {
            var parts = column.split("\\.");
            return jdbc.sql("select count(*) from " + parts[0] + " where " + parts[1] + "::text ilike ?").param("%" + word + "%")
                    .query(Long.class).single() > 0;
        }).toList();
    }

    long audit(UUID familyId, String action, String outcome, String channel) {
        return jdbc.sql("select count(*) from audit_event where family_id = ? and action = ? and outcome = ? and channel = ?")
                .params(familyId, action, outcome, channel).query(Long.class).single();
    }

    long retentionRecords(UUID familyId) {
        return jdbc.sql("select count(*) from destruction_request where family_id = ? and reason = 'RETENTION'").param(familyId)
                .query(Long.class).single();
    }

    Http admin() {
        return Http.signedIn(port, "demo-admin", "kring-demo");
    }

    UUID adminId() {
        return accounts.findByUsername("demo-admin").orElseThrow().id();
    }

    @Test
    void theAdministratorSeesTheFilesDueWithoutNamesAndNotTheOthers() {
        var due = family("a", LocalDate.of(2000, 1, 15));
        var recent = family("b", LocalDate.now().minusYears(1));
        var open = family("c", null);
        var demoDue = jdbc.sql("select id from family where name = 'Gezin Verhoef (demo)'").query(UUID.class).single();
        var demoRecent = jdbc.sql("select id from family where name = 'Gezin Brouwer (demo)'").query(UUID.class).single();

        var page = admin().get("/admin/retention");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/admin/retention/" + due.id(), due.reference(), "15-01-2000", "15-01-2020", "Wijkteam Noord (demo)",
                "/admin/retention/" + demoDue, "30-06-2004", "30-06-2024", "20 jaar");
        assertThat(page.body()).doesNotContain(recent.id().toString(), open.id().toString(), demoRecent.toString(), "Verhoef", "Brouwer");
        for (var name : due.names()) {
            assertThat(page.body()).as("the list shows no names").doesNotContain(name);
        }
        var english = admin().get("/admin/retention?lang=en");
        assertThat(english.body()).as("in English too").contains("Retention period passed", "20 years", "File " + due.reference());
        assertThat(admin().get("/").body()).as("the administrator's home links to it").contains("/admin/retention");

        var api = Http.withToken(port, ADMIN_TOKEN).get("/api/v1/admin/retention");
        assertThat(api.statusCode()).isEqualTo(200);
        var body = JSON.readTree(api.body());
        assertThat(body.get("afterCare").asString()).isEqualTo("P20Y");
        var listed = body.get("files").valueStream().map(f -> f.get("familyId").asString()).toList();
        assertThat(listed).contains(due.id().toString(), demoDue.toString())
                .doesNotContain(recent.id().toString(), open.id().toString(), demoRecent.toString());
        var row = body.get("files").valueStream().filter(f -> f.get("familyId").asString().equals(due.id().toString())).findFirst().orElseThrow();
        assertThat(row.get("closedOn").asString()).isEqualTo("2000-01-15");
        assertThat(row.get("dueOn").asString()).isEqualTo("2020-01-15");
        assertThat(row.get("demo").asBoolean()).isFalse();
        assertThat(api.body()).doesNotContain("Bewaarmans", "Wendelien", "Verhoef");

        assertThat(audit(due.id(), "RETENTION_LIST", "ALLOWED", "PAGE")).as("in Dutch and in English").isEqualTo(2);
        assertThat(audit(due.id(), "RETENTION_LIST", "ALLOWED", "API")).isEqualTo(1);
        assertThat(audit(recent.id(), "RETENTION_LIST", "ALLOWED", "PAGE")).as("a file not listed is not in the audit").isZero();
    }

    @Test
    void nobodyButTheAdministratorListsOrDestroys() {
        var due = family("d", LocalDate.of(2001, 2, 1));
        for (var person : List.of(due.parent(), due.professional())) {
            var http = Http.signedIn(port, person, PASSWORD);
            assertThat(http.get("/admin/retention").statusCode()).as(person).isIn(403, 404);
            assertThat(http.get("/admin/retention/" + due.id()).statusCode()).as(person).isIn(403, 404);
            assertThat(http.submit("/", "/admin/retention/" + due.id() + "/destruction", Map.of("confirm", "true")).statusCode())
                    .as(person).isIn(403, 404);
            assertThat(http.get("/").body()).as(person + " has no link to it").doesNotContain("/admin/retention");
        }
        for (var token : List.of("demo-token-professional", "demo-token-parent", "demo-token-analyst")) {
            var api = Http.withToken(port, token);
            assertThat(api.get("/api/v1/admin/retention").statusCode()).as(token).isIn(403, 404);
            assertThat(api.postJson("/api/v1/admin/retention/" + due.id() + "/destruction", "{}").statusCode()).as(token).isIn(403, 404);
        }
        assertThat(Http.anonymous(port).postJson("/api/v1/admin/retention/" + due.id() + "/destruction", "{}").statusCode()).isEqualTo(401);
        assertThat(whereIs(due.names().getFirst())).isNotEmpty();
        assertThat(retentionRecords(due.id())).isZero();
    }

    @Test
    void confirmingDestroysTheFileForGoodAndLeavesAnAnonymousRecord() {
        var due = family("e", LocalDate.of(2001, 3, 1));
        // the family had asked for destruction too; the destruction answers that request
        var privacy = "/families/" + due.id() + "/privacy";
        assertThat(Http.signedIn(port, due.parent(), PASSWORD).submit(privacy, privacy + "/destruction", Map.of("confirm", "true")).statusCode())
                .isEqualTo(302);
        for (var name : due.names()) {
            assertThat(whereIs(name)).as(name).isNotEmpty();
        }
        var admin = admin();
        var confirmation = "/admin/retention/" + due.id();
        var page = admin.get(confirmation);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(due.id().toString(), "01-03-2001", "01-03-2021", "Definitief vernietigen").doesNotContain("Bewaarmans");

        var unconfirmed = admin.submit(confirmation, confirmation + "/destruction", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Vink eerst aan", "aria-invalid=\"true\"");
        assertThat(whereIs(due.names().getFirst())).as("nothing happens without the box ticked").isNotEmpty();

        var confirmed = admin.submit(confirmation, confirmation + "/destruction", Map.of("confirm", "true"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/admin/retention");
        assertThat(admin.get("/admin/retention").body()).contains("Dossier " + due.reference() + " is vernietigd");

        for (var name : due.names()) {
            assertThat(whereIs(name)).as(name).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from family where id = ?").param(due.id()).query(Long.class).single()).isZero();
        var record = jdbc.sql("""
                select status, requested_by, decided_by, closed_on, decide_by, refusal_ground, refusal_reason
                  from destruction_request where family_id = ? and reason = 'RETENTION'
                """).param(due.id()).query((rs, n) -> Map.of(
                        "status", rs.getString("status"),
                        "requestedBy", String.valueOf(rs.getObject("requested_by")),
                        "decidedBy", String.valueOf(rs.getObject("decided_by")),
                        "closedOn", rs.getDate("closed_on").toLocalDate().toString(),
                        "decideBy", rs.getDate("decide_by").toLocalDate().toString(),
                        "refusal", String.valueOf(rs.getString("refusal_ground")) + rs.getString("refusal_reason")))
                .single();
        assertThat(record).containsEntry("status", "EXECUTED").containsEntry("requestedBy", "null")
                .containsEntry("decidedBy", adminId().toString()).containsEntry("closedOn", "2001-03-01").containsEntry("decideBy", "2021-03-01")
                .containsEntry("refusal", "nullnull");
        assertThat(jdbc.sql("select status from destruction_request where family_id = ? and reason = 'REQUEST'").param(due.id())
                .query(String.class).single()).as("the family's own request is answered").isEqualTo("EXECUTED");
        assertThat(audit(due.id(), "RETENTION_DESTROY", "ALLOWED", "PAGE")).isEqualTo(1);
        // the confirmation page was shown four times: opened, twice for the form's token, once with the error
        assertThat(audit(due.id(), "RETENTION_READ", "ALLOWED", "PAGE")).isEqualTo(4);

        assertThat(admin.get(confirmation).statusCode()).as("gone").isEqualTo(404);
        assertThat(Http.signedIn(port, due.professional(), PASSWORD).get("/families/" + due.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiDestroysTheSameWay() {
        var due = family("f", LocalDate.of(2002, 12, 31));
        var response = Http.withToken(port, ADMIN_TOKEN).postJson("/api/v1/admin/retention/" + due.id() + "/destruction", "");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = JSON.readTree(response.body());
        assertThat(body.get("familyId").asString()).isEqualTo(due.id().toString());
        assertThat(body.get("reason").asString()).isEqualTo("RETENTION");
        var recordId = UUID.fromString(body.get("recordId").asString());
        assertThat(jdbc.sql("select family_id from destruction_request where id = ?").param(recordId).query(UUID.class).single())
                .isEqualTo(due.id());
        for (var name : due.names()) {
            assertThat(whereIs(name)).as(name).isEmpty();
        }
        assertThat(audit(due.id(), "RETENTION_DESTROY", "ALLOWED", "API")).isEqualTo(1);
        assertThat(Http.withToken(port, ADMIN_TOKEN).postJson("/api/v1/admin/retention/" + due.id() + "/destruction", "").statusCode())
                .as("once").isEqualTo(404);
    }

    @Test
    void theApiIsDescribedLikeTheOtherAdministratorApi() {
        var description = Http.anonymous(port).get("/api/v1/openapi.json");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/v1/admin/retention", "/api/v1/admin/retention/{familyId}/destruction",
                "Closed family files whose retention period has passed");
    }

    @Test
    void aFileNotYetDueOrNotClosedIsRefusedAndNothingChanges() {
        var notDue = family("g", LocalDate.now().minusYears(20).plusDays(1));
        var open = family("h", null);
        var admin = admin();

        var page = admin.submit("/admin/retention", "/admin/retention/" + notDue.id() + "/destruction", Map.of("confirm", "true"));
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("Nog niet aan de beurt", "er is niets gewijzigd");
        assertThat(admin.get("/admin/retention/" + notDue.id()).statusCode()).isEqualTo(409);
        var api = Http.withToken(port, ADMIN_TOKEN).postJson("/api/v1/admin/retention/" + notDue.id() + "/destruction", "");
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(api.body()).get("title").asString()).isEqualTo("Nog niet aan de beurt");

        assertThat(admin.submit("/admin/retention", "/admin/retention/" + open.id() + "/destruction", Map.of("confirm", "true")).statusCode())
                .as("an open file is unknown here").isEqualTo(404);
        assertThat(Http.withToken(port, ADMIN_TOKEN).postJson("/api/v1/admin/retention/" + open.id() + "/destruction", "").statusCode())
                .isEqualTo(404);
        assertThat(admin.submit("/admin/retention", "/admin/retention/not-an-id/destruction", Map.of("confirm", "true")).statusCode())
                .isEqualTo(400);

        for (var family : List.of(notDue, open)) {
            for (var name : family.names()) {
                assertThat(whereIs(name)).as(name).isNotEmpty();
            }
            assertThat(retentionRecords(family.id())).isZero();
        }
        assertThat(audit(notDue.id(), "RETENTION_DESTROY", "DENIED_FORBIDDEN", "PAGE")).isEqualTo(1);
        assertThat(audit(notDue.id(), "RETENTION_DESTROY", "DENIED_FORBIDDEN", "API")).isEqualTo(1);
        assertThat(audit(open.id(), "RETENTION_DESTROY", "DENIED_NOT_FOUND", "PAGE")).isEqualTo(1);
        assertThat(audit(notDue.id(), "RETENTION_DESTROY", "ALLOWED", "PAGE")).isZero();
    }
}
