package nl.kring.support;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Families made through Kring itself for integration tests: a professional's team opens the file (a youth of 14, a
 * mother with parental authority, a father without), the mother and the youth sign up through their invitation links,
 * and the mother draws a map with oma, buurman Joop and juf Anna.
 */
public final class TestFamilies {

    public static final String PASSWORD = "a-long-test-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("http://[^\\s\"<]+/invitations/([A-Za-z0-9_-]+)");

    private final int port;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final JdbcClient jdbc;
    private final String prefix;

    public TestFamilies(int port, Accounts accounts, AccessTokens tokens, JdbcClient jdbc, String prefix) {
        this.port = port;
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    public record Family(UUID id, UUID teamId, Http professional, String professionalUser, Http mother, String motherUser, Http youth,
            String youthUser, String mapId, JsonNode file) {

        public String member(String givenName) {
            for (var m : file.get("members")) {
                if (m.get("givenName").asString().equals(givenName)) {
                    return m.get("id").asString();
                }
            }
            throw new AssertionError(givenName);
        }

        public String api() {
            return "/api/v1/families/" + id;
        }
    }

    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public Http tokenFor(String username) {
        var id = accounts.findByUsername(username).orElseThrow().id();
        return Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
    }

    /** A professional of a team of their own (outside any test family's team), with a password to sign in. */
    public String professionalElsewhere(String displayName) {
        var team = accounts.createTeam("Team " + prefix + " " + marker() + " (test)");
        var username = "test-" + prefix + "-pro-" + marker();
        accounts.create(new NewAccount(username, displayName, PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        return username;
    }

    /** Invites someone (a member as {@code member:<id>}, a map person as {@code map:<mapId>:<personId>}) and takes up the link. */
    public String signUpAs(Http inviter, UUID familyId, String invitee) {
        var email = prefix + "-" + marker() + "@example.org";
        var sent = inviter.postJson("/api/v1/families/" + familyId + "/invitations",
                "{\"invitee\":\"" + invitee + "\",\"email\":\"" + email + "\",\"language\":\"nl\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        var link = "/invitations/" + matcher.group(1);
        var username = "test-" + prefix + "-" + marker();
        var created = Http.anonymous(port).submit(link, link + "/account",
                Map.of("username", username, "displayName", "Testpersoon " + username, "password", PASSWORD, "passwordAgain", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return username;
    }

    public Family family() {
        var team = accounts.createTeam("Wijkteam " + prefix + " " + marker() + " (test)");
        var username = "test-" + prefix + "-coach-" + marker();
        var id = accounts.create(new NewAccount(username, "Gezinscoach " + prefix, PASSWORD, Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var professional = Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
        var birth = LocalDate.now().minusYears(14).minusDays(20);
        var created = professional.postJson("/api/v1/families", """
                {"name":"Gezin Beraad","members":[
                 {"givenName":"Sanne","familyName":"Beraad","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Mirjam","familyName":"Beraad","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"},
                 {"givenName":"Karel","familyName":"Beraad","relation":"PARENT","carerKind":"FATHER","parentalAuthority":false}]}
                """.formatted(birth, birth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var familyId = UUID.fromString(json(created).get("id").asString());
        var file = json(professional.get("/api/v1/families/" + familyId));
        var draft = new Family(familyId, team.id(), professional, username, null, null, null, null, null, file);
        var motherUser = signUpAs(professional, familyId, "member:" + draft.member("Mirjam"));
        var youthUser = signUpAs(professional, familyId, "member:" + draft.member("Sanne"));
        var mother = tokenFor(motherUser);
        var maps = "/api/v1/families/" + familyId + "/maps";
        var map = json(mother.postJson(maps, "{\"title\":\"Ons netwerk (test)\",\"perspective\":\"YOUTH\",\"centreKind\":\"HOUSEHOLD\"}"));
        var mapId = map.get("id").asString();
        for (var person : new String[] {
                "{\"id\":\"oma\",\"name\":\"Oma Truus\",\"role\":\"GRANDPARENT\",\"angle\":30,\"distance\":20}",
                "{\"id\":\"joop\",\"name\":\"Buurman Joop\",\"angle\":120,\"distance\":50}",
                "{\"id\":\"anna\",\"name\":\"Juf Anna\",\"role\":\"TEACHER\",\"angle\":-120,\"distance\":60}"}) {
            int revision = json(mother.get(maps + "/" + mapId)).get("revision").asInt();
            var added = mother.postJson(maps + "/" + mapId + "/edits",
                    "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":" + person + "}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        }
        return new Family(familyId, team.id(), professional, username, mother, motherUser, tokenFor(youthUser), youthUser, mapId, file);
    }
}
