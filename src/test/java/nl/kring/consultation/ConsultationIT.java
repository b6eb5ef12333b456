package nl.kring.consultation;

import static nl.kring.support.TestFamilies.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import nl.kring.support.TestFamilies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case consultation over HTTP, for a family opened through Kring itself (a youth of 14, a mother with parental
 * authority, a father without): the coach invites two professionals from other teams, the family shares the question
 * with them (the youth of 14 approves too), each writes advice, the panel writes what can happen while waiting, the
 * consultation ends in a match, and the family keeps it all and says what it thinks. Panel members never see the file.
 */
@IntegrationTest
class ConsultationIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;

    TestFamilies families;

    @BeforeEach
    void families() {
        families = new TestFamilies(port, accounts, tokens, jdbc, "beraad");
    }

    record Panel(String username, UUID id, Http api) {}

    Panel professionalElsewhere(String name) {
        var username = families.professionalElsewhere(name);
        return new Panel(username, accounts.findByUsername(username).orElseThrow().id(), families.tokenFor(username));
    }

    String newConsultation(TestFamilies.Family f, Http by) {
        var created = by.postJson(f.api() + "/consultations",
                "{\"youthMemberId\":\"" + f.member("Sanne") + "\",\"question\":\"Sanne gaat al weken niet naar school. Wat kan helpen?\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return f.api() + "/consultations/" + json(created).get("id").asString();
    }

    /** The mother proposes to share the question with the panel member, and Sanne (14) approves too. */
    String share(TestFamilies.Family f, String url, Panel member) {
        var proposed = f.mother().postJson(url + "/panel/" + member.id() + "/consent", "");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        var consentId = json(proposed).get("id").asString();
        // under 16 the youth decides with the parents: not shared until she approves
        assertThat(member.api().get(url).statusCode()).isEqualTo(404);
        var approved = f.youth().postJson(f.api() + "/consents/" + consentId + "/approval", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return consentId;
    }

    @Test
    void aConsultationWithTwoPanelMembersEndsInAMatchAndItsAdviceIsTheFamilys() {
        var f = families.family();
        var url = newConsultation(f, f.mother());
        var psychologist = professionalElsewhere("Petra Psycholoog");
        var teacher = professionalElsewhere("Ties Zorgcoördinator");
        // not invited, nothing shared: the file and the consultation do not exist for them
        assertThat(psychologist.api().get(url).statusCode()).isEqualTo(404);

        // the coach invites; the family cannot, and someone of the family's own team is no panel member
        assertThat(f.mother().postJson(url + "/panel", "{\"username\":\"" + psychologist.username() + "\",\"discipline\":\"MENTAL_HEALTH\"}")
                .statusCode()).isEqualTo(403);
        assertThat(f.professional().postJson(url + "/panel", "{\"username\":\"" + f.professionalUser() + "\",\"discipline\":\"MENTAL_HEALTH\"}")
                .statusCode()).isEqualTo(400);
        var noDiscipline = f.professional().postJson(url + "/panel", "{\"username\":\"" + psychologist.username() + "\"}");
        assertThat(noDiscipline.statusCode()).isEqualTo(400);
        assertThat(noDiscipline.body()).contains("discipline");
        for (var invite : new String[] {"{\"username\":\"" + psychologist.username() + "\",\"discipline\":\"MENTAL_HEALTH\"}",
                "{\"username\":\"" + teacher.username() + "\",\"discipline\":\"EDUCATION\"}"}) {
            var invited = f.professional().postJson(url + "/panel", invite);
            assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        }
        // invited, but the family has not shared the question yet
        assertThat(psychologist.api().get(url).statusCode()).isEqualTo(404);
        assertThat(psychologist.api().putJson(url + "/advice", "{\"text\":\"Te vroeg\"}").statusCode()).isEqualTo(404);

        share(f, url, psychologist);
        share(f, url, teacher);
        var seen = psychologist.api().get(url);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(json(seen).get("viewer").asString()).isEqualTo("PANEL_MEMBER");
        assertThat(json(seen).get("youthAge").asInt()).isEqualTo(14);
        assertThat(seen.body()).contains("niet naar school").doesNotContain("Karel").doesNotContain("Oma Truus");
        var coachView = json(f.professional().get(url));
        assertThat(coachView.get("panel").get(0).get("shared").asString()).isEqualTo("EFFECTIVE");
        assertThat(coachView.get("singleDiscipline").asBoolean()).isFalse();

        // the panel member sees only the shared question, never the file, its map or its plan
        f.mother().postJson(f.api() + "/plans", "{\"title\":\"Ons plan (test)\"}");
        assertThat(psychologist.api().get(f.api()).statusCode()).isEqualTo(404);
        assertThat(psychologist.api().get(f.api() + "/maps").statusCode()).isIn(403, 404);
        assertThat(psychologist.api().get(f.api() + "/maps/" + f.mapId()).statusCode()).isIn(403, 404);
        assertThat(psychologist.api().get(f.api() + "/plans").statusCode()).isIn(403, 404);
        var page = Http.signedIn(port, psychologist.username(), TestFamilies.PASSWORD);
        assertThat(page.get("/families/" + f.id()).statusCode()).isEqualTo(404);
        assertThat(page.get("/families/" + f.id() + "/maps").statusCode()).isIn(403, 404);
        assertThat(page.get("/families/" + f.id() + "/plans").statusCode()).isIn(403, 404);
        assertThat(page.get("/shared/" + f.id()).body()).contains("shared-consultations-link");

        // each panel member advises; the coach does not, an empty advice is refused
        assertThat(f.professional().putJson(url + "/advice", "{\"text\":\"Van de coach\"}").statusCode()).isEqualTo(403);
        assertThat(psychologist.api().putJson(url + "/advice", "{\"text\":\"  \"}").statusCode()).isEqualTo(400);
        assertThat(psychologist.api().putJson(url + "/advice", "{\"text\":\"Begin met korte dagen op school, samen met de mentor.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(teacher.api().putJson(url + "/advice", "{\"text\":\"Een rustige plek in de klas en een vast aanspreekpunt.\"}")
                .statusCode()).isEqualTo(200);
        var waiting = psychologist.api().putJson(url + "/while-waiting", "{\"text\":\"Oma haalt Sanne twee keer per week op.\"}");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(200);
        assertThat(json(waiting).get("stage").asString()).isEqualTo("ADVISED");
        assertThat(f.mother().putJson(url + "/while-waiting", "{\"text\":\"zelf\"}").statusCode()).isEqualTo(403);

        // the match: a programme must be one Kring knows
        assertThat(f.professional().putJson(url + "/match", "{\"kind\":\"PROGRAMME\",\"programme\":\"SCHAAKCLUB\"}").statusCode()).isEqualTo(400);
        var matched = f.professional().putJson(url + "/match",
                "{\"kind\":\"PROGRAMME\",\"programme\":\"JONG_PERSPECTIEF\",\"provider\":\"Maatjes Peel (test)\",\"note\":\"Start na de zomer\"}");
        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(200);
        assertThat(json(matched).get("match").get("programmeName").asString()).startsWith("Jong Perspectief");
        assertThat(teacher.api().putJson(url + "/advice", "{\"text\":\"Nog iets\"}").statusCode()).isEqualTo(409);

        // the family says what it thinks of the advice, and sees and keeps it all
        var psychologistId = psychologist.id();
        var reacted = f.mother().putJson(url + "/advice/" + psychologistId + "/reaction", "{\"text\":\"Dit gaan we proberen.\"}");
        assertThat(reacted.statusCode()).as(reacted.body()).isEqualTo(200);
        assertThat(f.professional().putJson(url + "/advice/" + psychologistId + "/reaction", "{\"text\":\"coach\"}").statusCode())
                .isEqualTo(403);
        var youthView = json(f.youth().get(url));
        assertThat(youthView.get("viewer").asString()).isEqualTo("FAMILY");
        assertThat(youthView.get("advice")).hasSize(2);
        assertThat(youthView.toString()).contains("korte dagen op school").contains("rustige plek").contains("Dit gaan we proberen")
                .contains("Oma haalt Sanne");
        var youthPage = Http.signedIn(port, f.youthUser(), TestFamilies.PASSWORD).get("/families/" + f.id() + "/consultations/"
                + url.substring(url.lastIndexOf('/') + 1));
        assertThat(youthPage.statusCode()).isEqualTo(200);
        assertThat(youthPage.body()).contains("korte dagen op school").contains("Een rustige plek").contains("Jong Perspectief")
                .contains("Dit gaan we proberen");

        // the family takes the consent back: the panel member sees nothing again, the family keeps the advice
        var consents = json(f.mother().get(f.api() + "/consents")).get("consents");
        for (var consent : consents) {
            if (consent.get("recipient").get("id").asString().equals(psychologistId.toString())) {
                f.mother().postJson(f.api() + "/consents/" + consent.get("id").asString() + "/withdrawal", "");
            }
        }
        assertThat(psychologist.api().get(url).statusCode()).isEqualTo(404);
        assertThat(json(f.mother().get(url)).toString()).contains("korte dagen op school");

        long advised = jdbc.sql("select count(*) from audit_event where family_id = ? and action = 'CONSULTATION_ADVICE' and outcome = 'ALLOWED'")
                .param(f.id()).query(Long.class).single();
        assertThat(advised).isEqualTo(2);
    }

    @Test
    void aPanelMemberSeesOnlyTheConsultationsTheyAreOn() {
        var f = families.family();
        var first = newConsultation(f, f.professional());
        var second = newConsultation(f, f.mother());
        var member = professionalElsewhere("Paula Panel");
        f.professional().postJson(first + "/panel", "{\"username\":\"" + member.username() + "\",\"discipline\":\"YOUTH_HEALTH\"}");
        share(f, first, member);
        assertThat(member.api().get(first).statusCode()).isEqualTo(200);
        assertThat(member.api().get(second).statusCode()).isEqualTo(404);
        var list = json(member.api().get(f.api() + "/consultations"));
        assertThat(list.get("consultations")).hasSize(1);
        assertThat(list.get("mayCreate").asBoolean()).isFalse();
        assertThat(json(f.mother().get(f.api() + "/consultations")).get("consultations")).hasSize(2);
        // one discipline only: a warning, not a block
        assertThat(json(f.professional().get(first)).get("singleDiscipline").asBoolean()).isTrue();
    }

    @Test
    void refusedFormsKeepWhatWasTyped() {
        var f = families.family();
        var mother = Http.signedIn(port, f.motherUser(), TestFamilies.PASSWORD);
        var list = "/families/" + f.id() + "/consultations";
        var refused = mother.submit(list, list, Map.of("youth", f.member("Sanne"), "question", "   "));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Schrijf de vraag op").contains("aria-invalid=\"true\"");
        var created = mother.submit(list, list, Map.of("youth", f.member("Sanne"), "question", "Hoe krijgt Sanne weer zin in school?"));
        assertThat(created.statusCode()).isEqualTo(302);
        var page = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        var member = professionalElsewhere("Piet Panel");
        var coach = Http.signedIn(port, f.professionalUser(), TestFamilies.PASSWORD);
        var wrong = coach.submit(page, page + "/panel", Map.of("username", member.username(), "discipline", ""));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Kies het vakgebied").contains("value=\"" + member.username() + "\"");
        assertThat(coach.submit(page, page + "/panel", Map.of("username", member.username(), "discipline", "SOCIAL_WORK")).statusCode())
                .isEqualTo(302);
        var shared = mother.submit(page, page + "/panel/" + member.id() + "/consent", Map.of());
        assertThat(shared.statusCode()).isEqualTo(302);
        assertThat(mother.get(page).body()).contains("wacht nog op toestemming");
    }
}
