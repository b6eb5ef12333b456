package nl.kring.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Who can help?" over HTTP, for a family whose file, accounts, map, refusals and plan are all made through Kring
 * itself, and a buddy programme made by its coordinator: the lightest fitting support first, the youth's refusals
 * and overloaded supporters left out, the family's choice turned into a proposed plan agreement and recorded, the
 * family's own needs, and a stranger who learns nothing.
 */
@IntegrationTest
class SuggestionsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = SuggestionFamilies.PASSWORD;
    private static final String EMOTIONAL = SuggestionFamilies.EMOTIONAL;

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;

    SuggestionFamilies fixtures() {
        return new SuggestionFamilies(port, accounts, tokens, jdbc);
    }

    SuggestionFamilies.Family family() {
        return fixtures().family();
    }

    String buddyProgramme() {
        return fixtures().buddyProgramme();
    }

    Http tokenFor(String username) {
        return fixtures().tokenFor(username);
    }

    String account(Role role, Optional<UUID> team) {
        return fixtures().account(role, team);
    }

    static String marker() {
        return SuggestionFamilies.marker();
    }

    static JsonNode json(HttpResponse<String> response) {
        return SuggestionFamilies.json(response);
    }

    static JsonNode need(JsonNode answer, String key) {
        for (var need : answer.get("needs")) {
            if (need.get("key").asString().equals(key)) {
                return need;
            }
        }
        throw new AssertionError("no need " + key + " in " + answer);
    }

    static List<String> refs(JsonNode need) {
        var refs = new ArrayList<String>();
        need.get("suggestions").forEach(s -> refs.add(s.get("ref").asString()));
        return refs;
    }

    static List<String> refsAt(JsonNode need, int level) {
        var refs = new ArrayList<String>();
        need.get("suggestions").forEach(s -> {
            if (s.get("level").asInt() == level) {
                refs.add(s.get("ref").asString());
            }
        });
        return refs;
    }

    static JsonNode leftOut(JsonNode need, String ref) {
        for (var l : need.get("leftOut")) {
            if (l.get("ref").asString().equals(ref)) {
                return l;
            }
        }
        throw new AssertionError(ref + " not left out of " + need);
    }

    @Test
    void theProfessionalSeesTheLightestFittingSupportFirstAndProfessionalsLast() {
        var programme = buddyProgramme();
        var f = family();

        var answer = f.professional().get(f.api());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var emotional = need(json(answer), EMOTIONAL);
        var levels = new ArrayList<Integer>();
        emotional.get("suggestions").forEach(s -> levels.add(s.get("level").asInt()));
        assertThat(levels).isSorted().contains(1, 2, 3, 4);
        var first = emotional.get("suggestions").get(0);
        assertThat(first.get("name").asString()).isEqualTo("Oma Truus");
        assertThat(first.get("reasons").toString()).contains("nog niet gevraagd", "dichtbij", "Praktische steun");
        assertThat(refsAt(emotional, 2)).containsExactly(f.person("ria"));
        assertThat(refsAt(emotional, 3)).contains(programme);
        assertThat(refsAt(emotional, 4)).containsExactly(f.person("coach"));
        // the map's signal, in plain words, is the need's title
        assertThat(emotional.get("title").asString()).contains("alleen van hulpverleners");

        // the page shows the same order: the grandmother first, the godmother, the buddy programme, the coach last
        var page = Http.signedIn(port, f.professionalUser(), PASSWORD).get(f.page());
        assertThat(page.statusCode()).isEqualTo(200);
        var html = page.body();
        var section = html.substring(html.indexOf("data-need=\"" + EMOTIONAL + "\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section.indexOf("Oma Truus")).isPositive().isLessThan(section.indexOf("Peettante Ria"));
        assertThat(section.indexOf("Peettante Ria")).isLessThan(section.indexOf("data-ref=\"" + programme + "\""));
        assertThat(section.indexOf("data-ref=\"" + programme + "\"")).isLessThan(section.indexOf("Coach Lisa"));
        assertThat(section).contains("data-level=\"3\"");
        // a professional sees, but the family decides: no forms to choose for them
        assertThat(section).doesNotContain("name=\"kind\"");
    }

    @Test
    void theYouthsRefusalsAndOverloadedSupportersAreNotSuggestedAndSayWhy() {
        var f = family();
        var refused = f.youth().postJson("/api/v1/families/" + f.id() + "/refused-persons",
                "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"kees\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);

        var answer = json(f.mother().get(f.api()));
        var emotional = need(answer, EMOTIONAL);
        assertThat(refs(emotional)).doesNotContain(f.person("kees"), f.person("joop")).contains(f.person("oma"));
        assertThat(leftOut(emotional, f.person("kees")).toString()).contains("REFUSED_BY_YOUTH");
        assertThat(leftOut(emotional, f.person("joop")).toString()).contains("OVERLOADED");
        // Joop carrying four kinds of support is a need of its own, and he is not suggested to relieve himself
        var overload = need(answer, "OVERLOAD:" + f.person("joop"));
        assertThat(overload.get("title").asString()).contains("Buurman Joop");
        assertThat(refs(overload)).doesNotContain(f.person("joop"), f.person("kees")).contains(f.person("oma"));

        // asking someone the youth refused is refused, whatever a form sends
        var ask = f.mother().postJson(f.api() + "/choices", """
                {"need":"%s","ref":"%s","kind":"ASK_IN_PLAN","what":"Luisteren","supportType":"EMOTIONAL"}
                """.formatted(EMOTIONAL, f.person("kees")));
        assertThat(ask.statusCode()).as(ask.body()).isEqualTo(409);

        // taking the refusal back brings him back as a suggestion
        assertThat(f.youth().delete("/api/v1/families/" + f.id() + "/refused-persons/" + f.mapId() + "/kees").statusCode()).isEqualTo(200);
        assertThat(refs(need(json(f.mother().get(f.api())), EMOTIONAL))).contains(f.person("kees"));
    }

    @Test
    void theFamilyTurnsASuggestionIntoAProposedPlanAgreementAndKringRecordsTheChoice() {
        var programme = buddyProgramme();
        var f = family();
        // the professional opens "who can help?" in the browser: the grandmother first, the buddy programme at the third level
        var professionalPage = Http.signedIn(port, f.professionalUser(), PASSWORD);
        assertThat(professionalPage.get(f.page()).body()).contains("Oma Truus", "data-ref=\"" + programme + "\"");

        // the mother asks oma from the page
        var mother = Http.signedIn(port, f.motherUser(), PASSWORD);
        var page = mother.get(f.page()).body();
        assertThat(page).contains("name=\"kind\" value=\"ASK_IN_PLAN\"");
        var asked = mother.submit(f.page(), f.page() + "/choices", Map.of("form", "ask-0-1-0", "kind", "ASK_IN_PLAN", "need", EMOTIONAL,
                "ref", f.person("oma"), "what", "Een keer per week met Noor praten", "supportType", "EMOTIONAL", "when", "zondagmiddag",
                "start", LocalDate.now().toString(), "region", ""));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        var after = mother.get(asked.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(after).contains("voorstel in het plan", "gevraagd in het plan: Oma Truus");

        // the plan now holds the proposed agreement with oma, as a draft for the family to accept
        var plans = json(f.mother().get("/api/v1/families/" + f.id() + "/plans"));
        assertThat(plans).hasSize(1);
        var plan = json(f.mother().get("/api/v1/families/" + f.id() + "/plans/" + plans.get(0).get("id").asString()));
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        var agreement = plan.get("family").get("agreements").get(0);
        assertThat(agreement.get("what").asString()).isEqualTo("Een keer per week met Noor praten");
        assertThat(agreement.get("supportType").asString()).isEqualTo("EMOTIONAL");
        assertThat(agreement.get("persons").get(0).get("personId").asString()).isEqualTo("oma");

        // what was suggested and what was chosen is recorded: the level, the place in the list, and the whole list
        var row = jdbc.sql("select chosen_level, chosen_rank, choice_kind, suggested::text from suggestion_choice where family_id = ?")
                .param(f.id()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        assertThat(row.subList(0, 3)).containsExactly("1", "1", "ASK_IN_PLAN");
        assertThat(row.get(3)).contains(programme, "PROGRAMME", f.person("coach")).doesNotContain("Oma Truus");

        // a note for the professional about the buddy programme; only the family chooses
        var note = f.mother().postJson(f.api() + "/choices", """
                {"need":"%s","ref":"%s","kind":"NOTE_FOR_PROFESSIONAL","note":"Kunt u uitzoeken of Noor bij de maatjes kan?"}
                """.formatted(EMOTIONAL, programme));
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        assertThat(professionalPage.get(f.page()).body()).contains("Kunt u uitzoeken of Noor bij de maatjes kan?");
        var byProfessional = f.professional().postJson(f.api() + "/choices", """
                {"need":"%s","ref":"%s","kind":"NOTE_FOR_PROFESSIONAL","note":"Ik kies voor jullie"}
                """.formatted(EMOTIONAL, programme));
        assertThat(byProfessional.statusCode()).isEqualTo(403);
        // a programme is no person on the map: it cannot get a plan agreement
        var askProgramme = f.mother().postJson(f.api() + "/choices", """
                {"need":"%s","ref":"%s","kind":"ASK_IN_PLAN","what":"Maatje","supportType":"EMOTIONAL"}
                """.formatted(EMOTIONAL, programme));
        assertThat(askProgramme.statusCode()).isEqualTo(400);
        assertThat(json(askProgramme).get("field").asString()).isEqualTo("kind");

        // oma now has an agreement: still suggested, but as someone who already helps, after oom Kees who was not asked yet
        var emotional = need(json(f.mother().get(f.api())), EMOTIONAL);
        assertThat(refsAt(emotional, 1)).containsExactly(f.person("kees"), f.person("oma"));
        var oma = emotional.get("suggestions").get(1);
        assertThat(oma.get("reasons").toString()).contains("HAS_AGREEMENTS").doesNotContain("NOT_ASKED_YET");
    }

    @Test
    void theFamilyWritesItsOwnNeedAndAPlansTaskWithoutAPersonIsANeed() {
        var f = family();
        var empty = f.mother().postJson(f.api() + "/needs", "{\"text\":\"  \",\"supportType\":\"PRACTICAL\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("field").asString()).isEqualTo("text");
        assertThat(f.professional().postJson(f.api() + "/needs", "{\"text\":\"Oppas\",\"supportType\":\"PRACTICAL\"}").statusCode()).isEqualTo(403);
        var added = f.mother().postJson(f.api() + "/needs", "{\"text\":\"Iemand die op woensdag kan oppassen\",\"supportType\":\"PRACTICAL\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        var id = json(added).get("id").asString();
        var own = need(json(f.professional().get(f.api())), "OWN:" + id);
        assertThat(own.get("title").asString()).contains("Iemand die op woensdag kan oppassen");
        // practical help: oma already gives it, so she comes first; Joop carries too much
        assertThat(refs(own).getFirst()).isEqualTo(f.person("oma"));
        assertThat(refs(own)).doesNotContain(f.person("joop"));

        // the page form keeps what was typed when it is refused
        var mother = Http.signedIn(port, f.motherUser(), PASSWORD);
        var refused = mother.submit(f.page(), f.page() + "/needs", Map.of("text", "x".repeat(301), "supportType", "PRACTICAL"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("own-text-error", "x".repeat(301));

        assertThat(f.mother().delete(f.api() + "/needs/" + id).statusCode()).isEqualTo(204);
        assertThat(json(f.mother().get(f.api())).get("needs").toString()).doesNotContain("OWN:" + id);

        // a professional's task planned to go to the network, to nobody yet
        var plan = json(f.professional().postJson("/api/v1/families/" + f.id() + "/plans", "{\"title\":\"Plan (test)\"}"));
        var saved = f.professional().putJson("/api/v1/families/" + f.id() + "/plans/" + plan.get("id").asString() + "/professional-part", """
                {"basedOnRevision":%d,"safetyConditions":[],"tasks":[{"description":"Boodschappen doen","heldBy":"Coach","hoursPerMonth":"4",
                 "handOverBy":"%s"}],"comment":""}
                """.formatted(plan.get("revision").asInt(), LocalDate.now().plusMonths(2)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var needs = json(f.mother().get(f.api())).get("needs");
        var handOver = new ArrayList<String>();
        needs.forEach(n -> {
            if (n.get("kind").asString().equals("HAND_OVER")) {
                handOver.add(n.get("title").asString());
            }
        });
        assertThat(handOver).singleElement().asString().contains("Boodschappen doen");
    }

    /** How long "who can help?" takes for a family with a map, a plan and a programme in Kring: printed, and bounded loosely. */
    @Test
    void answersWithinASecond() {
        buddyProgramme();
        var f = family();
        f.mother().postJson(f.api() + "/needs", "{\"text\":\"Iemand die op woensdag kan oppassen\",\"supportType\":\"PRACTICAL\"}");
        var times = new ArrayList<Long>();
        for (int i = 0; i < 21; i++) {
            var started = System.nanoTime();
            assertThat(f.professional().get(f.api()).statusCode()).isEqualTo(200);
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        times.sort(null);
        System.out.printf("SuggestionsIT: GET suggestions, 21 calls: median %d ms, max %d ms%n", times.get(10), times.getLast());
        assertThat(times.get(10)).isLessThan(1000);
    }

    @Test
    void aStrangerLearnsNothing() {
        var f = family();
        var otherTeam = accounts.createTeam("Ander team " + marker() + " (test)");
        var strangerUser = account(Role.PROFESSIONAL, Optional.of(otherTeam.id()));
        var stranger = tokenFor(strangerUser);
        var api = stranger.get(f.api());
        assertThat(api.statusCode()).isIn(403, 404);
        assertThat(api.body()).doesNotContain("Oma Truus", "Suggestie");
        var choice = stranger.postJson(f.api() + "/choices", """
                {"need":"%s","ref":"%s","kind":"NOTE_FOR_PROFESSIONAL","note":"hallo"}
                """.formatted(EMOTIONAL, f.person("oma")));
        assertThat(choice.statusCode()).isIn(403, 404);
        var page = Http.signedIn(port, strangerUser, PASSWORD).get(f.page());
        assertThat(page.statusCode()).isIn(403, 404);
        assertThat(page.body()).doesNotContain("Oma Truus");
        assertThat(Http.anonymous(port).get(f.api()).statusCode()).isIn(401, 403);
        assertThat(jdbc.sql("select count(*) from suggestion_choice where family_id = ?").param(f.id()).query(Long.class).single()).isZero();
    }
}
