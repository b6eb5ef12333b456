package nl.kring.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family file's whole life over HTTP, for files opened through Kring itself (not demo data): opening
 * with its rules, members, parental authority from a date, care situations, hand-over between teams,
 * closing with the outcome, the read-only closed file and reopening. Each test makes its own teams and
 * accounts; the demo files are left alone because other test classes share the database.
 */
@IntegrationTest
class FileLifecycleIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a-long-test-password";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;

    record Team(UUID id, String professional, Http api) {}

    /** A new team with one professional who has an API token. */
    Team team(String name) {
        var team = accounts.createTeam(name + " " + UUID.randomUUID().toString().substring(0, 6));
        var username = "test-lifecycle-" + UUID.randomUUID().toString().substring(0, 8);
        var id = accounts.create(new NewAccount(username, "Hulpverlener " + name, PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        return new Team(team.id(), username, Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token()));
    }

    static String youth13Mother(LocalDate today) {
        return """
                {"name":"Gezin Oprichter","members":[
                 {"givenName":"Sanne","familyName":"Oprichter","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Mirjam","familyName":"Oprichter","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"},
                 {"givenName":"Karel","familyName":"Oprichter","relation":"PARENT","carerKind":"FATHER","parentalAuthority":false}]}
                """.formatted(today.minusYears(13).minusDays(20), today.minusYears(13).minusDays(20));
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    UUID open(Team team) {
        var created = team.api().postJson("/api/v1/families", youth13Mother(LocalDate.now()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(json(created.body()).get("id").asString());
    }

    JsonNode file(Team team, UUID id) {
        var response = team.api().get("/api/v1/families/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    String memberId(JsonNode file, String givenName) {
        for (var m : file.get("members")) {
            if (m.get("givenName").asString().equals(givenName)) {
                return m.get("id").asString();
            }
        }
        throw new AssertionError("no member " + givenName + " in " + file);
    }

    @Test
    void aProfessionalOpensAFileAndIsAssigned_theCareSituationIsRecordedAndTheOpeningAudited() {
        var team = team("Wijkteam Oost (test)");
        var id = open(team);
        var file = file(team, id);
        assertThat(file.get("name").asString()).isEqualTo("Gezin Oprichter");
        assertThat(file.get("members")).hasSize(3);
        var care = json(team.api().get("/api/v1/families/" + id + "/care-situations").body());
        assertThat(care).hasSize(1);
        assertThat(care.get(0).get("situation").asString()).isEqualTo("OUTPATIENT");
        assertThat(care.get(0).get("youthId").asString()).isEqualTo(memberId(file, "Sanne"));
        // the file appears in the professional's list
        assertThat(team.api().get("/api/v1/families").body()).contains(id.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            birth date in the future | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"2999-01-01","careSituation":"NO_CARE"},{"givenName":"M","familyName":"X","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true}]} | members[0].birthDate
            older than 23          | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"1990-01-01","careSituation":"NO_CARE"}]} | members[0].birthDate
            no youth               | {"name":"Gezin X","members":[{"givenName":"M","familyName":"X","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true}]} | members
            no one with authority  | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"2020-01-01","careSituation":"NO_CARE"},{"givenName":"M","familyName":"X","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":false}]} | members[0].parentalAuthority
            duplicate member       | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"2020-01-01","careSituation":"NO_CARE"},{"givenName":" a ","familyName":"x","relation":"YOUTH","birthDate":"2020-01-01","careSituation":"NO_CARE"},{"givenName":"M","familyName":"X","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true}]} | members[1].givenName
            no family name         | {"name":" ","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"2020-01-01","careSituation":"NO_CARE"},{"givenName":"M","familyName":"X","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true}]} | name
            unknown relation       | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"COUSIN","birthDate":"2020-01-01"}]} | members[0].relation
            malformed date         | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"1-1-2020","careSituation":"NO_CARE"}]} | members[0].birthDate
            no care situation      | {"name":"Gezin X","members":[{"givenName":"A","familyName":"X","relation":"YOUTH","birthDate":"2020-01-01"},{"givenName":"M","familyName":"X","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true}]} | members[0].careSituation
            """)
    void openingRefusesBrokenRulesWithTheField(String rule, String body, String field) {
        var team = team("Wijkteam Regels (test)");
        var response = team.api().postJson("/api/v1/families", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(json(response.body()).get("field").asString()).isEqualTo(field);
        assertThat(json(response.body()).get("detail").asString()).isNotBlank();
    }

    @Test
    void aYouthUnderGuardianshipNeedsNoParentWithAuthority() {
        var team = team("Wijkteam Voogdij (test)");
        var response = team.api().postJson("/api/v1/families", """
                {"name":"Gezin Voogd","members":[{"givenName":"Tim","familyName":"Voogd","relation":"YOUTH","birthDate":"2015-03-03","careSituation":"PLACEMENT_FOSTER","guardianship":true}]}
                """);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var id = json(response.body()).get("id").asString();
        assertThat(team.api().get("/api/v1/families/" + id + "/measures").body()).contains("GUARDIANSHIP");
    }

    @Test
    void onlyProfessionalsWithATeamOpenFiles() {
        var parentId = accounts.create(new NewAccount("test-lifecycle-parent-" + UUID.randomUUID().toString().substring(0, 6), "Ouder",
                PASSWORD, Set.of(Role.PARENT), Optional.empty()));
        var parent = Http.withToken(port, tokens.create(parentId, "test", Duration.ofDays(1)).token());
        assertThat(parent.postJson("/api/v1/families", youth13Mother(LocalDate.now())).statusCode()).isEqualTo(403);
    }

    @Test
    void membersAreAddedCorrectedAndRemoved_withinTheRules() {
        var team = team("Wijkteam Leden (test)");
        var id = open(team);
        var base = "/api/v1/families/" + id + "/members";
        var added = team.api().postJson(base, """
                {"givenName":"Daan","familyName":"Oprichter","relation":"YOUTH","birthDate":"2019-05-05","careSituation":"NO_CARE"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        var daan = json(added.body()).get("id").asString();
        var duplicate = team.api().postJson(base, """
                {"givenName":"daan","familyName":"Oprichter","relation":"YOUTH","birthDate":"2019-05-05","careSituation":"NO_CARE"}""");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(json(duplicate.body()).get("field").asString()).isEqualTo("givenName");

        var corrected = team.api().putJson(base + "/" + daan, """
                {"givenName":"Daniël","familyName":"Oprichter","birthDate":"2019-06-05"}""");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        var file = file(team, id);
        assertThat(memberId(file, "Daniël")).isEqualTo(daan);

        assertThat(team.api().delete(base + "/" + daan).statusCode()).isEqualTo(204);
        // the mother is the only parent with authority of a minor: she cannot be removed
        var mother = memberId(file(team, id), "Mirjam");
        var refused = team.api().delete(base + "/" + mother);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()).get("detail").asString()).contains("gezag");
        assertThat(team.api().delete(base + "/" + memberId(file(team, id), "Sanne")).statusCode()).isEqualTo(409);
        // the refused removals left the file whole: it still opens
        assertThat(team.api().get("/api/v1/families/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aParentWhoLosesAuthorityLosesTheirOwnRightToTheFileFromThatDay() {
        var team = team("Wijkteam Gezag (test)");
        var id = open(team);
        var file = file(team, id);
        var fatherMember = memberId(file, "Karel");
        var motherMember = memberId(file, "Mirjam");
        var father = linkedParent(id, fatherMember);
        var mother = linkedParent(id, motherMember);
        assertThat(father.get("/api/v1/families/" + id).statusCode()).isEqualTo(403);
        assertThat(mother.get("/api/v1/families/" + id).statusCode()).isEqualTo(200);

        var authority = "/api/v1/families/" + id + "/members/";
        // the father gets authority from today: he may read the file on his next request
        assertThat(team.api().postJson(authority + fatherMember + "/authority", """
                {"authority":true,"effective":"%s"}""".formatted(LocalDate.now())).statusCode()).isEqualTo(200);
        assertThat(father.get("/api/v1/families/" + id).statusCode()).isEqualTo(200);
        // the mother loses it from tomorrow: still hers today
        assertThat(team.api().postJson(authority + motherMember + "/authority", """
                {"authority":false,"effective":"%s"}""".formatted(LocalDate.now().plusDays(1))).statusCode()).isEqualTo(200);
        assertThat(mother.get("/api/v1/families/" + id).statusCode()).isEqualTo(200);
        // and from today: refused at once
        assertThat(team.api().postJson(authority + motherMember + "/authority", """
                {"authority":false,"effective":"%s"}""".formatted(LocalDate.now())).statusCode()).isEqualTo(200);
        assertThat(mother.get("/api/v1/families/" + id).statusCode()).isEqualTo(403);
        // now the father is the last with authority: he cannot lose it
        assertThat(team.api().postJson(authority + fatherMember + "/authority", """
                {"authority":false,"effective":"%s"}""".formatted(LocalDate.now())).statusCode()).isEqualTo(409);
        // the change is in the family's own audit view
        assertThat(father.get("/api/v1/families/" + id + "/audit").body()).contains("AUTHORITY_CHANGE");
    }

    @Test
    void aChangeOfAuthorityDecidesWhoApprovesAConsentFromThatDay() {
        var team = team("Wijkteam Gezag en toestemming (test)");
        var id = open(team);
        var file = file(team, id);
        var youth = memberId(file, "Sanne");
        var fatherMember = memberId(file, "Karel");
        var motherMember = memberId(file, "Mirjam");
        var father = linkedParent(id, fatherMember);
        var mother = linkedParent(id, motherMember);
        var volunteer = "test-lifecycle-vol-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(volunteer, "Vrijwilliger Gezag", PASSWORD, Set.of(Role.VOLUNTEER), Optional.empty()));
        var consents = "/api/v1/families/" + id + "/consents";
        var proposal = """
                {"subjectId":"%s","recipientUsername":"%s","categories":["NETWORK_MAP"],"purpose":"Zodat het maatje meedenkt (test)"}
                """.formatted(youth, volunteer);

        // the youth of 13 and the mother decide; the father, without authority, does not
        var first = mother.postJson(consents, proposal);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var firstId = json(first.body()).get("id").asString();
        assertThat(json(mother.get(consents + "/" + firstId).body()).get("awaitingApprovalFrom").toString())
                .contains("Sanne").doesNotContain("Karel");

        // the father gets authority from today: from now on his approval is needed too
        var authority = "/api/v1/families/" + id + "/members/";
        assertThat(team.api().postJson(authority + fatherMember + "/authority", """
                {"authority":true,"effective":"%s"}""".formatted(LocalDate.now())).statusCode()).isEqualTo(200);
        assertThat(json(mother.get(consents + "/" + firstId).body()).get("awaitingApprovalFrom").toString()).contains("Karel");

        // the mother loses it from today: she no longer approves, and the father and the youth decide
        assertThat(team.api().postJson(authority + motherMember + "/authority", """
                {"authority":false,"effective":"%s"}""".formatted(LocalDate.now())).statusCode()).isEqualTo(200);
        assertThat(mother.postJson(consents + "/" + firstId + "/approval", "").statusCode()).isIn(403, 404);
        var second = father.postJson(consents, proposal);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        var awaiting = json(father.get(consents + "/" + json(second.body()).get("id").asString()).body()).get("awaitingApprovalFrom").toString();
        assertThat(awaiting).contains("Sanne").doesNotContain("Mirjam");
    }

    @Autowired nl.kring.family.store.FamilyStore store;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A parent account linked to a member (until invitations exist, linked directly). */
    Http linkedParent(UUID familyId, String memberId) {
        var id = accounts.create(new NewAccount("test-lifecycle-p-" + UUID.randomUUID().toString().substring(0, 8), "Ouder", PASSWORD,
                Set.of(Role.PARENT), Optional.empty()));
        jdbc.sql("update family_member set account_id = ? where id = ? and family_id = ?").params(id, UUID.fromString(memberId), familyId).update();
        return Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
    }

    @Test
    void careSituationsAreRecordedOverTime() {
        var team = team("Wijkteam Zorg (test)");
        var id = open(team);
        var sanne = memberId(file(team, id), "Sanne");
        var path = "/api/v1/families/" + id + "/care-situations";
        assertThat(team.api().postJson(path, """
                {"youthId":"%s","situation":"PLACEMENT_KINSHIP_FOSTER","since":"%s"}""".formatted(sanne, LocalDate.now())).statusCode())
                .isEqualTo(201);
        assertThat(team.api().postJson(path, """
                {"youthId":"%s","situation":"OUTPATIENT","since":"%s"}""".formatted(sanne, LocalDate.now().plusDays(3))).statusCode())
                .isEqualTo(400);
        assertThat(team.api().postJson(path, """
                {"youthId":"%s","situation":"SOMEWHERE"}""".formatted(sanne)).statusCode()).isEqualTo(400);
        var history = json(team.api().get(path).body());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("situation").asString()).isEqualTo("PLACEMENT_KINSHIP_FOSTER");
    }

    @Test
    void aFileIsHandedOverWithANote_theOldTeamLosesAccess_theNewTeamTakesItUpAndClosesIt() {
        var local = team("Wijkteam Lokaal (test)");
        var protection = team("Jeugdbescherming (test)");
        var id = open(local);
        var sanne = memberId(file(local, id), "Sanne");

        var noNote = local.api().postJson("/api/v1/families/" + id + "/transfer", """
                {"teamId":"%s","note":" "}""".formatted(protection.id()));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(json(noNote.body()).get("field").asString()).isEqualTo("note");
        var transfer = local.api().postJson("/api/v1/families/" + id + "/transfer", """
                {"teamId":"%s","note":"Zorgen over veiligheid; moeder werkt goed mee."}""".formatted(protection.id()));
        assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(200);
        // the old team loses access on its next request
        assertThat(local.api().get("/api/v1/families/" + id).statusCode()).isEqualTo(404);
        // the new team sees the file waiting, with the note, and takes it up
        var waiting = protection.api().get("/api/v1/families/handed-over").body();
        assertThat(waiting).contains(id.toString()).contains("Zorgen over veiligheid");
        assertThat(protection.api().get("/api/v1/families/" + id).statusCode()).isEqualTo(404);
        assertThat(protection.api().postJson("/api/v1/families/" + id + "/take-up", "{}").statusCode()).isEqualTo(200);
        assertThat(protection.api().get("/api/v1/families/" + id).statusCode()).isEqualTo(200);
        assertThat(protection.api().postJson("/api/v1/families/" + id + "/take-up", "{}").statusCode()).isEqualTo(409);

        // closing: every youth's care situation is required
        var closure = "/api/v1/families/" + id + "/closure";
        var missing = protection.api().postJson(closure, """
                {"closedOn":"%s","reason":"GOALS_REACHED"}""".formatted(LocalDate.now()));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).get("field").asString()).isEqualTo("careSituation." + sanne);
        assertThat(protection.api().postJson(closure, """
                {"closedOn":"%s","reason":"OTHER","careSituations":{"%s":"OWN_NETWORK_ONLY"}}""".formatted(LocalDate.now(), sanne)).statusCode())
                .isEqualTo(400);
        var closed = protection.api().postJson(closure, """
                {"closedOn":"%s","reason":"GOALS_REACHED","careSituations":{"%s":"OWN_NETWORK_ONLY"}}""".formatted(LocalDate.now(), sanne));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(201);
        assertThat(file(protection, id).get("status").asString()).isEqualTo("CLOSED");

        // a closed file is read-only: writes answer 409
        var write = protection.api().postJson("/api/v1/families/" + id + "/members", """
                {"givenName":"Bram","familyName":"Oprichter","relation":"YOUTH","birthDate":"2018-01-01","careSituation":"NO_CARE"}""");
        assertThat(write.statusCode()).isEqualTo(409);
        assertThat(protection.api().postJson(closure, """
                {"closedOn":"%s","reason":"GOALS_REACHED","careSituations":{"%s":"NO_CARE"}}""".formatted(LocalDate.now(), sanne)).statusCode())
                .isEqualTo(409);
        var history = json(protection.api().get("/api/v1/families/" + id + "/history").body());
        assertThat(history.get("closures").get(0).get("reason").asString()).isEqualTo("GOALS_REACHED");
        assertThat(history.get("transfers").get(0).get("note").asString()).contains("Zorgen over veiligheid");
        assertThat(history.get("careSituations").get(1).get("situation").asString()).isEqualTo("OWN_NETWORK_ONLY");

        // reopening needs a reason, then the file can be changed again
        assertThat(protection.api().postJson("/api/v1/families/" + id + "/reopening", "{\"reason\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(protection.api().postJson("/api/v1/families/" + id + "/reopening", "{\"reason\":\"Nieuwe zorgen\"}").statusCode())
                .isEqualTo(200);
        assertThat(file(protection, id).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(protection.api().postJson("/api/v1/families/" + id + "/reopening", "{\"reason\":\"Nog eens\"}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void theLastProfessionalCannotLeave_aColleagueOfTheTeamCanBeAssigned() {
        var team = team("Wijkteam Collega (test)");
        var id = open(team);
        var colleague = accounts.create(new NewAccount("test-lifecycle-c-" + UUID.randomUUID().toString().substring(0, 8), "Collega",
                PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var outsider = team("Ander team (test)");
        var me = accounts.findByUsername(team.professional()).orElseThrow().id();
        assertThat(team.api().delete("/api/v1/families/" + id + "/professionals/" + me).statusCode()).isEqualTo(409);
        var other = accounts.findByUsername(outsider.professional()).orElseThrow().id();
        assertThat(team.api().postJson("/api/v1/families/" + id + "/professionals", "{\"accountId\":\"" + other + "\"}").statusCode())
                .isEqualTo(400);
        assertThat(team.api().postJson("/api/v1/families/" + id + "/professionals", "{\"accountId\":\"" + colleague + "\"}").statusCode())
                .isEqualTo(201);
        assertThat(team.api().delete("/api/v1/families/" + id + "/professionals/" + me).statusCode()).isEqualTo(204);
        assertThat(team.api().get("/api/v1/families/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void theNewFamilyFormKeepsWhatWasTypedWhenRefused_andOpensTheFile() {
        var team = team("Wijkteam Formulier (test)");
        var browser = Http.signedIn(port, team.professional(), PASSWORD);
        var form = Map.of("name", "Gezin Formulier", "youth[0].givenName", "Lotte", "youth[0].familyName", "Formulier",
                "youth[0].birthDate", "2999-01-01", "youth[0].careSituation", "OUTPATIENT", "parent[0].givenName", "Ina",
                "parent[0].familyName", "Formulier", "parent[0].carerKind", "MOTHER", "parent[0].parentalAuthority", "on");
        var refused = browser.submit("/families/new", "/families/new", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"Lotte\"").contains("value=\"2999-01-01\"").contains("value=\"Ina\"")
                .contains("Een geboortedatum kan niet in de toekomst liggen.");
        var more = new java.util.HashMap<>(form);
        more.put("more", "youth");
        var grown = browser.submit("/families/new", "/families/new", more);
        assertThat(grown.statusCode()).isEqualTo(200);
        assertThat(grown.body()).contains("name=\"youth[1].givenName\"").contains("value=\"Lotte\"");
        var fixed = new java.util.HashMap<>(form);
        fixed.put("youth[0].birthDate", "2014-02-02");
        var opened = browser.submit("/families/new", "/families/new", fixed);
        assertThat(opened.statusCode()).isEqualTo(302);
        var location = opened.headers().firstValue("Location").orElseThrow();
        var page = browser.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("Gezin Formulier").contains("Dossier bijhouden");
        var manage = browser.get(location.replaceFirst("^https?://[^/]+", "") + "/manage");
        assertThat(manage.statusCode()).isEqualTo(200);
        assertThat(manage.body()).contains("vrijwillige ambulante hulp");
    }
}
