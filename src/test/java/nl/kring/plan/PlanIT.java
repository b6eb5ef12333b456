package nl.kring.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
 * The family's plan over HTTP, for a file opened through Kring itself (youth of 14, mother with parental
 * authority, father without), with accounts made through the invitation links: who writes which part, who
 * accepts, the required evaluation moment, refused persons, stale revisions, accepted versions kept as they
 * are, the overload warning and the map's signals, and what a network member sees and does with and without
 * the family's consent.
 */
@IntegrationTest
class PlanIT {

    static final int SMTP_PORT = 39025;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a-long-test-password";
    private static final Pattern LINK = Pattern.compile("http://[^\\s\"<]+/invitations/([A-Za-z0-9_-]+)");

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired PlanReminderMails reminderMails;

    /** A family with its professional, the mother and the youth signed up, and a map with oma, buurman Piet and juf Anna. */
    record Family(UUID id, Http professional, Http mother, Http youth, String mapId, JsonNode file, String professionalUser,
            String motherUser) {
        String plans() {
            return "/api/v1/families/" + id + "/plans";
        }

        String member(String givenName) {
            for (var m : file.get("members")) {
                if (m.get("givenName").asString().equals(givenName)) {
                    return m.get("id").asString();
                }
            }
            throw new AssertionError(givenName);
        }
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    Http tokenFor(String username) {
        var id = accounts.findByUsername(username).orElseThrow().id();
        return Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
    }

    String linkSentTo(String email) {
        var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return "/invitations/" + matcher.group(1);
    }

    /** Invites someone (a member as {@code member:<id>}, a map person as {@code map:<mapId>:<personId>}) and takes up the link. */
    Http signUp(Http inviter, UUID familyId, String invitee) {
        return tokenFor(signUpAs(inviter, familyId, invitee));
    }

    String signUpAs(Http inviter, UUID familyId, String invitee) {
        var email = "plan-" + marker() + "@example.org";
        var sent = inviter.postJson("/api/v1/families/" + familyId + "/invitations",
                "{\"invitee\":\"" + invitee + "\",\"email\":\"" + email + "\",\"language\":\"nl\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        var link = linkSentTo(email);
        var username = "test-plan-" + marker();
        var visitor = Http.anonymous(port);
        var created = visitor.submit(link, link + "/account",
                Map.of("username", username, "displayName", "Testpersoon " + username, "password", PASSWORD, "passwordAgain", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return username;
    }

    Family family() {
        var team = accounts.createTeam("Wijkteam Plan " + marker() + " (test)");
        var username = "test-plan-prof-" + marker();
        var id = accounts.create(new NewAccount(username, "Hulpverlener Plan", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var professional = Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
        var birth = LocalDate.now().minusYears(14).minusDays(20);
        var created = professional.postJson("/api/v1/families", """
                {"name":"Gezin Plan","members":[
                 {"givenName":"Sanne","familyName":"Plan","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Mirjam","familyName":"Plan","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"},
                 {"givenName":"Karel","familyName":"Plan","relation":"PARENT","carerKind":"FATHER","parentalAuthority":false}]}
                """.formatted(birth, birth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var familyId = UUID.fromString(json(created).get("id").asString());
        var file = json(professional.get("/api/v1/families/" + familyId));
        var members = file.get("members");
        String mirjam = null;
        String sanne = null;
        for (var m : members) {
            if (m.get("givenName").asString().equals("Mirjam")) {
                mirjam = m.get("id").asString();
            }
            if (m.get("givenName").asString().equals("Sanne")) {
                sanne = m.get("id").asString();
            }
        }
        var motherUser = signUpAs(professional, familyId, "member:" + mirjam);
        var mother = tokenFor(motherUser);
        var youth = signUp(professional, familyId, "member:" + sanne);

        var maps = "/api/v1/families/" + familyId + "/maps";
        var map = json(mother.postJson(maps, "{\"title\":\"Ons netwerk (test)\",\"perspective\":\"PARENT\",\"centreKind\":\"HOUSEHOLD\"}"));
        var mapId = map.get("id").asString();
        for (var person : new String[] {
                "{\"id\":\"oma\",\"name\":\"Oma Truus\",\"role\":\"GRANDPARENT\",\"angle\":30,\"distance\":20}",
                "{\"id\":\"piet\",\"name\":\"Buurman Joop\",\"angle\":120,\"distance\":50}",
                "{\"id\":\"anna\",\"name\":\"Juf Anna\",\"angle\":-120,\"distance\":60}"}) {
            int revision = json(mother.get(maps + "/" + mapId)).get("revision").asInt();
            var added = mother.postJson(maps + "/" + mapId + "/edits",
                    "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":" + person + "}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        }
        return new Family(familyId, professional, mother, youth, mapId, file, username, motherUser);
    }

    static String agreement(String mapId, String personId, String what) {
        return """
                {"persons":[{"mapId":"%s","personId":"%s"}],"what":"%s","task":"DRIVER","supportType":"PRACTICAL",
                 "when":"elke dinsdag","how":"met de auto","start":"%s"}
                """.formatted(mapId, personId, what, LocalDate.now());
    }

    static String familyPart(int revision, String agreements, boolean withEvaluation) {
        return """
                {"basedOnRevision":%d,"question":"Hoe krijgen we de week rond?","goingWell":"Sanne gaat graag naar school",
                 "worries":"Mama is vaak moe","goals":"Rust in huis","safety":"Oma belt als het misgaat",
                 "whenThingsGoWrong":"Bel oma","agreements":[%s],"evaluationMoments":[%s]}
                """.formatted(revision, agreements, withEvaluation ? "\"" + LocalDate.now().plusWeeks(6) + "\"" : "");
    }

    /** A PDF's text, without white space (a table wraps long values anywhere). */
    String pdfText(String path, String token) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (var reader = new org.openpdf.text.pdf.PdfReader(response.body())) {
                var text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
                }
                return text.toString().replaceAll("\\s+", "");
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    JsonNode newPlan(Family f, Http by) {
        var created = by.postJson(f.plans(), "{\"title\":\"Ons plan (test)\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    String planUrl(Family f, JsonNode plan) {
        return f.plans() + "/" + plan.get("id").asString();
    }

    @Test
    void aProfessionalStartsAPlanButNeitherWritesTheFamilysPartNorAccepts() {
        var f = family();
        var plan = newPlan(f, f.professional());
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("viewer").asString()).isEqualTo("PROFESSIONAL");

        var write = f.professional().putJson(planUrl(f, plan) + "/family-part", familyPart(0, "", true));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(json(write).get("detail").asString()).contains("schrijft het gezin zelf");

        var accept = f.professional().postJson(planUrl(f, plan) + "/acceptances", "{\"revision\":0}");
        assertThat(accept.statusCode()).isEqualTo(403);
        assertThat(json(accept).get("detail").asString()).contains("niet instemmen");

        // the professional's own part: a safety condition and a task to hand over to oma
        var own = f.professional().putJson(planUrl(f, plan) + "/professional-part", """
                {"basedOnRevision":0,"safetyConditions":[{"text":"Sanne slaapt nooit alleen thuis"}],
                 "tasks":[{"description":"Sanne naar de sportclub brengen","heldBy":"Hulpverlener Plan","hoursPerMonth":"8",
                           "handOverTo":{"mapId":"%s","personId":"oma"},"handOverBy":"%s"}],"comment":"Voorstel: oma vragen"}
                """.formatted(f.mapId(), LocalDate.now().plusMonths(2)));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        var saved = json(own);
        assertThat(saved.get("revision").asInt()).isEqualTo(1);
        assertThat(saved.get("professional").get("safetyConditions").get(0).get("author").asString()).isEqualTo("Hulpverlener Plan");
        assertThat(saved.get("professional").get("tasks").get(0).get("handOverTo").get("name").asString()).isEqualTo("Oma Truus");

        // and the family may not write the professionals' part
        var mother = f.mother().putJson(planUrl(f, plan) + "/professional-part", "{\"basedOnRevision\":1,\"comment\":\"x\"}");
        assertThat(mother.statusCode()).isEqualTo(403);
    }

    @Test
    void theParentWithAuthorityAndTheYouthEachAcceptAndTheAcceptedVersionIsKept() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);

        // without an evaluation moment it saves, but cannot be accepted
        var draft = f.mother().putJson(url + "/family-part", familyPart(0, agreement(f.mapId(), "oma", "Sanne naar hockey brengen"), false));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        var noMoment = f.mother().postJson(url + "/acceptances", "{\"revision\":1}");
        assertThat(noMoment.statusCode()).isEqualTo(422);
        assertThat(json(noMoment).get("field").asString()).isEqualTo("evaluationMoments");

        var saved = f.mother().putJson(url + "/family-part", familyPart(1, agreement(f.mapId(), "oma", "Sanne naar hockey brengen"), true));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var body = json(saved).get("plan");
        assertThat(body.get("revision").asInt()).isEqualTo(2);
        assertThat(body.get("family").get("agreements").get(0).get("persons").get(0).get("name").asString()).isEqualTo("Oma Truus");

        // the mother accepts: still a draft, the youth has not
        var first = json(f.mother().postJson(url + "/acceptances", "{\"revision\":2}"));
        assertThat(first.get("status").asString()).isEqualTo("DRAFT");
        assertThat(first.get("acceptors").toString()).contains("Mirjam").contains("Sanne").doesNotContain("Karel");

        // a change after her acceptance means she accepted another text: she must accept again
        var changed = f.youth().putJson(url + "/family-part", familyPart(2, agreement(f.mapId(), "oma", "Sanne naar hockey en terug"), true));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        var youthAccepts = json(f.youth().postJson(url + "/acceptances", "{\"revision\":3}"));
        assertThat(youthAccepts.get("status").asString()).isEqualTo("DRAFT");
        var accepted = json(f.mother().postJson(url + "/acceptances", "{\"revision\":3}"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("acceptedAt").isNull()).isFalse();
        assertThat(jdbc.sql("select count(*) from plan_acceptance a join plan_version v on v.id = a.version_id where v.plan_id = ? and a.revision = 3")
                .param(UUID.fromString(plan.get("id").asString())).query(Integer.class).single()).isEqualTo(2);

        // the accepted version stays as it is
        var late = f.mother().putJson(url + "/family-part", familyPart(3, "", true));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get("detail").asString()).contains("aangenomen");

        // the next version starts from it
        var next = f.mother().postJson(url + "/versions", "");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        var second = json(next);
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("status").asString()).isEqualTo("DRAFT");
        assertThat(second.get("family").get("agreements").get(0).get("what").asString()).isEqualTo("Sanne naar hockey en terug");
        assertThat(f.mother().postJson(url + "/versions", "").statusCode()).isEqualTo(409);
        var first1 = json(f.mother().get(url + "?version=1"));
        assertThat(first1.get("status").asString()).isEqualTo("ACCEPTED");

        // a PDF of the accepted version, in the family's words, without the professionals' working notes
        var motherToken = tokens.create(accounts.findByUsername(f.motherUser()).orElseThrow().id(), "pdf", Duration.ofHours(1)).token();
        var pdf = pdfText(url + "/pdf?version=1", motherToken);
        assertThat(pdf).contains("Onsplan(test)").contains("Hoekrijgenwedeweekrond?").contains("Sannenaarhockeyenterug").contains("OmaTruus")
                .contains("aangenomen");

        // the family sees it all in "who looked at our file"
        assertThat(f.mother().get("/api/v1/families/" + f.id() + "/audit").body()).contains("PLAN_ACCEPT").contains("PLAN_EDIT_FAMILY");
    }

    @Test
    void aPersonTheYouthRefusedGetsNoAgreement() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var refused = "/api/v1/families/" + f.id() + "/refused-persons";

        // only the youth marks a person
        assertThat(f.mother().postJson(refused, "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"piet\"}").statusCode()).isEqualTo(403);
        var marked = f.youth().postJson(refused, "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"piet\"}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(marked.body()).contains("Buurman Joop");

        var save = f.mother().putJson(planUrl(f, plan) + "/family-part",
                familyPart(0, agreement(f.mapId(), "oma", "Koken") + "," + agreement(f.mapId(), "piet", "Klussen"), true));
        assertThat(save.statusCode()).isEqualTo(422);
        assertThat(json(save).get("field").asString()).isEqualTo("agreements[1].persons");
        assertThat(json(save).get("detail").asString()).contains("niet betrokken");
        // nothing was saved
        assertThat(json(f.mother().get(planUrl(f, plan))).get("revision").asInt()).isZero();

        // a professional cannot hand a task over to that person either
        var task = f.professional().putJson(planUrl(f, plan) + "/professional-part", """
                {"basedOnRevision":0,"tasks":[{"description":"Klussen","handOverTo":{"mapId":"%s","personId":"piet"}}]}
                """.formatted(f.mapId()));
        assertThat(task.statusCode()).isEqualTo(422);

        // someone not on the map is refused too, with the field
        var unknown = f.mother().putJson(planUrl(f, plan) + "/family-part", familyPart(0, agreement(f.mapId(), "nobody", "Koken"), true));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").asString()).isEqualTo("agreements[0].persons");

        // the youth takes it back; then it saves
        assertThat(f.youth().delete(refused + "/" + f.mapId() + "/piet").statusCode()).isEqualTo(200);
        assertThat(f.mother().putJson(planUrl(f, plan) + "/family-part", familyPart(0, agreement(f.mapId(), "piet", "Klussen"), true))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeBasedOnAStaleRevisionIsRefusedWithTheCurrentText() {
        var f = family();
        var plan = newPlan(f, f.mother());
        assertThat(f.mother().putJson(planUrl(f, plan) + "/family-part", familyPart(0, "", true)).statusCode()).isEqualTo(200);

        var stale = f.professional().putJson(planUrl(f, plan) + "/professional-part", "{\"basedOnRevision\":0,\"comment\":\"Mijn voorstel\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        var problem = json(stale);
        assertThat(problem.get("currentRevision").asInt()).isEqualTo(1);
        assertThat(problem.get("current").get("family").get("question").asString()).isEqualTo("Hoe krijgen we de week rond?");
        // the comment was not saved
        assertThat(json(f.mother().get(planUrl(f, plan))).get("professional").get("comment").asString()).isEmpty();

        // bad input names the field
        var badDate = f.mother().putJson(planUrl(f, plan) + "/family-part",
                "{\"basedOnRevision\":1,\"evaluationMoments\":[\"volgende week\"]}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("field").asString()).isEqualTo("evaluationMoments[0]");
        var noRevision = f.mother().putJson(planUrl(f, plan) + "/family-part", "{\"question\":\"x\"}");
        assertThat(noRevision.statusCode()).isEqualTo(400);
        assertThat(json(noRevision).get("field").asString()).isEqualTo("basedOnRevision");
    }

    @Test
    void givingOnePersonManyAgreementsWarnsAndShowsOnTheMap() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var analysis = "/api/v1/families/" + f.id() + "/maps/" + f.mapId() + "/analysis";
        // a plan exists, but nobody was asked yet: the map says so
        assertThat(f.mother().get(analysis).body()).contains("MAPPED_NOT_ACTIVATED");

        var five = String.join(",", java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> agreement(f.mapId(), "oma", "Taak " + i)).toList());
        var saved = f.mother().putJson(planUrl(f, plan) + "/family-part", familyPart(0, five, true));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("overloadWarnings").toString()).contains("Oma Truus");

        var signals = json(f.mother().get(analysis)).get("signals").toString();
        assertThat(signals).contains("SUPPORTER_OVERLOAD").contains("oma");
    }

    @Test
    void aNetworkMemberSeesOnlyWhatTheFamilySharesAndAnswersTheirOwnAgreements() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        f.mother().putJson(url + "/family-part",
                familyPart(0, agreement(f.mapId(), "oma", "Sanne naar hockey brengen") + "," + agreement(f.mapId(), "piet", "Klussen"), true));
        f.mother().postJson(url + "/acceptances", "{\"revision\":1}");
        assertThat(json(f.youth().postJson(url + "/acceptances", "{\"revision\":1}")).get("status").asString()).isEqualTo("ACCEPTED");

        var oma = signUp(f.mother(), f.id(), "map:" + f.mapId() + ":oma");
        // nothing shared: she learns nothing of the plan
        assertThat(oma.get(url).statusCode()).isEqualTo(404);
        assertThat(oma.get(f.plans()).statusCode()).isEqualTo(404);

        // the family shares only her own agreements with her (the youth of 14 and the mother both agree)
        var contactId = jdbc.sql("select id from network_member where family_id = ? and map_person_id = 'oma'").param(f.id())
                .query(UUID.class).single();
        var proposed = f.mother().postJson("/api/v1/families/" + f.id() + "/consents", """
                {"subjectId":"%s","networkContactId":"%s","categories":["PLAN_OWN_AGREEMENTS"],"purpose":"Zodat oma weet wat ze doet (test)"}
                """.formatted(f.member("Sanne"), contactId));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        var consentId = json(proposed).get("id").asString();
        f.youth().postJson("/api/v1/families/" + f.id() + "/consents/" + consentId + "/approval", "");

        var seen = oma.get(url);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        var shown = json(seen);
        assertThat(shown.get("viewer").asString()).isEqualTo("OWN_AGREEMENTS");
        assertThat(shown.get("family").get("agreements")).hasSize(1);
        assertThat(seen.body()).contains("Sanne naar hockey brengen").doesNotContain("Klussen").doesNotContain("Mama is vaak moe");
        // the private time is for the family and its network: she still sees her part, the professional nothing
        assertThat(f.mother().putJson(url + "/meeting", "{\"stage\":\"PRIVATE_TIME\"}").statusCode()).isEqualTo(200);
        assertThat(oma.get(url).statusCode()).isEqualTo(200);
        assertThat(f.professional().get(url).statusCode()).isEqualTo(403);
        assertThat(f.mother().putJson(url + "/meeting", "{\"stage\":\"FOLLOW_UP\"}").statusCode()).isEqualTo(200);

        var agreements = json(f.mother().get(url)).get("family").get("agreements");
        var own = agreements.get(0).get("id").asString();
        var other = agreements.get(1).get("id").asString();
        var confirmed = oma.postJson(url + "/agreements/" + own + "/answer", "{\"answer\":\"CONFIRMED\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(oma.postJson(url + "/agreements/" + other + "/answer", "{\"answer\":\"CONFIRMED\"}").statusCode()).isEqualTo(403);
        assertThat(oma.postJson(url + "/agreements/" + own + "/answer", "{\"answer\":\"MAYBE\"}").statusCode()).isEqualTo(400);
        var done = oma.postJson(url + "/agreements/" + own + "/done", "{\"doneOn\":\"" + LocalDate.now() + "\",\"note\":\"Ging goed\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(oma.postJson(url + "/agreements/" + own + "/done", "{\"doneOn\":\"" + LocalDate.now().plusDays(3) + "\"}").statusCode())
                .isEqualTo(400);

        // the family sees the progress
        var progress = json(f.mother().get(url));
        assertThat(progress.get("answers").toString()).contains("CONFIRMED");
        assertThat(progress.get("done").toString()).contains("Ging goed");

        // the consent withdrawn, she sees nothing again
        f.mother().postJson("/api/v1/families/" + f.id() + "/consents/" + consentId + "/withdrawal", "");
        assertThat(oma.get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void onThePageARefusedChangeShowsAgainWithEverythingTyped() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var page = "/families/" + f.id() + "/plans/" + plan.get("id").asString();
        f.youth().postJson("/api/v1/families/" + f.id() + "/refused-persons", "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"piet\"}");

        var mother = Http.signedIn(port, f.motherUser(), PASSWORD);
        var shown = mother.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("family-part-form").contains("Oma Truus").contains("liever niet betrokken")
                .doesNotContain("professional-part-form");

        // an agreement for the refused person: 422, and the form shows what she typed
        var typed = new java.util.LinkedHashMap<String, String>();
        typed.put("basedOnRevision", "0");
        typed.put("question", "Onze eigen vraag, zo getypt");
        typed.put("agreement-0-persons", f.mapId() + ":piet");
        typed.put("agreement-0-what", "Klussen in de tuin");
        typed.put("agreement-0-supportType", "PRACTICAL");
        typed.put("agreement-0-start", LocalDate.now().toString());
        var refused = mother.submit(page, page + "/family-part", typed);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Onze eigen vraag, zo getypt").contains("Klussen in de tuin").contains("niet betrokken");

        // with oma it saves and shows the map's signal for a plan nobody else was asked in
        typed.put("agreement-0-persons", f.mapId() + ":oma");
        var saved = mother.submit(page, page + "/family-part", typed);
        assertThat(saved.statusCode()).isEqualTo(302);
        var after = mother.get(page);
        assertThat(after.body()).contains("Klussen in de tuin").contains("data-signal=\"MAPPED_NOT_ACTIVATED\"");

        // the professional saves on the page based on the old revision: 409, both shown, nothing lost
        var professional = Http.signedIn(port, f.professionalUser(), PASSWORD);
        var own = new java.util.LinkedHashMap<String, String>();
        own.put("basedOnRevision", "0");
        own.put("comment", "Mijn voorstel, zo getypt");
        var conflict = professional.submit(page, page + "/professional-part", own);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("plan-conflict").contains("Onze eigen vraag, zo getypt").contains("Mijn voorstel, zo getypt")
                .contains("name=\"basedOnRevision\" value=\"1\"");

        // someone new on the map from the plan: without a name refused with the form kept, with one on the map
        var nameless = mother.submit(page, page + "/new-person", Map.of("name", " ", "sector", "FRIENDS", "map", f.mapId()));
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("Vul een naam");
        assertThat(mother.submit(page, page + "/new-person", Map.of("name", "Tante Els", "sector", "FAMILY", "map", f.mapId()))
                .statusCode()).isEqualTo(302);
        assertThat(mother.get(page).body()).contains("Tante Els (Ons netwerk (test))");

        // and the family's part is not hers to write on the page either
        var notHers = professional.submit(page, page + "/family-part", typed);
        assertThat(notHers.statusCode()).isEqualTo(403);
    }

    @Test
    void duringPrivateFamilyTimeProfessionalsGetNoAccessToThePlan() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        // who could help: on the map, available and reachable, not asked yet (the defaults of a new person)
        assertThat(json(f.mother().get(url)).get("suggestions").toString()).contains("Oma Truus").contains("Buurman Joop");

        assertThat(f.professional().putJson(url + "/meeting", "{\"stage\":\"INFORMATION\",\"meetingOn\":\"" + LocalDate.now().plusDays(7)
                + "\",\"place\":\"Bij oma thuis\"}").statusCode()).isEqualTo(200);
        // a printable letter for oma with the family's date and place, in plain words
        var motherPage = Http.signedIn(port, f.motherUser(), PASSWORD);
        var letter = motherPage.get("/families/" + f.id() + "/plans/" + plan.get("id").asString() + "/letter?person=" + f.mapId() + ":oma");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.body()).contains("Beste Oma Truus").contains("Bij oma thuis").contains("Gezin Plan nodigt je uit");
        assertThat(motherPage.get("/families/" + f.id() + "/plans/" + plan.get("id").asString() + "/letter?person=nobody").statusCode())
                .isEqualTo(400);

        // the invitation by mail, with the date and place: only to someone on the map who has an account
        var noAccount = motherPage.submit("/families/" + f.id() + "/plans/" + plan.get("id").asString(),
                "/families/" + f.id() + "/plans/" + plan.get("id").asString() + "/letter/mail", Map.of("person", f.mapId() + ":oma"));
        assertThat(noAccount.statusCode()).isEqualTo(422);
        assertThat(noAccount.body()).contains("nog geen account");
        var omaUser = signUpAs(f.mother(), f.id(), "map:" + f.mapId() + ":oma");
        var omaEmail = jdbc.sql("select email from account where username = ?").param(omaUser).query(String.class).single();
        var mailed = motherPage.submit("/families/" + f.id() + "/plans/" + plan.get("id").asString(),
                "/families/" + f.id() + "/plans/" + plan.get("id").asString() + "/letter/mail", Map.of("person", f.mapId() + ":oma"));
        assertThat(mailed.statusCode()).isEqualTo(302);
        var invitation = jdbc.sql("select subject || ' ' || plain_text from mail_message where recipient = ? order by created_at desc limit 1")
                .param(omaEmail).query(String.class).single();
        assertThat(invitation).contains("Uitnodiging voor een netwerkberaad").contains("Beste Oma Truus").contains("Bij oma thuis");

        // only the family starts its private time
        var byProfessional = f.professional().putJson(url + "/meeting", "{\"stage\":\"PRIVATE_TIME\"}");
        assertThat(byProfessional.statusCode()).isEqualTo(403);
        var started = f.mother().putJson(url + "/meeting", "{\"stage\":\"PRIVATE_TIME\",\"place\":\"Bij oma thuis\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(json(started).get("meeting").get("stage").asString()).isEqualTo("PRIVATE_TIME");

        // the professional gets nothing of the draft: API and page refuse with a clear message
        var api = f.professional().get(url);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(json(api).get("detail").asString()).contains("eigen tijd");
        assertThat(api.body()).doesNotContain("Hoe krijgen we");
        assertThat(f.professional().putJson(url + "/professional-part", "{\"basedOnRevision\":0,\"comment\":\"x\"}").statusCode())
                .isEqualTo(403);
        var page = Http.signedIn(port, f.professionalUser(), PASSWORD).get("/families/" + f.id() + "/plans/" + plan.get("id").asString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("eigen tijd").doesNotContain("family-part-form");
        assertThat(f.professional().putJson(url + "/meeting", "{\"stage\":\"PLAN\"}").statusCode()).isEqualTo(403);

        // the family writes meanwhile, and ends its private time
        assertThat(f.mother().putJson(url + "/family-part", familyPart(0, agreement(f.mapId(), "oma", "Koken"), true)).statusCode()).isEqualTo(200);
        assertThat(f.youth().putJson(url + "/meeting", "{\"stage\":\"PLAN\"}").statusCode()).isEqualTo(200);
        var after = f.professional().get(url);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(json(after).get("family").get("agreements").get(0).get("what").asString()).isEqualTo("Koken");
        // oma has an agreement now: no longer suggested
        assertThat(json(after).get("suggestions").toString()).doesNotContain("Oma Truus").contains("Buurman Joop");
        assertThat(f.mother().putJson(url + "/meeting", "{\"stage\":\"LATER\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void theFamilyEvaluatesEveryAgreementAndTheNextVersionStartsFromThere() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        f.mother().putJson(url + "/family-part",
                familyPart(0, agreement(f.mapId(), "oma", "Koken") + "," + agreement(f.mapId(), "piet", "Klussen"), true));
        // not accepted yet: nothing to evaluate
        assertThat(f.mother().postJson(url + "/evaluations", "{\"heldOn\":\"" + LocalDate.now() + "\",\"marks\":[]}").statusCode())
                .isEqualTo(409);
        f.mother().postJson(url + "/acceptances", "{\"revision\":1}");
        f.youth().postJson(url + "/acceptances", "{\"revision\":1}");
        var agreements = json(f.mother().get(url)).get("family").get("agreements");
        var koken = agreements.get(0).get("id").asString();
        var klussen = agreements.get(1).get("id").asString();

        var oneMissing = f.mother().postJson(url + "/evaluations", """
                {"heldOn":"%s","marks":[{"agreementId":"%s","mark":"DONE"}]}""".formatted(LocalDate.now(), koken));
        assertThat(oneMissing.statusCode()).isEqualTo(422);
        assertThat(json(oneMissing).get("field").asString()).isEqualTo("marks");
        var full = """
                {"heldOn":"%s","whatChanges":"Oma kookt voortaan twee keer","marks":[
                 {"agreementId":"%s","mark":"DONE","note":"Ging prima"},{"agreementId":"%s","mark":"PARTLY","note":"De tuin nog niet"}]}
                """.formatted(LocalDate.now(), koken, klussen);
        assertThat(f.professional().postJson(url + "/evaluations", full).statusCode()).isEqualTo(403);
        assertThat(f.mother().postJson(url + "/evaluations", full.replace("\"DONE\"", "\"GREAT\"")).statusCode()).isEqualTo(400);
        var held = f.mother().postJson(url + "/evaluations", full);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        assertThat(json(held).get("evaluations").get(0).get("whatChanges").asString()).isEqualTo("Oma kookt voortaan twee keer");

        // the next version keeps what was partly done, and leaves what was done behind
        var next = json(f.mother().postJson(url + "/versions", ""));
        assertThat(next.get("family").get("agreements")).hasSize(1);
        assertThat(next.get("family").get("agreements").get(0).get("what").asString()).isEqualTo("Klussen");
        // the page tells the history
        var page = Http.signedIn(port, f.motherUser(), PASSWORD).get("/families/" + f.id() + "/plans/" + plan.get("id").asString()
                + "?version=1");
        assertThat(page.body()).contains("versie 1 aangenomen").contains("versie 1 geëvalueerd").contains("De tuin nog niet");
    }

    JsonNode omaOnTheMap(Family f) {
        for (var person : json(f.mother().get("/api/v1/families/" + f.id() + "/maps/" + f.mapId())).get("content").get("persons")) {
            if (person.get("id").asString().equals("oma")) {
                return person;
            }
        }
        throw new AssertionError("oma is not on the map");
    }

    @Test
    void anAcceptedPlanAndATaskHandedOverShowOnTheMapAndInTheStepDown() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        var task = """
                {"basedOnRevision":%d,"tasks":[{"id":"%s","description":"Sanne naar de sportclub brengen","heldBy":"Hulpverlener Plan",
                 "hoursPerMonth":"8","handOverTo":{"mapId":"%s","personId":"oma"},"handOverBy":"%s","state":"%s"}]}
                """;
        var taskId = UUID.randomUUID();
        assertThat(f.professional().putJson(url + "/professional-part",
                task.formatted(0, taskId, f.mapId(), LocalDate.now().plusMonths(2), "HELD")).statusCode()).isEqualTo(200);
        assertThat(f.mother().putJson(url + "/family-part", familyPart(1, agreement(f.mapId(), "piet", "Klussen"), true)).statusCode())
                .isEqualTo(200);
        assertThat(omaOnTheMap(f).get("supports").toString()).doesNotContain("PRACTICAL");
        f.mother().postJson(url + "/acceptances", "{\"revision\":2}");
        f.youth().postJson(url + "/acceptances", "{\"revision\":2}");

        // the next version: the task is handed over to oma; accepted, the map shows her practical support
        f.mother().postJson(url + "/versions", "");
        assertThat(f.professional().putJson(url + "/professional-part",
                task.formatted(0, taskId, f.mapId(), LocalDate.now().plusMonths(2), "HANDED_OVER")).statusCode()).isEqualTo(200);
        f.mother().postJson(url + "/acceptances", "{\"revision\":1}");
        var accepted = json(f.youth().postJson(url + "/acceptances", "{\"revision\":1}"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(omaOnTheMap(f).get("supports").get("PRACTICAL").asString()).isEqualTo("GIVES_TO_CENTRE");

        // the step-down, version by version: eight hours with the professional, then none and one task handed over
        var page = Http.signedIn(port, f.motherUser(), PASSWORD).get("/families/" + f.id() + "/plans/" + plan.get("id").asString());
        assertThat(page.body()).contains("1 taken, 8 uur per maand").contains("0 taken, 0 uur per maand");
    }

    @Test
    void fourWeeksAfterAcceptanceAndAtEachEvaluationMomentTheFamilyIsReminded() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        f.mother().putJson(url + "/family-part", familyPart(0, agreement(f.mapId(), "oma", "Koken"), true));
        f.mother().postJson(url + "/acceptances", "{\"revision\":1}");
        f.youth().postJson(url + "/acceptances", "{\"revision\":1}");
        var home = Http.signedIn(port, f.motherUser(), PASSWORD);
        assertThat(home.get("/").body()).doesNotContain("plan-reminders");

        // as if it was accepted four weeks ago
        var planId = UUID.fromString(plan.get("id").asString());
        jdbc.sql("update plan_version set accepted_at = accepted_at - interval '28 days' where plan_id = ?").param(planId).update();
        assertThat(home.get("/").body()).contains("plan-reminders").contains("vier weken na het aannemen");

        var motherEmail = jdbc.sql("select email from account where username = ?").param(f.motherUser()).query(String.class).single();
        var before = jdbc.sql("select count(*) from mail_message where recipient = ?").param(motherEmail).query(Integer.class).single();
        reminderMails.send();
        reminderMails.send();
        var mails = jdbc.sql("select subject, plain_text from mail_message where recipient = ? order by created_at").param(motherEmail)
                .query((rs, n) -> rs.getString(1) + "\n" + rs.getString(2)).list();
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.getLast()).contains("Jullie plan in Kring").contains("vier weken").contains("/plans/" + planId)
                .doesNotContain("Gezin Plan").doesNotContain("Koken");
    }

    /** The family shares the running of its meeting with a volunteer: approved by the mother and the youth of 14. */
    String shareTheMeetingWith(Family f, String username) {
        var proposed = f.mother().postJson("/api/v1/families/" + f.id() + "/consents", """
                {"subjectId":"%s","recipientUsername":"%s","categories":["PLAN_MEETING"],"purpose":"Zij leidt ons netwerkberaad (test)"}
                """.formatted(f.member("Sanne"), username));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        var consentId = json(proposed).get("id").asString();
        assertThat(f.youth().postJson("/api/v1/families/" + f.id() + "/consents/" + consentId + "/approval", "").statusCode()).isEqualTo(200);
        return consentId;
    }

    @Test
    void aCoordinatorTheFamilyAsksRunsTheMeetingWithoutReadingThePlan() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        f.mother().putJson(url + "/family-part", familyPart(0, agreement(f.mapId(), "piet", "Klussen"), true));
        var username = "test-plan-coordinator-" + marker();
        var coordinatorId = accounts.create(new NewAccount(username, "Coördinator Plan", PASSWORD, Set.of(Role.VOLUNTEER), Optional.empty()));
        var coordinator = tokenFor(username);
        // not asked yet: the file does not exist for them
        assertThat(coordinator.get(url).statusCode()).isEqualTo(404);
        assertThat(coordinator.putJson(url + "/meeting", "{\"stage\":\"INVITE\"}").statusCode()).isEqualTo(404);

        var consentId = shareTheMeetingWith(f, username);
        var seen = coordinator.get(url);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        var shown = json(seen);
        assertThat(shown.get("viewer").asString()).isEqualTo("MEETING_COORDINATOR");
        // whom to invite, but nothing the family wrote
        assertThat(shown.get("suggestions").toString()).contains("Oma Truus");
        assertThat(seen.body()).doesNotContain("Klussen").doesNotContain("Mama is vaak moe").doesNotContain("Hoe krijgen we");
        assertThat(coordinator.get(url + "/pdf").statusCode()).isEqualTo(403);
        var page = Http.signedIn(port, username, PASSWORD).get("/families/" + f.id() + "/plans/" + plan.get("id").asString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("meeting-form").contains("letter-mail-form").doesNotContain("family-part").doesNotContain("Klussen");

        // they move the meeting along with the family's date and place, but the private time is the family's
        var moved = coordinator.putJson(url + "/meeting", "{\"stage\":\"INVITE\",\"meetingOn\":\"" + LocalDate.now().plusDays(10)
                + "\",\"place\":\"Buurthuis De Linde\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(f.mother().get(url)).get("meeting").get("place").asString()).isEqualTo("Buurthuis De Linde");
        assertThat(coordinator.putJson(url + "/meeting", "{\"stage\":\"PRIVATE_TIME\"}").statusCode()).isEqualTo(403);
        // and mail the invitation, in English for someone who reads English
        var omaUser = signUpAs(f.mother(), f.id(), "map:" + f.mapId() + ":oma");
        var omaEmail = jdbc.sql("select email from account where username = ?").param(omaUser).query(String.class).single();
        var invited = coordinator.postJson(url + "/meeting/invitations",
                "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"oma\",\"language\":\"en\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(202);
        assertThat(json(invited).get("language").asString()).isEqualTo("en");
        var mail = jdbc.sql("select subject || ' ' || plain_text from mail_message where recipient = ? order by created_at desc limit 1")
                .param(omaEmail).query(String.class).single();
        assertThat(mail).contains("Dear Oma Truus").contains("Buurthuis De Linde").doesNotContain("Beste");
        assertThat(coordinator.postJson(url + "/meeting/invitations",
                "{\"mapId\":\"" + f.mapId() + "\",\"personId\":\"oma\",\"language\":\"fr\"}").statusCode()).isEqualTo(400);
        long audited = jdbc.sql("select count(*) from audit_event where family_id = ? and account_id = ? and action in ('PLAN_MEETING', "
                + "'PLAN_MEETING_INVITE') and outcome = 'ALLOWED'").params(f.id(), coordinatorId).query(Long.class).single();
        assertThat(audited).isEqualTo(2);

        // the family takes it back: nothing again
        f.mother().postJson("/api/v1/families/" + f.id() + "/consents/" + consentId + "/withdrawal", "");
        assertThat(coordinator.get(url).statusCode()).isEqualTo(404);
        assertThat(coordinator.putJson(url + "/meeting", "{\"stage\":\"INFORMATION\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void theInvitationLetterIsInTheLanguageTheFamilyChooses() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var page = Http.signedIn(port, f.motherUser(), PASSWORD);
        var base = "/families/" + f.id() + "/plans/" + plan.get("id").asString() + "/letter?person=" + f.mapId() + ":oma";
        var english = page.get(base + "&language=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"").contains("Dear Oma Truus").doesNotContain("Beste Oma Truus");
        // the page around the letter stays in the reader's language
        assertThat(english.body()).contains("Afdrukken");
        assertThat(page.get(base).body()).contains("Beste Oma Truus");
        assertThat(page.get(base + "&language=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void everyPersonAnAgreementNamesCanSayHowItWentAtTheEvaluation() {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        var both = """
                {"persons":[{"mapId":"%s","personId":"oma"},{"mapId":"%s","personId":"piet"}],"what":"Koken","task":"COOK",
                 "supportType":"PRACTICAL","when":"op woensdag","how":"om de beurt","start":"%s"}
                """.formatted(f.mapId(), f.mapId(), LocalDate.now());
        assertThat(f.mother().putJson(url + "/family-part", familyPart(0, both, true)).statusCode()).isEqualTo(200);
        f.mother().postJson(url + "/acceptances", "{\"revision\":1}");
        f.youth().postJson(url + "/acceptances", "{\"revision\":1}");
        var koken = json(f.mother().get(url)).get("family").get("agreements").get(0).get("id").asString();
        var evaluation = """
                {"heldOn":"%s","marks":[{"agreementId":"%s","mark":"PARTLY","note":"Niet elke week","participants":[
                 {"mapId":"%s","personId":"oma","note":"Ik doe het graag"},{"mapId":"%s","personId":"%s","note":"Woensdag past slecht"}]}]}
                """;
        // only the persons the agreement names speak about it
        var stranger = f.mother().postJson(url + "/evaluations", evaluation.formatted(LocalDate.now(), koken, f.mapId(), f.mapId(), "anna"));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(json(stranger).get("field").asString()).isEqualTo("marks[0].participants[1].personId");
        var held = f.mother().postJson(url + "/evaluations", evaluation.formatted(LocalDate.now(), koken, f.mapId(), f.mapId(), "piet"));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        var participants = json(held).get("evaluations").get(0).get("marks").get(0).get("participants");
        assertThat(participants).hasSize(2);
        assertThat(participants.toString()).contains("Oma Truus").contains("Ik doe het graag").contains("Buurman Joop")
                .contains("Woensdag past slecht");
        var page = Http.signedIn(port, f.motherUser(), PASSWORD).get("/families/" + f.id() + "/plans/" + plan.get("id").asString());
        assertThat(page.body()).contains("Oma Truus: Ik doe het graag").contains("Buurman Joop: Woensdag past slecht");
    }

    @Test
    void theFamilysPdfShowsTheMapBesideTheAgreementsButNotToSomeoneItSharesOnlyThePlanWith() throws Exception {
        var f = family();
        var plan = newPlan(f, f.mother());
        var url = planUrl(f, plan);
        f.mother().putJson(url + "/family-part", familyPart(0, agreement(f.mapId(), "oma", "Sanne naar hockey brengen"), true));
        assertThat(imagesIn(url + "/pdf", f.mother())).isEqualTo(1);

        var oma = signUp(f.mother(), f.id(), "map:" + f.mapId() + ":oma");
        var contactId = jdbc.sql("select id from network_member where family_id = ? and map_person_id = 'oma'").param(f.id())
                .query(UUID.class).single();
        var proposed = f.mother().postJson("/api/v1/families/" + f.id() + "/consents", """
                {"subjectId":"%s","networkContactId":"%s","categories":["PLAN"],"purpose":"Oma leest ons plan (test)"}
                """.formatted(f.member("Sanne"), contactId));
        f.youth().postJson("/api/v1/families/" + f.id() + "/consents/" + json(proposed).get("id").asString() + "/approval", "");
        // the plan is shared with her, the map is not
        assertThat(imagesIn(url + "/pdf", oma)).isZero();
    }

    int imagesIn(String path, Http reader) throws Exception {
        var response = reader.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        int images = 0;
        try (var pdf = new org.openpdf.text.pdf.PdfReader(response.body())) {
            for (int i = 1; i < pdf.getXrefSize(); i++) {
                if (pdf.getPdfObject(i) instanceof org.openpdf.text.pdf.PdfStream stream
                        && org.openpdf.text.pdf.PdfName.IMAGE.equals(stream.get(org.openpdf.text.pdf.PdfName.SUBTYPE))) {
                    images++;
                }
            }
        }
        return images;
    }
}
