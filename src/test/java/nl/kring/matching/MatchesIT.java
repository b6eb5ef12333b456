package nl.kring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.Role;
import nl.kring.matching.domain.Quarter;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import nl.kring.support.TestFamilies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Following a match as people meet it, for a programme, a volunteer household and a family file all made
 * through Kring: the match starts when both sides agreed, moves through its stages (never with required steps
 * left) to the last, the volunteer logs contacts, the trial-period evaluation comes due, is reminded of once
 * by mail and is held, the family shares whether youth care is in use, the match is closed with a reason, and
 * the quarterly report and its CSV count it. Refusals: 404 for what someone may not know, 403 for the wrong
 * role, 400 naming the field.
 */
@IntegrationTest
class MatchesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Matches matches;

    @Autowired
    MatchReminders reminders;

    MatchingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatchingFixtures(port, accounts, tokens);
        jdbc.sql("delete from intake_attempt").update();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private record Setup(UUID coordinator, String coordinatorUser, Http coordinatorApi, UUID programme, UUID volunteer, String volunteerUser,
            String volunteerEmail, Http volunteerApi, TestFamilies.Family family) {}

    private Setup setup() {
        var coordinatorUser = "coord-" + MatchingFixtures.marker();
        var coordinator = fixtures.account(coordinatorUser, Role.COORDINATOR);
        var organisation = fixtures.organisationWith(coordinator, "Volgen " + MatchingFixtures.marker() + " (test)");
        var api = fixtures.token(coordinator);
        var created = api.postJson("/api/v1/programmes", "{\"organisation\":\"" + organisation + "\",\"template\":\"BUURTGEZINNEN\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var programme = UUID.fromString(json(created.body()).get("id").asString());

        var volunteerUser = "steungezin-" + MatchingFixtures.marker();
        var email = volunteerUser + "@example.org";
        var registered = Http.anonymous(port).postJson("/api/v1/volunteers", """
                {"programmes":["%s"],"username":"%s","password":"%s","email":"%s","kind":"HOUSEHOLD","name":"Familie Steun %s (test)",
                 "postcode":"1011AB","languages":["nl"],"availability":["WEDNESDAY_AFTERNOON"],"consent":true,"language":"nl"}
                """.formatted(programme, volunteerUser, MatchingFixtures.PASSWORD, email, volunteerUser));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var volunteer = UUID.fromString(json(registered.body()).get("id").asString());
        var volunteerAccount = accounts.findByUsername(volunteerUser).orElseThrow().id();
        // the programme's requirements met a while ago, so that the volunteer counts as available in the report
        var day = LocalDate.now(DUTCH).minusDays(200).toString();
        for (var kind : new String[] {"CERTIFICATE_OF_CONDUCT", "ID_CHECKED", "INTAKE_INTERVIEW"}) {
            var evidence = api.postJson("/api/v1/programmes/" + programme + "/volunteers/" + volunteer + "/evidence",
                    "{\"kind\":\"" + kind + "\",\"date\":\"" + day + "\",\"note\":\"gezien\"}");
            assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
        }
        var family = new TestFamilies(port, accounts, tokens, jdbc, "matches").family();
        return new Setup(coordinator, coordinatorUser, api, programme, volunteer, volunteerUser, email, fixtures.token(volunteerAccount), family);
    }

    private UUID start(Setup s, Instant requestedAt) {
        return matches.start(s.programme(), UUID.randomUUID(), requestedAt, s.family().id(), s.volunteer(), s.coordinator());
    }

    private static void assertField(java.net.http.HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response.body()).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aMatchIsFollowedFromItsStartThroughItsStagesToItsClosingAndTheReport() {
        var s = setup();
        var requestId = UUID.randomUUID();
        var requestedAt = Instant.now().minus(Duration.ofDays(30));
        var id = matches.start(s.programme(), requestId, requestedAt, s.family().id(), s.volunteer(), s.coordinator());
        // starting again for the same request answers the same match
        assertThat(matches.start(s.programme(), requestId, requestedAt, s.family().id(), s.volunteer(), s.coordinator())).isEqualTo(id);
        var path = "/api/v1/matches/" + id;

        var listed = s.coordinatorApi().get("/api/v1/programmes/" + s.programme() + "/matches");
        assertThat(listed.statusCode()).isEqualTo(200);
        var line = json(listed.body()).get(0);
        assertThat(line.get("id").asString()).isEqualTo(id.toString());
        assertThat(line.get("familyName").asString()).isEqualTo("Gezin Beraad");
        assertThat(line.get("stage").asString()).isEqualTo("Kennismaken");

        // a stage is left only when its required steps are done
        var read = json(s.coordinatorApi().get(path).body()).get("match");
        var stages = read.get("stages");
        assertThat(stages.size()).isEqualTo(6);
        assertThat(stages.get(0).get("requiredSteps").size()).isPositive();
        assertField(s.coordinatorApi().postJson(path + "/stage", "{}"), 400, "steps");
        assertField(s.coordinatorApi().postJson(path + "/steps", "{\"step\":\"iets anders\"}"), 400, "step");

        // through every stage to the last; the trial period gets a planned end
        var names = new ArrayList<String>();
        for (int position = 0; position < stages.size() - 1; position++) {
            for (var step : stages.get(position).get("requiredSteps")) {
                var ticked = s.coordinatorApi().postJson(path + "/steps", JSON.createObjectNode().put("step", step.asString()).toString());
                assertThat(ticked.statusCode()).as(ticked.body()).isEqualTo(204);
            }
            var planned = position == 1 ? "{\"plannedUntil\":\"" + LocalDate.now(DUTCH).plusMonths(3) + "\"}" : "{}";
            if (position == 1) {
                assertField(s.coordinatorApi().postJson(path + "/stage", "{\"plannedUntil\":\"2020-01-01\"}"), 400, "plannedUntil");
            }
            var moved = s.coordinatorApi().postJson(path + "/stage", planned);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
            names.add(json(s.coordinatorApi().get(path).body()).get("match").get("stage").asString());
        }
        assertThat(names).containsExactly("Koppelen", "Proefperiode", "Contract", "Evaluaties", "Afsluiten");
        assertField(s.coordinatorApi().postJson(path + "/stage", "{}"), 400, "stage");
        var trial = json(s.coordinatorApi().get(path).body()).get("match").get("stages").get(2);
        assertThat(trial.get("plannedUntil").asString()).isEqualTo(LocalDate.now(DUTCH).plusMonths(3).toString());

        // the match started 100 days ago (and was asked for 30 days before that): the trial-period evaluation is due
        jdbc.sql("update programme_match set started_on = started_on - 100, requested_at = requested_at - interval '100 days' where id = ?")
                .param(id).update();
        var today = LocalDate.now(DUTCH);
        var started = today.minusDays(100);

        // the volunteer logs contacts from their own page or the API: short, dated, not ahead
        var contact = s.volunteerApi().postJson(path + "/contacts",
                "{\"on\":\"" + today.minusDays(3) + "\",\"what\":\"Samen gekookt en gewandeld\",\"how\":\"Gezellig, Sanne lachte veel\"}");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        assertField(s.volunteerApi().postJson(path + "/contacts", "{\"on\":\"" + today.plusDays(1) + "\",\"what\":\"x\"}"), 400, "on");
        assertField(s.volunteerApi().postJson(path + "/contacts", "{\"on\":\"" + started.minusDays(1) + "\",\"what\":\"x\"}"), 400, "on");
        assertField(s.volunteerApi().postJson(path + "/contacts", "{\"on\":\"" + today + "\",\"what\":\"" + "x".repeat(201) + "\"}"), 400, "what");
        assertField(s.volunteerApi().postJson(path + "/contacts", "{\"on\":\"" + today + "\",\"what\":\"x\",\"how\":\"" + "y".repeat(501) + "\"}"),
                400, "how");
        var mine = json(s.volunteerApi().get("/api/v1/volunteers/me/matches").body());
        assertThat(mine.get(0).get("contacts").get(0).get("what").asString()).isEqualTo("Samen gekookt en gewandeld");

        var file = json(s.coordinatorApi().get(path).body());
        var overdue = file.get("match").get("overdue").valueStream().map(o -> o.get("kind").asString()).toList();
        assertThat(overdue).contains("EVALUATION_DUE").doesNotContain("NO_CONTACT");
        assertThat(file.get("match").get("nextEvaluation").get("kind").asString()).isEqualTo("TRIAL");
        assertThat(file.get("contacts").size()).isEqualTo(1);

        // the reminder is mailed once to the volunteer and to the coordinator, however often the job runs
        reminders.send();
        reminders.send();
        assertThat(mailsTo(s.volunteerEmail())).isEqualTo(1);
        var plain = jdbc.sql("select plain_text from mail_message where recipient = ? and subject = 'Een evaluatie komt eraan'")
                .param(s.volunteerEmail()).query(String.class).single();
        assertThat(plain).contains("evaluatie van de proefperiode", "/volunteer/matches/" + id).doesNotContain("Beraad");

        // ... and shown on the home page of both
        var coordinatorHome = Http.signedIn(port, s.coordinatorUser(), MatchingFixtures.PASSWORD).get("/");
        assertThat(coordinatorHome.body()).contains("id=\"match-reminders\"", "/matches/" + id, "evaluatie van de proefperiode");
        var volunteerHome = Http.signedIn(port, s.volunteerUser(), MatchingFixtures.PASSWORD).get("/");
        assertThat(volunteerHome.body()).contains("id=\"match-reminders\"", "/volunteer/matches/" + id);

        // the evaluation is held: the family's rating 1 to 5, one side at least
        assertField(s.coordinatorApi().postJson(path + "/evaluations", "{\"heldOn\":\"" + today + "\",\"familySide\":\"Goed\",\"familyRating\":9}"),
                400, "familyRating");
        assertField(s.coordinatorApi().postJson(path + "/evaluations", "{\"heldOn\":\"" + today + "\"}"), 400, "familySide");
        assertField(s.coordinatorApi().postJson(path + "/evaluations", "{\"heldOn\":\"morgen\",\"familySide\":\"Goed\"}"), 400, "heldOn");
        var evaluated = s.coordinatorApi().postJson(path + "/evaluations",
                "{\"heldOn\":\"" + today + "\",\"familySide\":\"Het klikt\",\"volunteerSide\":\"Wij willen graag door\",\"familyRating\":4}");
        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(201);
        file = json(s.coordinatorApi().get(path).body());
        assertThat(file.get("match").get("overdue").valueStream().map(o -> o.get("kind").asString())).doesNotContain("EVALUATION_DUE");
        assertThat(file.get("match").get("nextEvaluation").get("kind").asString()).isEqualTo("PERIODIC");
        assertThat(file.get("evaluations").get(0).get("familyRating").asInt()).isEqualTo(4);

        // measurements: the coordinator enters the baseline, the family shares its file's care situation for the end
        assertField(s.coordinatorApi().postJson(path + "/measurements", "{\"kind\":\"BASELINE\",\"measuredOn\":\"" + started + "\"}"), 400,
                "youthCareInUse");
        assertField(s.coordinatorApi().postJson(path + "/measurements", "{\"kind\":\"HALFWAY\",\"measuredOn\":\"" + started + "\"}"), 400, "kind");
        var baseline = s.coordinatorApi().postJson(path + "/measurements",
                "{\"kind\":\"BASELINE\",\"measuredOn\":\"" + started + "\",\"youthCareInUse\":true,\"supportRating\":2}");
        assertThat(baseline.statusCode()).as(baseline.body()).isEqualTo(204);
        var mother = Http.signedIn(port, s.family().motherUser(), TestFamilies.PASSWORD);
        var support = mother.get("/families/" + s.family().id() + "/support");
        assertThat(support.statusCode()).isEqualTo(200);
        assertThat(support.body()).contains("Familie Steun " + s.volunteerUser(), "Buurtgezinnen", "Afsluiten");
        var shared = mother.submit("/families/" + s.family().id() + "/support", "/families/" + s.family().id() + "/support/" + id + "/care-situation",
                Map.of("kind", "END"));
        assertThat(shared.statusCode()).isEqualTo(302);
        var measurements = json(s.coordinatorApi().get(path).body()).get("measurements");
        assertThat(measurements.valueStream().map(m -> m.get("kind").asString() + ":" + m.get("youthCareInUse").asBoolean() + ":"
                + m.get("careSource").asString())).containsExactly("BASELINE:true:COORDINATOR", "END:true:FILE");
        // while the match runs, the volunteer shows on the family's map as organised informal support (level 3)
        var mapPage = "/families/" + s.family().id() + "/maps/" + s.family().mapId();
        assertThat(mother.get(mapPage).body()).contains("id=\"running-support\"", "Familie Steun " + s.volunteerUser() + " (test), via Buurtgezinnen");
        // the family's own audit shows who looked at the match
        var audit = jdbc.sql("select count(*) from audit_event where family_id = ? and action = 'MATCH_READ'").param(s.family().id())
                .query(Integer.class).single();
        assertThat(audit).isPositive();

        // closing: a reason from the closed list, OTHER with its text, the closing conversation
        assertField(s.coordinatorApi().postJson(path + "/closing", "{\"closedOn\":\"" + today + "\",\"reason\":\"BORED\"}"), 400, "reason");
        assertField(s.coordinatorApi().postJson(path + "/closing", "{\"closedOn\":\"" + today + "\",\"reason\":\"OTHER\"}"), 400, "reasonText");
        assertField(s.coordinatorApi().postJson(path + "/closing", "{\"closedOn\":\"" + today.plusDays(2) + "\",\"reason\":\"MOVED\"}"), 400,
                "closedOn");
        var closed = s.coordinatorApi().postJson(path + "/closing", "{\"closedOn\":\"" + today + "\",\"reason\":\"GOAL_REACHED\",\"conversationOn\":\""
                + today + "\",\"note\":\"Het gezin redt het nu met oma en de buren\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
        assertField(s.coordinatorApi().postJson(path + "/closing", "{\"closedOn\":\"" + today + "\",\"reason\":\"MOVED\"}"), 400, "reason");
        assertField(s.volunteerApi().postJson(path + "/contacts", "{\"on\":\"" + today + "\",\"what\":\"x\"}"), 400, "on");
        var closedMatch = json(s.coordinatorApi().get(path).body()).get("match");
        assertThat(closedMatch.get("closed").get("reason").asString()).isEqualTo("GOAL_REACHED");
        assertThat(closedMatch.get("overdue").size()).isZero();
        assertThat(mother.get("/families/" + s.family().id() + "/support").body()).doesNotContain("Familie Steun " + s.volunteerUser());
        assertThat(mother.get(mapPage).body()).doesNotContain("id=\"running-support\"");

        // the report: started in the quarter of its start after 30 days' wait, ended in this quarter
        var startQuarter = Quarter.of(started);
        var thisQuarter = Quarter.of(today);
        var atStart = json(s.coordinatorApi().get("/api/v1/programmes/" + s.programme() + "/report?quarter=" + startQuarter).body());
        assertThat(atStart.get("started").asInt()).isEqualTo(1);
        assertThat(atStart.get("waiting").get("medianDays").asInt()).isEqualTo(30);
        var now = json(s.coordinatorApi().get("/api/v1/programmes/" + s.programme() + "/report?quarter=" + thisQuarter).body());
        assertThat(now.get("ended").asInt()).isEqualTo(1);
        assertThat(now.get("endedBy").get("GOAL_REACHED").asInt()).isEqualTo(1);
        assertThat(now.get("active").asInt()).isZero();
        assertThat(now.get("volunteersAvailable").asInt()).isEqualTo(1);
        assertThat(now.get("measuredPairs").asInt()).isEqualTo(1);
        var csv = s.coordinatorApi().get("/api/v1/programmes/" + s.programme() + "/report.csv?quarter=" + thisQuarter);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains(thisQuarter + ",ended_GOAL_REACHED,1", thisQuarter + ",volunteers_available,1")
                .doesNotContain("Beraad", "Steun");
        assertField(s.coordinatorApi().get("/api/v1/programmes/" + s.programme() + "/report?quarter=2026-Q5"), 400, "quarter");

        // the report page: a chart with its table, and a bad quarter refused at its field
        var coordinatorPages = Http.signedIn(port, s.coordinatorUser(), MatchingFixtures.PASSWORD);
        var page = coordinatorPages.get("/programmes/" + s.programme() + "/report?quarter=" + thisQuarter);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "role=\"img\"", "id=\"report-table\"", "report.csv?quarter=" + thisQuarter);
        var bad = coordinatorPages.get("/programmes/" + s.programme() + "/report?quarter=gisteren");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"quarter-error\"", "value=\"gisteren\"", "aria-invalid=\"true\"");
        var pageCsv = coordinatorPages.get("/programmes/" + s.programme() + "/report.csv?quarter=" + thisQuarter);
        assertThat(pageCsv.body()).isEqualTo(csv.body());
    }

    @Test
    void theCoordinatorsAndTheVolunteersPagesWorkAndRefusedFormsKeepWhatWasTyped() {
        var s = setup();
        var id = start(s, Instant.now().minus(Duration.ofDays(12)));
        var coordinator = Http.signedIn(port, s.coordinatorUser(), MatchingFixtures.PASSWORD);
        var overview = coordinator.get("/programmes/" + s.programme() + "/matches");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Gezin Beraad", "Familie Steun " + s.volunteerUser(), "Kennismaken", "/matches/" + id);
        var page = "/matches/" + id;
        assertThat(coordinator.get(page).statusCode()).isEqualTo(200);
        // all matches of the coordinator's programmes at once
        assertThat(coordinator.get("/programmes").body()).contains("href=\"/matches\"");
        var all = coordinator.get("/matches");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("Gezin Beraad", "Buurtgezinnen", "/matches/" + id);
        assertThat(json(s.coordinatorApi().get("/api/v1/matches").body()).valueStream().map(m -> m.get("id").asString()))
                .containsExactly(id.toString());

        // moving on with steps left: 400 on the page, at the stage section
        var refused = coordinator.submit(page, page + "/stage", Map.of("plannedUntil", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"stage-error\"", "Vink eerst alle verplichte stappen");
        var firstStep = json(s.coordinatorApi().get("/api/v1/matches/" + id).body()).get("match").get("stages").get(0).get("requiredSteps").get(0)
                .asString();
        assertThat(coordinator.submit(page, page + "/steps", Map.of("step", firstStep)).statusCode()).isEqualTo(302);
        assertThat(coordinator.get(page).body()).contains("gedaan");

        // a refused closing keeps what was typed
        var closing = coordinator.submit(page, page + "/closing", Map.of("closedOn", LocalDate.now(DUTCH).toString(), "reason", "OTHER",
                "reasonText", "", "note", "Wat ik typte"));
        assertThat(closing.statusCode()).isEqualTo(400);
        assertThat(closing.body()).contains("id=\"closing-error\"", "#closing-reasonText", "Wat ik typte", "aria-invalid=\"true\"");

        // the volunteer: their matches, and a contact refused for a date ahead keeps the text
        var volunteer = Http.signedIn(port, s.volunteerUser(), MatchingFixtures.PASSWORD);
        assertThat(volunteer.get("/volunteer").body()).contains("/volunteer/matches");
        assertThat(volunteer.get("/volunteer/matches").body()).contains("Gezin Beraad", "/volunteer/matches/" + id);
        var own = "/volunteer/matches/" + id;
        var ahead = volunteer.submit(own, own + "/contacts", Map.of("on", LocalDate.now(DUTCH).plusDays(5).toString(), "what", "Naar de kinderboerderij",
                "how", ""));
        assertThat(ahead.statusCode()).isEqualTo(400);
        assertThat(ahead.body()).contains("id=\"contact-error\"", "Naar de kinderboerderij", "Die datum ligt in de toekomst");
        var logged = volunteer.submit(own, own + "/contacts", Map.of("on", LocalDate.now(DUTCH).toString(), "what", "Naar de kinderboerderij",
                "how", "Leuk"));
        assertThat(logged.statusCode()).isEqualTo(302);
        assertThat(volunteer.get(own).body()).contains("Naar de kinderboerderij", "Het contact is vastgelegd.");
        assertThat(coordinator.get(page).body()).contains("Naar de kinderboerderij");

        // English
        var english = volunteer.get(own + "?lang=en");
        assertThat(english.body()).contains("Log a contact");
    }

    @Test
    void whoMayNotKnowAMatchGets404AndTheWrongRole403() {
        var s = setup();
        var id = start(s, Instant.now().minus(Duration.ofDays(5)));
        var path = "/api/v1/matches/" + id;
        // another organisation's coordinator does not learn the match exists
        var other = fixtures.account("coord-other-" + MatchingFixtures.marker(), Role.COORDINATOR);
        fixtures.organisationWith(other, "Ander " + MatchingFixtures.marker() + " (test)");
        var otherApi = fixtures.token(other);
        assertThat(otherApi.get(path).statusCode()).isEqualTo(404);
        assertThat(otherApi.postJson(path + "/closing", "{\"closedOn\":\"2026-01-01\",\"reason\":\"MOVED\"}").statusCode()).isEqualTo(404);
        assertThat(otherApi.get("/api/v1/programmes/" + s.programme() + "/matches").statusCode()).isEqualTo(404);
        assertThat(otherApi.get("/api/v1/programmes/" + s.programme() + "/report").statusCode()).isEqualTo(404);
        assertThat(otherApi.get("/api/v1/matches/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        // a volunteer is no coordinator, a professional no volunteer
        assertThat(s.volunteerApi().get(path).statusCode()).isEqualTo(403);
        assertThat(s.volunteerApi().get("/api/v1/matches").statusCode()).isEqualTo(403);
        assertThat(otherApi.get("/api/v1/matches").body()).isEqualTo("[]");
        assertThat(s.family().professional().get("/api/v1/programmes/" + s.programme() + "/matches").statusCode()).isEqualTo(403);
        assertThat(s.family().professional().postJson(path + "/contacts", "{\"on\":\"2026-01-01\",\"what\":\"x\"}").statusCode()).isEqualTo(403);
        // another volunteer does not learn the match exists
        var otherVolunteerUser = "vrijwilliger-" + MatchingFixtures.marker();
        var registered = Http.anonymous(port).postJson("/api/v1/volunteers", """
                {"programmes":["%s"],"username":"%s","password":"%s","email":"%s@example.org","kind":"PERSON","name":"Piet (test)",
                 "postcode":"1011AB","languages":["nl"],"availability":["MONDAY_EVENING"],"consent":true}
                """.formatted(s.programme(), otherVolunteerUser, MatchingFixtures.PASSWORD, otherVolunteerUser));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var otherVolunteer = fixtures.token(accounts.findByUsername(otherVolunteerUser).orElseThrow().id());
        assertThat(otherVolunteer.postJson(path + "/contacts", "{\"on\":\"" + LocalDate.now(DUTCH) + "\",\"what\":\"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(otherVolunteer.get("/api/v1/volunteers/me/matches").body()).isEqualTo("[]");
        // the family's page is the family's and its team's: a professional of another team does not learn it exists
        var elsewhere = Http.signedIn(port, new TestFamilies(port, accounts, tokens, jdbc, "matches").professionalElsewhere("Elders"),
                TestFamilies.PASSWORD);
        assertThat(elsewhere.get("/families/" + s.family().id() + "/support").statusCode()).isEqualTo(404);
        // the refusals are in the audit log
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'MATCH_%' and outcome <> 'ALLOWED' and record_ids::text like ?")
                .param("%" + id + "%").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    private int mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_message where recipient = ? and subject = 'Een evaluatie komt eraan'").param(email)
                .query(Integer.class).single();
    }
}
