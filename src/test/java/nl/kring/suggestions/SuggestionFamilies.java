package nl.kring.suggestions;

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
import nl.kring.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Families for "who can help?", made through Kring itself: the file and its members by the professional's API call,
 * accounts through the invitation links, the map through its edits, and a buddy programme by its coordinator.
 * Used by the HTTP test and the browser test alike.
 */
public final class SuggestionFamilies {

    public static final String PASSWORD = "a-long-test-password";
    public static final String EMOTIONAL = "ONLY_PROFESSIONALS:EMOTIONAL";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("http://[^\\s\"<]+/invitations/([A-Za-z0-9_-]+)");

    private final int port;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final JdbcClient jdbc;

    public SuggestionFamilies(int port, Accounts accounts, AccessTokens tokens, JdbcClient jdbc) {
        this.port = port;
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** A family of a youth of 14 and her mother, both signed up, with their professional and their map. */
    public record Family(UUID id, Http professional, Http mother, Http youth, String mapId, String professionalUser, String motherUser) {
        public String api() {
            return "/api/v1/families/" + id + "/suggestions";
        }

        public String page() {
            return "/families/" + id + "/suggestions";
        }

        public String person(String id) {
            return mapId + "/" + id;
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

    public String account(Role role, Optional<UUID> team) {
        var username = "test-sugg-" + role.name().toLowerCase() + "-" + marker();
        accounts.create(new NewAccount(username, "Test " + username, PASSWORD, Set.of(role), team));
        return username;
    }

    String signUpAs(Http inviter, UUID familyId, String memberId) {
        var email = "sugg-" + marker() + "@example.org";
        var sent = inviter.postJson("/api/v1/families/" + familyId + "/invitations",
                "{\"invitee\":\"member:" + memberId + "\",\"email\":\"" + email + "\",\"language\":\"nl\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        var link = "/invitations/" + matcher.group(1);
        var username = "test-sugg-" + marker();
        var created = Http.anonymous(port).submit(link, link + "/account",
                Map.of("username", username, "displayName", "Testpersoon " + username, "password", PASSWORD, "passwordAgain", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return username;
    }

    /**
     * Emotional support only from the coach; oma Truus close by and not yet asked, peettante Ria a godparent,
     * buurman Joop carrying four kinds of support, oom Kees.
     */
    public Family family() {
        var team = accounts.createTeam("Wijkteam Suggesties " + marker() + " (test)");
        var professionalUser = account(Role.PROFESSIONAL, Optional.of(team.id()));
        var professional = tokenFor(professionalUser);
        var birth = LocalDate.now().minusYears(14).minusDays(20);
        var created = professional.postJson("/api/v1/families", """
                {"name":"Gezin Suggestie","members":[
                 {"givenName":"Noor","familyName":"Suggestie","relation":"YOUTH","birthDate":"%s","careSituation":"OUTPATIENT"},
                 {"givenName":"Ilse","familyName":"Suggestie","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"}]}
                """.formatted(birth, birth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var familyId = UUID.fromString(json(created).get("id").asString());
        String ilse = null;
        String noor = null;
        for (var m : json(professional.get("/api/v1/families/" + familyId)).get("members")) {
            if (m.get("givenName").asString().equals("Ilse")) {
                ilse = m.get("id").asString();
            } else {
                noor = m.get("id").asString();
            }
        }
        var motherUser = signUpAs(professional, familyId, ilse);
        var mother = tokenFor(motherUser);
        var youth = tokenFor(signUpAs(professional, familyId, noor));
        var maps = "/api/v1/families/" + familyId + "/maps";
        var map = json(mother.postJson(maps, "{\"title\":\"Ons netwerk (test)\",\"perspective\":\"PARENT\",\"centreKind\":\"HOUSEHOLD\"}"));
        var mapId = map.get("id").asString();
        for (var person : new String[] {
                "{\"id\":\"oma\",\"name\":\"Oma Truus\",\"role\":\"GRANDPARENT\",\"level\":1,\"angle\":30,\"distance\":20,"
                        + "\"supports\":{\"PRACTICAL\":\"GIVES_TO_CENTRE\"}}",
                "{\"id\":\"ria\",\"name\":\"Peettante Ria\",\"role\":\"GODPARENT\",\"angle\":60,\"distance\":45}",
                "{\"id\":\"joop\",\"name\":\"Buurman Joop\",\"level\":1,\"angle\":120,\"distance\":40,\"supports\":{\"PRACTICAL\":\"GIVES_TO_CENTRE\","
                        + "\"COMPANIONSHIP\":\"GIVES_TO_CENTRE\",\"INFORMATIONAL\":\"GIVES_TO_CENTRE\",\"NORMATIVE\":\"GIVES_TO_CENTRE\"}}",
                "{\"id\":\"kees\",\"name\":\"Oom Kees\",\"role\":\"AUNT_UNCLE\",\"level\":1,\"angle\":10,\"distance\":30}",
                "{\"id\":\"coach\",\"name\":\"Coach Lisa\",\"level\":4,\"angle\":-90,\"distance\":30,\"supports\":{\"EMOTIONAL\":\"GIVES_TO_CENTRE\"}}"}) {
            int revision = json(mother.get(maps + "/" + mapId)).get("revision").asInt();
            var added = mother.postJson(maps + "/" + mapId + "/edits",
                    "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":" + person + "}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        }
        return new Family(familyId, professional, mother, youth, mapId, professionalUser, motherUser);
    }

    /** A buddy programme for ages 6–24, made by its coordinator from the template. */
    public String buddyProgramme() {
        var admin = tokenFor(account(Role.ADMINISTRATOR, Optional.empty()));
        var organisation = admin.postJson("/api/v1/admin/organisations", "{\"name\":\"Maatjesclub " + marker() + " (test)\"}");
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(201);
        var organisationId = json(organisation).get("id").asString();
        var coordinatorUser = account(Role.COORDINATOR, Optional.empty());
        var coordinatorId = accounts.findByUsername(coordinatorUser).orElseThrow().id();
        var named = admin.postJson("/api/v1/admin/organisations/" + organisationId + "/coordinators", "{\"account\":\"" + coordinatorId + "\"}");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(204);
        var programme = tokenFor(coordinatorUser).postJson("/api/v1/programmes",
                "{\"organisation\":\"" + organisationId + "\",\"template\":\"JONG_PERSPECTIEF\"}");
        assertThat(programme.statusCode()).as(programme.body()).isEqualTo(201);
        return json(programme).get("id").asString();
    }

}
