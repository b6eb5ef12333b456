package nl.kring.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
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

/** Who may see which family file, through pages and API, and what the audit log records of it. */
@IntegrationTest
class FamilyAccessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired FamilyRegistry registry;

    UUID family(String name) {
        return jdbc.sql("select id from family where name = ?").param(name).query(UUID.class).single();
    }

    UUID deWit() {
        return family("Gezin De Wit (demo)");
    }

    UUID account(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    long auditLines(UUID familyId, UUID accountId, String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where family_id = ? and account_id is not distinct from ? and action = ? and outcome = ?")
                .params(familyId, accountId, action, outcome)
                .query(Long.class).single();
    }

    long auditTotal() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @Test
    void aProfessionalOfAnotherTeamGets404OnAFamilyOfThisTeam() {
        var api = Http.withToken(port, "demo-token-professional-other-team").get("/api/v1/families/" + deWit());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(api.body()).doesNotContain("de Wit", "Noor", "Marieke");

        var page = Http.signedIn(port, "demo-professional-other-team", "kring-demo").get("/families/" + deWit());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Noor", "Marieke").contains("Niet gevonden");
    }

    @Test
    void anUnknownFamilyLooksExactlyLikeAnInvisibleOne() {
        var client = Http.withToken(port, "demo-token-professional-other-team");
        var invisible = client.get("/api/v1/families/" + deWit());
        var unknown = client.get("/api/v1/families/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(invisible.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body()).get("title")).isEqualTo(json(invisible.body()).get("title"));
    }

    @Test
    void readingAFamilyFileWritesExactlyOneAuditRecordInTheSameRequest() {
        var professional = account("demo-professional");
        long before = auditTotal();
        long readsBefore = auditLines(deWit(), professional, "FAMILY_READ", "ALLOWED");

        var response = Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(auditTotal()).isEqualTo(before + 1);
        assertThat(auditLines(deWit(), professional, "FAMILY_READ", "ALLOWED")).isEqualTo(readsBefore + 1);
        record Line(String roles, String channel, List<String> records) {}
        var line = jdbc.sql("select acting_roles, channel, record_ids from audit_event order by id desc limit 1")
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), List.of((String[]) rs.getArray(3).getArray())))
                .single();
        assertThat(line.roles()).isEqualTo("PROFESSIONAL");
        assertThat(line.channel()).isEqualTo("API");
        var shownMembers = json(response.body()).get("members").valueStream().map(m -> m.get("id").asString()).toList();
        assertThat(line.records()).containsAll(shownMembers);
    }

    @Test
    void thePageChannelIsRecordedForBrowserReads() {
        var parent = account("demo-parent");
        long before = jdbc.sql("select count(*) from audit_event where account_id = ? and channel = 'PAGE' and action = 'FAMILY_READ'")
                .param(parent).query(Long.class).single();
        var page = Http.signedIn(port, "demo-parent", "kring-demo").get("/families/" + deWit());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Noor", "Marieke", "Petra Visser (demo)");
        assertThat(jdbc.sql("select count(*) from audit_event where account_id = ? and channel = 'PAGE' and action = 'FAMILY_READ'")
                .param(parent).query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void listsShowOnlyTheFamiliesEachPersonMaySee() {
        assertThat(names("demo-token-professional")).containsExactly("Gezin De Wit (demo)");
        assertThat(names("demo-token-professional-2")).containsExactlyInAnyOrder("Gezin De Wit (demo)", "Gezin Jansen (demo)");
        assertThat(names("demo-token-professional-other-team")).containsExactly("Gezin Öztürk (demo)");
        assertThat(names("demo-token-parent")).containsExactly("Gezin De Wit (demo)");
        assertThat(names("demo-token-youth")).containsExactly("Gezin De Wit (demo)");
        for (var nobody : List.of("demo-token-network", "demo-token-volunteer", "demo-token-coordinator", "demo-token-analyst", "demo-token-admin")) {
            var response = Http.withToken(port, nobody).get("/api/v1/families");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response.body()).size()).as(nobody).isZero();
        }
    }

    private List<String> names(String token) {
        var response = Http.withToken(port, token).get("/api/v1/families");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body()).valueStream().map(f -> f.get("name").asString()).toList();
    }

    @Test
    void listingAuditsEveryListedFamilyAndNothingElse() {
        var professional2 = account("demo-professional-2");
        long deWitBefore = auditLines(deWit(), professional2, "FAMILY_LIST", "ALLOWED");
        long ozturkBefore = auditLines(family("Gezin Öztürk (demo)"), professional2, "FAMILY_LIST", "ALLOWED");
        Http.withToken(port, "demo-token-professional-2").get("/api/v1/families");
        assertThat(auditLines(deWit(), professional2, "FAMILY_LIST", "ALLOWED")).isEqualTo(deWitBefore + 1);
        assertThat(auditLines(family("Gezin Öztürk (demo)"), professional2, "FAMILY_LIST", "ALLOWED")).isEqualTo(ozturkBefore);
    }

    @Test
    void anAnalystAndAnAdministratorSeeNoFamilyFile() {
        for (var token : List.of("demo-token-analyst", "demo-token-admin", "demo-token-network", "demo-token-volunteer")) {
            var response = Http.withToken(port, token).get("/api/v1/families/" + deWit());
            assertThat(response.statusCode()).as(token).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Noor");
        }
    }

    @Test
    void refusedRequestsAreAuditedToo() {
        var other = account("demo-professional-other-team");
        long notFound = auditLines(deWit(), other, "FAMILY_READ", "DENIED_NOT_FOUND");
        long anonymous = auditLines(deWit(), null, "FAMILY_READ", "UNAUTHENTICATED");

        Http.withToken(port, "demo-token-professional-other-team").get("/api/v1/families/" + deWit());
        var unauthenticated = Http.anonymous(port).get("/api/v1/families/" + deWit());
        var badToken = Http.withToken(port, "kring_not-a-real-token").get("/api/v1/families/" + deWit());
        var anonymousPage = Http.anonymous(port).get("/families/" + deWit());

        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(anonymousPage.statusCode()).isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(auditLines(deWit(), other, "FAMILY_READ", "DENIED_NOT_FOUND")).isEqualTo(notFound + 1);
        assertThat(auditLines(deWit(), null, "FAMILY_READ", "UNAUTHENTICATED")).isEqualTo(anonymous + 3);
    }

    @Test
    void parentsWithAuthorityAndYouthsFromTwelveSeeWhoLookedAtTheirFile() {
        Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit());

        for (var token : List.of("demo-token-parent", "demo-token-youth")) {
            var response = Http.withToken(port, token).get("/api/v1/families/" + deWit() + "/audit");
            assertThat(response.statusCode()).as(token).isEqualTo(200);
            var lines = json(response.body());
            assertThat(lines.valueStream().anyMatch(l -> "Petra Visser (demo)".equals(l.get("who").asString())
                    && "FAMILY_READ".equals(l.get("action").asString()))).isTrue();
        }
        var page = Http.signedIn(port, "demo-parent", "kring-demo").get("/families/" + deWit() + "/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Petra Visser (demo)", "bekeek het dossier");
    }

    @Test
    void aProfessionalKnowsTheFileButMayNotReadItsAuditAsFamily() {
        var response = Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit() + "/audit");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.withToken(port, "demo-token-professional-other-team").get("/api/v1/families/" + deWit() + "/audit").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aYouthUnderTwelveAndAParentWithoutAuthorityMayNotOpenTheAudit() {
        var team = accounts.teams().getFirst().id();
        var youthAccount = accounts.create(new NewAccount("test-youth-nine", "Test Kind (test)", "a-long-test-password", Set.of(Role.YOUTH), Optional.empty()));
        var parentAccount = accounts.create(new NewAccount("test-parent-noauth", "Test Ouder (test)", "a-long-test-password", Set.of(Role.PARENT), Optional.empty()));
        var family = registry.createFamily("Gezin Test (test)", team, FamilyStatus.ACTIVE, false);
        registry.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.of(youthAccount), "Kind", "Test", Relation.YOUTH,
                Optional.of(LocalDate.now().minusYears(9)), false));
        registry.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.of(parentAccount), "Ouder", "Test", Relation.PARENT,
                Optional.of(LocalDate.now().minusYears(40)), false));

        var youth = Http.signedIn(port, "test-youth-nine", "a-long-test-password");
        assertThat(youth.get("/families/" + family).statusCode()).isEqualTo(200);
        assertThat(youth.get("/families/" + family).body()).doesNotContain("Wie keek in ons dossier?");
        assertThat(youth.get("/families/" + family + "/audit").statusCode()).isEqualTo(403);

        // without parental authority a parent has no right of their own to the file at all
        var parent = Http.signedIn(port, "test-parent-noauth", "a-long-test-password");
        assertThat(parent.get("/families/" + family).statusCode()).isEqualTo(403);
        assertThat(parent.get("/families").body()).doesNotContain("Gezin Test (test)");
        assertThat(parent.get("/families/" + family + "/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeOfTeamOrRoleTakesEffectOnTheVeryNextRequest() {
        var teams = accounts.teams();
        var north = teams.stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var south = teams.stream().filter(t -> t.name().startsWith("Wijkteam Zuid")).findFirst().orElseThrow().id();
        var mover = accounts.create(new NewAccount("test-mover", "Verhuizer (test)", "a-long-test-password", Set.of(Role.PROFESSIONAL), Optional.of(north)));
        registry.assignProfessional(deWit(), mover);
        var admin = accounts.currentUser(account("demo-admin")).orElseThrow();
        var session = Http.signedIn(port, "test-mover", "a-long-test-password");
        assertThat(session.get("/families/" + deWit()).statusCode()).isEqualTo(200);

        accounts.update(admin, mover, Set.of(Role.PROFESSIONAL), Optional.of(south), true);
        assertThat(session.get("/families/" + deWit()).statusCode()).isEqualTo(404);

        accounts.update(admin, mover, Set.of(Role.PROFESSIONAL), Optional.of(north), true);
        assertThat(session.get("/families/" + deWit()).statusCode()).isEqualTo(200);

        accounts.update(admin, mover, Set.of(Role.VOLUNTEER), Optional.of(north), true);
        assertThat(session.get("/families/" + deWit()).statusCode()).isEqualTo(404);

        accounts.update(admin, mover, Set.of(Role.PROFESSIONAL), Optional.of(north), false);
        var disabled = session.get("/families/" + deWit());
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(disabled.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void ifTheAuditLineCannotBeWrittenTheReadFailsAndShowsNothing() {
        var professional = account("demo-professional");
        jdbc.sql("""
                create or replace function test_refuse_audit() returns trigger language plpgsql as $$
                begin raise exception 'audit storage unavailable (test)'; end; $$
                """).update();
        jdbc.sql("create trigger test_refuse_audit before insert on audit_event for each row when (new.account_id = '"
                + professional + "') execute function test_refuse_audit()").update();
        try {
            var response = Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).doesNotContain("Noor", "Marieke", "Exception", "at nl.kring");
        } finally {
            jdbc.sql("drop trigger test_refuse_audit on audit_event").update();
        }
        assertThat(Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit()).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditLogCannotBeChangedOrDeletedEvenWithDirectSql() {
        Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit());
        long total = auditTotal();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'FORGED'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(auditTotal()).isEqualTo(total);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'FORGED'").query(Long.class).single()).isZero();
    }

    @Test
    void auditRecordsHoldIdsButNoNamesOrSearchTerms() {
        Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit());
        Http.withToken(port, "demo-token-admin").get("/api/v1/admin/audit?account=demo-professional&action=FAMILY_READ");
        var text = jdbc.sql("select string_agg(concat_ws('|', account_id, acting_roles, family_id, array_to_string(record_ids, ','), action, channel, outcome), ';') from audit_event")
                .query(String.class).single();
        assertThat(text).doesNotContain("Noor", "Wit", "Petra", "demo-professional");
    }
}
