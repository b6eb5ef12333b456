package nl.kring.mentor;

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
import tools.jackson.databind.JsonNode;

/**
 * The youth's own mentor (JIM) over HTTP for a youth of 14 in a family opened through Kring: Sanne nominates people from
 * the map, her mother (the one parent with authority) agrees or refuses, the mentor says yes (oma herself, once she has
 * an account and the family shares the mentorship with her; buurman Joop in person, written down by Sanne), the map
 * shows the role, and several mentors stand side by side.
 */
@IntegrationTest
class MentorIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Mentors mentors;

    TestFamilies families;

    @BeforeEach
    void families() {
        families = new TestFamilies(port, accounts, tokens, jdbc, "jim");
    }

    void addPerson(TestFamilies.Family f, String person) {
        var maps = f.api() + "/maps/" + f.mapId();
        int revision = json(f.mother().get(maps)).get("revision").asInt();
        var added = f.mother().postJson(maps + "/edits", "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":" + person + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    }

    JsonNode nominate(TestFamilies.Family f, String personId, int expected) {
        var nominated = f.youth().postJson(f.api() + "/mentors", "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"" + personId + "\"}");
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(expected);
        return json(nominated);
    }

    JsonNode mentorship(Http reader, TestFamilies.Family f, String id) {
        for (var m : json(reader.get(f.api() + "/mentors")).get("mentorships")) {
            if (m.get("id").asString().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no mentorship " + id);
    }

    @Test
    void aYouthOfFourteenChoosesHerOwnMentorsWithHerMothersAgreement() {
        var f = families.family();
        addPerson(f, "{\"id\":\"papa\",\"name\":\"Papa Karel\",\"role\":\"PARENT\",\"age\":45,\"angle\":60,\"distance\":15}");
        addPerson(f, "{\"id\":\"neef\",\"name\":\"Neef Daan\",\"role\":\"COUSIN\",\"age\":16,\"angle\":80,\"distance\":30}");
        var mine = json(f.youth().get(f.api() + "/mentors"));
        assertThat(mine.get("viewer").asString()).isEqualTo("YOUTH");
        assertThat(mine.get("candidates").toString()).contains("Oma Truus").contains("Neef Daan").doesNotContain("Papa Karel");

        // only the youth nominates, and not a parent
        assertThat(f.mother().postJson(f.api() + "/mentors", "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"oma\"}").statusCode())
                .isEqualTo(403);
        assertThat(f.professional().postJson(f.api() + "/mentors", "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"oma\"}").statusCode())
                .isEqualTo(403);
        assertThat(nominate(f, "papa", 400).toString()).contains("person");

        // oma: her age is not on the map, a warning; at 14 the mother with authority must agree first
        var oma = nominate(f, "oma", 201);
        var omaId = oma.get("id").asString();
        assertThat(oma.get("status").asString()).isEqualTo("AWAITING_PARENTS");
        assertThat(oma.get("warnings").toString()).contains("AGE_UNKNOWN");
        assertThat(nominate(f, "oma", 400).toString()).contains("person");
        var url = f.api() + "/mentors/" + omaId;
        assertThat(f.youth().postJson(url + "/mentor-answer", "{\"accepts\":true}").statusCode()).isEqualTo(409);
        assertThat(f.youth().postJson(url + "/parent-answer", "{\"agrees\":true}").statusCode()).isEqualTo(403);
        var agreed = f.mother().postJson(url + "/parent-answer", "{\"agrees\":true}");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(json(agreed).get("status").asString()).isEqualTo("AWAITING_MENTOR");
        assertThat(mentors.isMentor(f.id(), UUID.fromString(f.mapId()), "oma")).isFalse();

        // oma gets an account by invitation; she sees her mentorship once the family shares it with her, and says yes herself
        var omaUser = families.signUpAs(f.mother(), f.id(), "map:" + f.mapId() + ":oma");
        var omaApi = families.tokenFor(omaUser);
        assertThat(omaApi.get(f.api() + "/mentors").statusCode()).isEqualTo(404);
        assertThat(omaApi.postJson(url + "/mentor-answer", "{\"accepts\":true}").statusCode()).isEqualTo(404);
        // with an account of her own, only oma says yes
        assertThat(f.youth().postJson(url + "/mentor-answer", "{\"accepts\":true}").statusCode()).isEqualTo(403);
        String contactId = null;
        for (var contact : json(f.mother().get(f.api())).get("network")) {
            if (contact.get("name").asString().equals("Oma Truus")) {
                contactId = contact.get("id").asString();
            }
        }
        var proposed = f.mother().postJson(f.api() + "/consents", """
                {"subjectId":"%s","networkContactId":"%s","categories":["JIM_MENTOR"],"purpose":"Oma is mijn mentor (test)"}
                """.formatted(f.member("Sanne"), contactId));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        f.youth().postJson(f.api() + "/consents/" + json(proposed).get("id").asString() + "/approval", "");
        var asMentor = json(omaApi.get(f.api() + "/mentors"));
        assertThat(asMentor.get("viewer").asString()).isEqualTo("MENTOR");
        assertThat(asMentor.get("mentorships")).hasSize(1);
        assertThat(asMentor.toString()).doesNotContain("Mirjam");
        var accepted = omaApi.postJson(url + "/mentor-answer", "{\"accepts\":true}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(mentors.isMentor(f.id(), UUID.fromString(f.mapId()), "oma")).isTrue();
        // the map shows her role
        var mapPage = Http.signedIn(port, f.motherUser(), TestFamilies.PASSWORD).get("/families/" + f.id() + "/maps/" + f.mapId());
        assertThat(mapPage.statusCode()).isEqualTo(200);
        assertThat(mapPage.body()).contains("eigen mentor, JIM");
        // and so does the plan, where agreements name her
        var plan = json(f.mother().postJson(f.api() + "/plans", "{\"title\":\"Ons plan (test)\"}")).get("id").asString();
        var planPage = Http.signedIn(port, f.motherUser(), TestFamilies.PASSWORD).get("/families/" + f.id() + "/plans/" + plan);
        assertThat(planPage.body()).contains("Oma Truus (Ons netwerk (test)) (eigen mentor, JIM)")
                .doesNotContain("Buurman Joop (Ons netwerk (test)) (eigen mentor");
        // she still sees nothing else of the file
        assertThat(omaApi.get(f.api()).statusCode()).isEqualTo(404);

        // neef Daan is 16: a warning; the mother does not agree, and her reason is recorded
        var daan = nominate(f, "neef", 201);
        assertThat(daan.get("warnings").toString()).contains("UNDER_18");
        var refused = f.mother().postJson(f.api() + "/mentors/" + daan.get("id").asString() + "/parent-answer",
                "{\"agrees\":false,\"reason\":\"Daan is zelf nog jong\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        var recorded = mentorship(f.youth(), f, daan.get("id").asString());
        assertThat(recorded.get("status").asString()).isEqualTo("REFUSED_BY_PARENTS");
        assertThat(recorded.get("parents").get(0).get("reason").asString()).isEqualTo("Daan is zelf nog jong");
        assertThat(mentors.isMentor(f.id(), UUID.fromString(f.mapId()), "neef")).isFalse();

        // buurman Joop has no account: Sanne writes down his yes; now she has two mentors
        var joop = nominate(f, "joop", 201);
        var joopUrl = f.api() + "/mentors/" + joop.get("id").asString();
        f.mother().postJson(joopUrl + "/parent-answer", "{\"agrees\":true}");
        assertThat(f.mother().postJson(joopUrl + "/mentor-answer", "{\"accepts\":true}").statusCode()).isEqualTo(403);
        var inPerson = f.youth().postJson(joopUrl + "/mentor-answer", "{\"accepts\":true}");
        assertThat(inPerson.statusCode()).as(inPerson.body()).isEqualTo(200);
        assertThat(json(inPerson).get("acceptedInPerson").asBoolean()).isTrue();
        assertThat(mentors.mentorsOn(f.id(), UUID.fromString(f.mapId()))).containsExactlyInAnyOrder("oma", "joop");

        // the youth ends one; the role leaves the map
        assertThat(f.youth().postJson(joopUrl + "/end", "").statusCode()).isEqualTo(200);
        assertThat(mentors.mentorsOn(f.id(), UUID.fromString(f.mapId()))).containsExactly("oma");
        long audited = jdbc.sql("select count(*) from audit_event where family_id = ? and action like 'MENTOR_%' and outcome = 'ALLOWED'")
                .param(f.id()).query(Long.class).single();
        assertThat(audited).isGreaterThan(8);
    }

    @Test
    void theNominationPageKeepsTheChoiceAndSaysWhyItIsRefused() {
        var f = families.family();
        addPerson(f, "{\"id\":\"stiefvader\",\"name\":\"Stiefvader Ron\",\"role\":\"STEP_PARENT\",\"age\":50,\"angle\":70,\"distance\":20}");
        var youth = Http.signedIn(port, f.youthUser(), TestFamilies.PASSWORD);
        var page = "/families/" + f.id() + "/mentors";
        assertThat(youth.get(page).body()).contains("nominate-form").doesNotContain("Stiefvader Ron");
        var refused = youth.submit(page, page, Map.of("person", f.mapId() + ":stiefvader"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("kan niet je eigen mentor zijn").contains("aria-invalid=\"true\"");
        var done = youth.submit(page, page, Map.of("person", f.mapId() + ":anna"));
        assertThat(done.statusCode()).isEqualTo(302);
        var mother = Http.signedIn(port, f.motherUser(), TestFamilies.PASSWORD);
        var shown = mother.get(page);
        assertThat(shown.body()).contains("Juf Anna, mentor van Sanne").contains("wacht op het antwoord van de ouders").contains("Ik stem in");
    }
}
