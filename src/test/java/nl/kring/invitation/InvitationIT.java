package nl.kring.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
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
 * Invitations over HTTP, for files opened through Kring itself: the mail with its single-use link, a new
 * account with exactly the invited role in exactly that file, expiry, reuse, withdrawal, sending again, a
 * link opened by someone signed in as another person, linking an existing account, and attempts to get more
 * than the invitation names. Each test makes its own team, file and addresses.
 */
@IntegrationTest
class InvitationIT {

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

    record Setup(UUID familyId, String professional, Http api, JsonNode file) {
        String member(String givenName) {
            for (var m : file.get("members")) {
                if (m.get("givenName").asString().equals(givenName)) {
                    return "member:" + m.get("id").asString();
                }
            }
            throw new AssertionError(givenName);
        }
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    Http tokenFor(UUID accountId) {
        return Http.withToken(port, tokens.create(accountId, "test", Duration.ofDays(1)).token());
    }

    /** A new team, its professional, and a file: youth Sanne (13), mother Mirjam with authority, father Karel without. */
    Setup family() {
        var team = accounts.createTeam("Wijkteam Uitnodiging " + marker() + " (test)");
        var username = "test-inv-prof-" + marker();
        var id = accounts.create(new NewAccount(username, "Hulpverlener Uitnodiging", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var api = tokenFor(id);
        var birth = LocalDate.now().minusYears(13).minusDays(20);
        var created = api.postJson("/api/v1/families", """
                {"name":"Gezin Uitnodiging","members":[
                 {"givenName":"Sanne","familyName":"Uitnodiging","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Mirjam","familyName":"Uitnodiging","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"},
                 {"givenName":"Karel","familyName":"Uitnodiging","relation":"PARENT","carerKind":"FATHER","parentalAuthority":false}]}
                """.formatted(birth, birth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var familyId = UUID.fromString(json(created.body()).get("id").asString());
        return new Setup(familyId, username, api, json(api.get("/api/v1/families/" + familyId).body()));
    }

    HttpResponse<String> invite(Http api, UUID familyId, String invitee, String email) {
        return api.postJson("/api/v1/families/" + familyId + "/invitations",
                "{\"invitee\":\"" + invitee + "\",\"email\":\"" + email + "\",\"language\":\"nl\"}");
    }

    /** The link in the newest message stored for this address (every message is stored before it is sent). */
    String linkSentTo(String email) {
        var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return "/invitations/" + matcher.group(1);
    }

    /** Sets a password through the link as an anonymous visitor; returns the sign-in redirect. */
    HttpResponse<String> createAccount(Http visitor, String link, String username) {
        return visitor.submit(link, link + "/account",
                Map.of("username", username, "displayName", "Testpersoon", "password", PASSWORD, "passwordAgain", PASSWORD));
    }

    @Test
    void theMotherGetsTheMailSetsAPasswordAndSeesHerFamily() throws Exception {
        var setup = family();
        var email = "mirjam-" + marker() + "@example.org";
        var sent = invite(setup.api(), setup.familyId(), setup.member("Mirjam"), email);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(json(sent.body()).get("role").asString()).isEqualTo("PARENT");
        assertThat(json(sent.body()).get("state").asString()).isEqualTo("OPEN");

        // the mail arrives, without any name in the subject, with the link in text and HTML
        SMTP.waitForIncomingEmail(15_000, 1);
        var message = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(email); } catch (Exception e) { return false; } })
                .findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("Uitnodiging voor Kring");
        var parts = (MimeMultipart) message.getContent();
        var text = (String) parts.getBodyPart(0).getContent();
        assertThat(text).contains("Mirjam Uitnodiging").contains("Hulpverlener Uitnodiging");
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains(matcher.group(1));
        // only a hash of the link's secret is stored
        assertThat(jdbc.sql("select count(*) from invitation where token_hash = ?").param(matcher.group(1)).query(Integer.class).single()).isZero();

        var link = "/invitations/" + matcher.group(1);
        var visitor = Http.anonymous(port);
        var page = visitor.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mirjam Uitnodiging").contains("ouder of opvoeder");

        var username = "test-inv-mirjam-" + marker();
        var created = createAccount(visitor, link, username);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/login?invited").contains(username);

        // signing in continues to her family's file
        var signIn = visitor.signIn(username, PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        var landing = visitor.get("/");
        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location").orElseThrow()).endsWith("/families/" + setup.familyId());
        assertThat(visitor.get("/families/" + setup.familyId()).body()).contains("Gezin Uitnodiging");

        // exactly the invited role, no team, linked to exactly that member
        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.PARENT);
        assertThat(account.teamId()).isEmpty();
        var list = json(setup.api().get("/api/v1/families/" + setup.familyId() + "/invitations").body());
        assertThat(list.get("invitations").get(0).get("state").asString()).isEqualTo("USED");
        assertThat(list.get("candidates").toString()).doesNotContain("Mirjam");
        // and the family sees it in "who looked at our file"
        var mother = tokenFor(account.id());
        assertThat(mother.get("/api/v1/families/" + setup.familyId() + "/audit").body()).contains("INVITATION_ACCEPT").contains("INVITATION_CREATE");
    }

    @Test
    void aLinkWorksOnce() {
        var setup = family();
        var email = "sanne-" + marker() + "@example.org";
        invite(setup.api(), setup.familyId(), setup.member("Sanne"), email);
        var link = linkSentTo(email);
        assertThat(createAccount(Http.anonymous(port), link, "test-inv-sanne-" + marker()).statusCode()).isEqualTo(302);

        var again = Http.anonymous(port);
        var page = again.get(link);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("al gebruikt").doesNotContain("Sanne Uitnodiging");
        // the account form is gone, and posting it anyway makes no second account
        var second = "test-inv-sanne2-" + marker();
        var csrf = Http.csrfFrom(page.body());
        var post = again.postForm(link + "/account",
                Map.of("username", second, "displayName", "X", "password", PASSWORD, "passwordAgain", PASSWORD, "_csrf", csrf));
        assertThat(post.statusCode()).isEqualTo(410);
        assertThat(accounts.findByUsername(second)).isEmpty();
    }

    @Test
    void anExpiredLinkSaysSo_sendingAgainGivesANewLinkAndTheOldOneStopsWorking() {
        var setup = family();
        var email = "karel-" + marker() + "@example.org";
        var id = json(invite(setup.api(), setup.familyId(), setup.member("Karel"), email).body()).get("id").asString();
        var first = linkSentTo(email);
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where id = ?").param(UUID.fromString(id)).update();

        var expired = Http.anonymous(port).get(first);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("verlopen");
        assertThat(json(setup.api().get("/api/v1/families/" + setup.familyId() + "/invitations").body()).get("invitations").get(0)
                .get("state").asString()).isEqualTo("EXPIRED");

        var resent = setup.api().postJson("/api/v1/families/" + setup.familyId() + "/invitations/" + id + "/resend", "");
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(json(resent.body()).get("sentCount").asInt()).isEqualTo(2);
        var second = linkSentTo(email);
        assertThat(second).isNotEqualTo(first);
        assertThat(Http.anonymous(port).get(first).statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get(second).statusCode()).isEqualTo(200);
    }

    @Test
    void aWithdrawnLinkSaysSoAndCannotBeSentAgain() {
        var setup = family();
        var email = "w-" + marker() + "@example.org";
        var id = json(invite(setup.api(), setup.familyId(), setup.member("Sanne"), email).body()).get("id").asString();
        var link = linkSentTo(email);
        var withdrawn = setup.api().postJson("/api/v1/families/" + setup.familyId() + "/invitations/" + id + "/withdrawal", "");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(json(withdrawn.body()).get("state").asString()).isEqualTo("WITHDRAWN");

        var page = Http.anonymous(port).get(link);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("ingetrokken");
        assertThat(setup.api().postJson("/api/v1/families/" + setup.familyId() + "/invitations/" + id + "/resend", "").statusCode())
                .isEqualTo(409);
        // a new invitation for the same person is possible again
        assertThat(invite(setup.api(), setup.familyId(), setup.member("Sanne"), email).statusCode()).isEqualTo(201);
        assertThat(invite(setup.api(), setup.familyId(), setup.member("Sanne"), email).statusCode()).isEqualTo(409);
    }

    @Test
    void anUnknownLinkGetsAClearPage() {
        var page = Http.anonymous(port).get("/invitations/not-a-real-link");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze uitnodiging bestaat niet");
    }

    /** The mother takes up her invitation, then invites the grandmother from the family's network map. */
    record WithGrandmother(Setup setup, Http mother, Http motherApi, String grandmotherLink, String contactId) {}

    WithGrandmother motherInvitesGrandmotherFromTheMap() {
        var setup = family();
        var motherEmail = "m-" + marker() + "@example.org";
        invite(setup.api(), setup.familyId(), setup.member("Mirjam"), motherEmail);
        var motherName = "test-inv-m-" + marker();
        createAccount(Http.anonymous(port), linkSentTo(motherEmail), motherName);
        var mother = Http.signedIn(port, motherName, PASSWORD);
        var motherApi = tokenFor(accounts.findByUsername(motherName).orElseThrow().id());

        var maps = "/api/v1/families/" + setup.familyId() + "/maps";
        var map = json(motherApi.postJson(maps, "{\"title\":\"Ons netwerk (test)\",\"perspective\":\"PARENT\",\"centreKind\":\"HOUSEHOLD\"}").body());
        var mapId = map.get("id").asString();
        int revision = json(motherApi.get(maps + "/" + mapId).body()).get("revision").asInt();
        var added = motherApi.postJson(maps + "/" + mapId + "/edits", "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":"
                + "{\"id\":\"oma\",\"name\":\"Oma Truus\",\"role\":\"GRANDPARENT\",\"angle\":30,\"distance\":40}}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);

        var list = json(motherApi.get("/api/v1/families/" + setup.familyId() + "/invitations").body());
        var key = "map:" + mapId + ":oma";
        assertThat(list.get("candidates").toString()).contains(key).contains("Oma Truus");
        var email = "oma-" + marker() + "@example.org";
        var sent = invite(motherApi, setup.familyId(), key, email);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(json(sent.body()).get("role").asString()).isEqualTo("NETWORK_MEMBER");
        return new WithGrandmother(setup, mother, motherApi, linkSentTo(email), json(sent.body()).get("invitee").asString());
    }

    @Test
    void theGrandmotherFromTheMapGetsANetworkMembersAccountAndSeesNothingTheFamilyDoesNotShare() {
        var g = motherInvitesGrandmotherFromTheMap();
        var grandmother = Http.anonymous(port);
        var name = "test-inv-oma-" + marker();
        assertThat(createAccount(grandmother, g.grandmotherLink(), name).statusCode()).isEqualTo(302);
        var account = accounts.findByUsername(name).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.NETWORK_MEMBER);

        // the map person and the network member are now one: linked, and no longer to be invited
        var contactId = UUID.fromString(g.contactId().substring("contact:".length()));
        assertThat(jdbc.sql("select account_id from network_member where id = ? and map_person_id = 'oma'").param(contactId)
                .query(UUID.class).single()).isEqualTo(account.id());
        assertThat(g.motherApi().get("/api/v1/families/" + g.setup().familyId() + "/invitations").body()).doesNotContain("map:");

        // nothing shared yet: she learns nothing of the file, and cannot invite anyone either
        var api = tokenFor(account.id());
        assertThat(api.get("/api/v1/families/" + g.setup().familyId()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/families/" + g.setup().familyId() + "/invitations").statusCode()).isEqualTo(404);
        assertThat(invite(api, g.setup().familyId(), g.setup().member("Karel"), "x-" + marker() + "@example.org").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/shared").body()).doesNotContain(g.setup().familyId().toString());
    }

    @Test
    void aLinkOpenedBySomeoneSignedInAsAnotherPersonOfTheFileIsNotTakenUp() {
        var g = motherInvitesGrandmotherFromTheMap();
        // the mother opens the link she sent to the grandmother
        var page = g.mother().get(g.grandmotherLink());
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("Oma Truus").contains("hoort al bij dit gezin").doesNotContain("Aan mijn account koppelen");
        var csrf = Http.csrfFrom(page.body());
        var post = g.mother().postForm(g.grandmotherLink() + "/link", Map.of("confirm", "yes", "_csrf", csrf));
        assertThat(post.statusCode()).isEqualTo(409);
        // nothing changed: still open, and the grandmother can use it after the mother signed out here
        var signOut = g.mother().postForm(g.grandmotherLink() + "/sign-out", Map.of("_csrf", csrf));
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith(g.grandmotherLink());
        assertThat(g.mother().get(g.grandmotherLink()).statusCode()).isEqualTo(200);
        assertThat(createAccount(Http.anonymous(port), g.grandmotherLink(), "test-inv-oma2-" + marker()).statusCode()).isEqualTo(302);
    }

    @Test
    void aWorkAccountCannotTakeUpAnInvitation() {
        var setup = family();
        var email = "k-" + marker() + "@example.org";
        invite(setup.api(), setup.familyId(), setup.member("Karel"), email);
        var professional = Http.signedIn(port, setup.professional(), PASSWORD);
        var page = professional.get(linkSentTo(email));
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("werkaccount");
    }

    @Test
    void anExistingPersonalAccountIsLinkedAfterSignInAndConfirmation() {
        var setup = family();
        var email = "karel-" + marker() + "@example.org";
        invite(setup.api(), setup.familyId(), setup.member("Karel"), email);
        var link = linkSentTo(email);
        // Karel already has an account, as a grandfather in another family's network
        var username = "test-inv-karel-" + marker();
        var karelId = accounts.create(new NewAccount(username, "Karel U.", PASSWORD, Set.of(Role.NETWORK_MEMBER), Optional.empty()));

        var karel = Http.anonymous(port);
        var signInFirst = karel.get(link + "/sign-in");
        assertThat(signInFirst.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        karel.signIn(username, PASSWORD);
        var back = karel.get("/");
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith(link);

        var page = karel.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Karel U.").contains("Aan mijn account koppelen");
        var unconfirmed = karel.submit(link, link + "/link", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("Bevestig");
        var linked = karel.submit(link, link + "/link", Map.of("confirm", "yes"));
        assertThat(linked.statusCode()).isEqualTo(302);
        // a parent without parental authority has no right of his own to the file: he lands on his start page
        assertThat(linked.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(accounts.find(karelId).orElseThrow().roles()).containsExactlyInAnyOrder(Role.NETWORK_MEMBER, Role.PARENT);
        assertThat(tokenFor(karelId).get("/api/v1/families/" + setup.familyId()).statusCode()).isEqualTo(403);
    }

    @Test
    void theRoleFollowsFromTheInviteeNotFromTheRequest() {
        var g = motherInvitesGrandmotherFromTheMap();
        var familyId = g.setup().familyId();
        var escalate = g.setup().api().postJson("/api/v1/families/" + familyId + "/invitations",
                "{\"invitee\":\"" + g.setup().member("Karel") + "\",\"email\":\"e-" + marker() + "@example.org\",\"role\":\"NETWORK_MEMBER\"}");
        assertThat(escalate.statusCode()).isEqualTo(400);
        assertThat(json(escalate.body()).get("field").asString()).isEqualTo("role");

        // a youth of 13 invites people around her, not her parents
        var sanneEmail = "s-" + marker() + "@example.org";
        invite(g.setup().api(), familyId, g.setup().member("Sanne"), sanneEmail);
        var sanneName = "test-inv-s-" + marker();
        createAccount(Http.anonymous(port), linkSentTo(sanneEmail), sanneName);
        var sanne = tokenFor(accounts.findByUsername(sanneName).orElseThrow().id());
        var parent = invite(sanne, familyId, g.setup().member("Karel"), "p-" + marker() + "@example.org");
        assertThat(parent.statusCode()).isEqualTo(403);
        assertThat(json(parent.body()).get("detail").asString()).contains("netwerk");

        // the father without parental authority may not invite at all; fields the form does not have are ignored
        var karelEmail = "kk-" + marker() + "@example.org";
        invite(g.setup().api(), familyId, g.setup().member("Karel"), karelEmail);
        var karelName = "test-inv-kk-" + marker();
        var karelLink = linkSentTo(karelEmail);
        var karel = Http.anonymous(port);
        karel.submit(karelLink, karelLink + "/account", Map.of("username", karelName, "displayName", "Karel", "password", PASSWORD,
                "passwordAgain", PASSWORD, "role", "ADMINISTRATOR", "teamId", g.setup().familyId().toString()));
        var karelAccount = accounts.findByUsername(karelName).orElseThrow();
        assertThat(karelAccount.roles()).containsExactly(Role.PARENT);
        assertThat(karelAccount.teamId()).isEmpty();
        assertThat(invite(tokenFor(karelAccount.id()), familyId, "contact:" + UUID.randomUUID(), "z@example.org").statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsSent() {
        var setup = family();
        var url = "/api/v1/families/" + setup.familyId() + "/invitations";
        var noEmail = setup.api().postJson(url, "{\"invitee\":\"" + setup.member("Sanne") + "\",\"email\":\"not-an-address\"}");
        assertThat(noEmail.statusCode()).isEqualTo(400);
        assertThat(json(noEmail.body()).get("field").asString()).isEqualTo("email");
        var nobody = setup.api().postJson(url, "{\"invitee\":\"member:" + UUID.randomUUID() + "\",\"email\":\"a@example.org\"}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(json(nobody.body()).get("field").asString()).isEqualTo("invitee");
        assertThat(json(setup.api().get(url).body()).get("invitations")).isEmpty();

        // the page keeps what was typed
        var page = Http.signedIn(port, setup.professional(), PASSWORD);
        var form = "/families/" + setup.familyId() + "/invitations";
        var refused = page.submit(form, form, Map.of("invitee", setup.member("Sanne"), "email", "sanne@", "language", "nl"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"sanne@\"").contains("Dit e-mailadres klopt niet");

        // passwords that differ or are too short come back with the name typed, never the password
        var email = "pw-" + marker() + "@example.org";
        invite(setup.api(), setup.familyId(), setup.member("Sanne"), email);
        var link = linkSentTo(email);
        var visitor = Http.anonymous(port);
        var differ = visitor.submit(link, link + "/account", Map.of("username", "test-inv-pw-" + marker(), "displayName", "Sanne S.",
                "password", PASSWORD, "passwordAgain", PASSWORD + "x"));
        assertThat(differ.statusCode()).isEqualTo(400);
        assertThat(differ.body()).contains("niet gelijk").contains("Sanne S.").doesNotContain(PASSWORD);
        var tooShort = visitor.submit(link, link + "/account", Map.of("username", "test-inv-pw-" + marker(), "displayName", "Sanne S.",
                "password", "short", "passwordAgain", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("12 tekens");
    }

    @Test
    void aClosedFileTakesNoNewInvitationsAndItsOpenLinksStopWorking() {
        var setup = family();
        var email = "c-" + marker() + "@example.org";
        invite(setup.api(), setup.familyId(), setup.member("Sanne"), email);
        var link = linkSentTo(email);
        var closed = setup.api().postJson("/api/v1/families/" + setup.familyId() + "/closure", """
                {"closedOn":"%s","reason":"GOALS_REACHED","careSituations":{"%s":"NO_CARE"}}
                """.formatted(LocalDate.now(), setup.member("Sanne").substring("member:".length())));
        assertThat(closed.statusCode()).as(closed.body()).isIn(200, 201, 204);
        assertThat(invite(setup.api(), setup.familyId(), setup.member("Karel"), "c2@example.org").statusCode()).isEqualTo(409);
        var page = Http.anonymous(port).get(link);
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("afgesloten");
    }
}
