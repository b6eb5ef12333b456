package nl.kring.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A family and its professional map the network together, through the pages and through the API. */
@IntegrationTest
class NetworkMapIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MAP_URL = Pattern.compile("/families/[0-9a-f-]{36}/maps/([0-9a-f-]{36})");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    UUID deWit() {
        return jdbc.sql("select id from family where name = 'Gezin De Wit (demo)'").query(UUID.class).single();
    }

    UUID noor() {
        return jdbc.sql("select id from family_member where given_name = 'Noor'").query(UUID.class).single();
    }

    JsonNode json(String body) {
        return JSON.readTree(body);
    }

    UUID newMapThroughTheForm(Http session, String title) {
        var created = session.submit("/families/" + deWit() + "/maps", "/families/" + deWit() + "/maps",
                Map.of("title", title, "perspective", "YOUTH", "centre", "YOUTH:" + noor()));
        assertThat(created.statusCode()).isEqualTo(302);
        var matcher = MAP_URL.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    int revision(Http session, UUID map) {
        var page = session.get("/families/" + deWit() + "/maps/" + map).body();
        var matcher = Pattern.compile("data-revision=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    Map<String, String> person(String name, String sector, String circle) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("roleCode", "GRANDPARENT");
        fields.put("sector", sector);
        fields.put("circle", circle);
        fields.put("gender", "FEMALE");
        fields.put("kind", "PERSON");
        fields.put("level", "1");
        fields.put("support[EMOTIONAL]", "GIVES_TO_CENTRE");
        fields.put("support[PRACTICAL]", "MUTUAL");
        fields.put("centreTie", "STRONG");
        fields.put("factor", "PROTECTIVE");
        fields.put("available", "true");
        fields.put("_available", "on");
        fields.put("reachable", "true");
        fields.put("_reachable", "on");
        fields.put("_conflict", "on");
        fields.put("_deceased", "on");
        fields.put("note", "");
        return fields;
    }

    @Test
    void thePagesLoadTheFontTheNamesOnTheMapAreMeasuredIn() {
        var css = Http.anonymous(port).get("/css/kring.css");
        assertThat(css.body()).contains("font-family: \"Kring Map Sans\"", "../vendor/fonts/LiberationSans-Regular.ttf");
        var font = Http.anonymous(port).getBytes("/vendor/fonts/LiberationSans-Regular.ttf");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
        assertThat(font.body()).isEqualTo(nl.kring.platform.pdf.PdfFont.bytes());
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var map = newMapThroughTheForm(youth, "Lettertype (test)");
        assertThat(youth.get("/families/" + deWit() + "/maps/" + map).body()).contains("font-family=\"'Kring Map Sans', 'Liberation Sans'");
    }

    @Test
    void theYouthAndTheProfessionalDrawTheMapTogetherWithPlainForms() {
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var map = newMapThroughTheForm(youth, "Netwerk van Noor (test)");
        var editor = "/families/" + deWit() + "/maps/" + map;

        var fields = person("Oma Truus", "FAMILY", "INNER");
        fields.put("revision", String.valueOf(revision(youth, map)));
        var saved = youth.submit(editor, editor + "/persons", fields);
        assertThat(saved.statusCode()).isEqualTo(302);

        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        var page = professional.get(editor).body();
        assertThat(page).contains("Oma Truus", "kring-person", "Kengetallen");

        var neighbour = person("Buurvrouw Els", "FRIENDS", "MIDDLE");
        neighbour.put("revision", String.valueOf(revision(professional, map)));
        assertThat(professional.submit(editor, editor + "/persons", neighbour).statusCode()).isEqualTo(302);

        var api = Http.withToken(port, "demo-token-parent").get("/api/v1/families/" + deWit() + "/maps/" + map + "/analysis");
        assertThat(api.statusCode()).isEqualTo(200);
        var figures = json(api.body());
        assertThat(figures.get("personCount").asInt()).isEqualTo(2);
        assertThat(figures.get("sectors").get("FAMILY").asInt()).isEqualTo(1);
        assertThat(figures.get("sectors").get("FRIENDS").asInt()).isEqualTo(1);
        assertThat(figures.get("circles").get("INNER").asInt()).isEqualTo(1);
        assertThat(figures.get("isolated").size()).isEqualTo(2);
    }

    @Test
    void aChangeBasedOnAnOldRevisionIsRefusedAndBothVersionsAreShown() {
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var map = newMapThroughTheForm(youth, "Conflict (test)");
        var editor = "/families/" + deWit() + "/maps/" + map;
        int stale = revision(youth, map);

        var first = person("Opa Kees", "FAMILY", "MIDDLE");
        first.put("revision", String.valueOf(stale));
        assertThat(Http.signedIn(port, "demo-parent", "kring-demo").submit(editor, editor + "/persons", first).statusCode()).isEqualTo(302);

        var second = person("Tante Truus", "FAMILY", "OUTER");
        second.put("revision", String.valueOf(stale));
        var refused = youth.submit(editor, editor + "/persons", second);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Iemand anders was je net voor", "Tante Truus", "Opa Kees");
        assertThat(jdbc.sql("select count(*) from network_map_person where name = 'Tante Truus'").query(Long.class).single()).isZero();

        var apiEdit = Http.withToken(port, "demo-token-professional").postJson("/api/v1/families/" + deWit() + "/maps/" + map + "/edits",
                "{\"basedOnRevision\": " + stale + ", \"type\": \"REMOVE_PERSON\", \"personId\": \"nobody\"}");
        assertThat(apiEdit.statusCode()).isEqualTo(409);
        var problem = json(apiEdit.body());
        assertThat(problem.get("basedOnRevision").asInt()).isEqualTo(stale);
        assertThat(problem.get("current").get("persons").get(0).get("name").asString()).isEqualTo("Opa Kees");
    }

    @Test
    void aSecondVersionStartsAsACopyAndTheComparisonShowsWhatChanged() {
        var api = Http.withToken(port, "demo-token-professional");
        var base = "/api/v1/families/" + deWit() + "/maps";
        var created = api.postJson(base, "{\"title\":\"Versies (test)\",\"perspective\":\"PROFESSIONAL\",\"centreKind\":\"YOUTH\",\"centreMemberId\":\"" + noor() + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        var map = json(created.body()).get("id").asString();

        int revision = json(api.get(base + "/" + map).body()).get("revision").asInt();
        var add = api.postJson(base + "/" + map + "/edits", "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":"
                + "{\"id\":\"coach\",\"name\":\"Coach Ali\",\"angle\":-120,\"distance\":80,\"supports\":{\"COMPANIONSHIP\":\"MUTUAL\"}}}");
        assertThat(add.statusCode()).isEqualTo(200);
        revision = json(add.body()).get("revision").asInt();
        api.postJson(base + "/" + map + "/edits", "{\"basedOnRevision\":" + revision + ",\"type\":\"ADD_PERSON\",\"person\":"
                + "{\"id\":\"juf\",\"name\":\"Juf Anna\",\"angle\":-150,\"distance\":50}}");

        var second = api.postJson(base + "/" + map + "/versions", "");
        assertThat(second.statusCode()).isEqualTo(201);
        var copy = json(second.body());
        assertThat(copy.get("number").asInt()).isEqualTo(2);
        assertThat(copy.get("content").get("persons").size()).isEqualTo(2);

        revision = copy.get("revision").asInt();
        var moved = api.postJson(base + "/" + map + "/edits", "{\"basedOnRevision\":" + revision
                + ",\"type\":\"MOVE_PERSON\",\"personId\":\"coach\",\"angle\":-120,\"distance\":20}");
        revision = json(moved.body()).get("revision").asInt();
        api.postJson(base + "/" + map + "/edits", "{\"basedOnRevision\":" + revision + ",\"type\":\"REMOVE_PERSON\",\"personId\":\"juf\"}");

        var comparison = json(api.get(base + "/" + map + "/compare?from=1&to=2").body());
        assertThat(comparison.get("changes").get("removed").get(0).asString()).isEqualTo("juf");
        assertThat(comparison.get("changes").get("closer").get(0).get("personId").asString()).isEqualTo("coach");

        var page = Http.signedIn(port, "demo-professional", "kring-demo")
                .get("/families/" + deWit() + "/maps/" + map + "/compare?from=1&to=2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Juf Anna", "Coach Ali", "Dichterbij gekomen", "Niet meer op de kaart");

        var first = json(api.get(base + "/" + map + "?version=1").body());
        assertThat(first.get("latest").asBoolean()).isFalse();
        assertThat(first.get("content").get("persons").size()).isEqualTo(2);
    }

    @Test
    void removingSomeoneCanBeUndone() {
        var parent = Http.signedIn(port, "demo-parent", "kring-demo");
        var map = newMapThroughTheForm(parent, "Ongedaan maken (test)");
        var editor = "/families/" + deWit() + "/maps/" + map;
        var fields = person("Buurman Piet", "FRIENDS", "OUTER");
        fields.put("revision", String.valueOf(revision(parent, map)));
        parent.submit(editor, editor + "/persons", fields);
        var id = jdbc.sql("""
                select distinct person_id from network_map_person p join network_map_version v on v.id = p.version_id
                 where p.name = 'Buurman Piet' and v.map_id = cast(? as uuid)""").param(map.toString()).query(String.class).single();

        var removed = parent.submit(editor, editor + "/persons/" + id + "/delete", Map.of("revision", String.valueOf(revision(parent, map))));
        assertThat(removed.statusCode()).isEqualTo(302);
        var page = parent.get(removed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains("Buurman Piet is van de kaart gehaald", "Ongedaan maken");
        var undo = Pattern.compile("name=\"undo\" value=\"([^\"]+)\"").matcher(page);
        assertThat(undo.find()).isTrue();
        var payload = undo.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
        var restored = parent.submit(editor, editor + "/restore", Map.of("revision", String.valueOf(revision(parent, map)), "undo", payload));
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(parent.get(editor).body()).contains("Buurman Piet");
    }

    @Test
    void aRefusedPersonFormComesBackWithEverythingThatWasTyped() {
        var youth = Http.signedIn(port, "demo-youth", "kring-demo");
        var map = newMapThroughTheForm(youth, "Fouten (test)");
        var editor = "/families/" + deWit() + "/maps/" + map;
        var fields = person("", "FAMILY", "INNER");
        fields.put("roleText", "lievelingsoom");
        fields.put("age", "twaalf");
        fields.put("note", "komt elke woensdag");
        fields.put("revision", String.valueOf(revision(youth, map)));
        var refused = youth.submit(editor, editor + "/persons", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vul een naam of schuilnaam in", "een leeftijd in van 0 tot 130", "lievelingsoom", "value=\"twaalf\"",
                "komt elke woensdag");
    }

    @Test
    void mapsFollowTheFamilyFilesAccessRulesAndAreAudited() {
        var map = newMapThroughTheForm(Http.signedIn(port, "demo-youth", "kring-demo"), "Toegang (test)");
        var other = Http.withToken(port, "demo-token-professional-other-team");
        assertThat(other.get("/api/v1/families/" + deWit() + "/maps").statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/families/" + deWit() + "/maps/" + map).statusCode()).isEqualTo(404);
        assertThat(Http.withToken(port, "demo-token-network").get("/api/v1/families/" + deWit() + "/maps/" + map).statusCode()).isEqualTo(404);
        assertThat(Http.signedIn(port, "demo-analyst", "kring-demo").get("/families/" + deWit() + "/maps/" + map).statusCode()).isEqualTo(404);

        long reads = jdbc.sql("select count(*) from audit_event where action = 'MAP_READ' and family_id = ?").param(deWit()).query(Long.class).single();
        Http.withToken(port, "demo-token-parent").get("/api/v1/families/" + deWit() + "/maps/" + map);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MAP_READ' and family_id = ?").param(deWit()).query(Long.class).single())
                .isEqualTo(reads + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MAP_READ' and outcome = 'DENIED_NOT_FOUND' and family_id = ?")
                .param(deWit()).query(Long.class).single()).isPositive();
    }

    @Test
    void badEditsGetAClearProblemNamingTheField() {
        var api = Http.withToken(port, "demo-token-professional");
        var base = "/api/v1/families/" + deWit() + "/maps";
        var map = json(api.postJson(base, "{\"title\":\"Fout (test)\",\"perspective\":\"PROFESSIONAL\",\"centreKind\":\"HOUSEHOLD\"}").body())
                .get("id").asString();
        var badAngle = api.postJson(base + "/" + map + "/edits",
                "{\"basedOnRevision\":0,\"type\":\"ADD_PERSON\",\"person\":{\"id\":\"x\",\"name\":\"X\",\"angle\":500,\"distance\":10}}");
        assertThat(badAngle.statusCode()).isEqualTo(400);
        assertThat(json(badAngle.body()).get("field").asString()).isEqualTo("person.angle");
        var noType = api.postJson(base + "/" + map + "/edits", "{\"basedOnRevision\":0}");
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(json(noType.body()).get("field").asString()).isEqualTo("type");
        var notJson = api.postJson(base + "/" + map + "/edits", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        var noTitle = api.postJson(base, "{\"title\":\" \",\"perspective\":\"PROFESSIONAL\",\"centreKind\":\"HOUSEHOLD\"}");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(json(noTitle.body()).get("field").asString()).isEqualTo("title");
    }

    @Test
    void aBadOrHostileImportGivesAClearErrorAndChangesNothing() {
        long maps = jdbc.sql("select count(*) from network_map").query(Long.class).single();
        var api = Http.withToken(port, "demo-token-professional");
        var base = "/api/v1/families/" + deWit() + "/maps/import?format=easynwk";
        var notJson = api.postJson(base, "<xml/>");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        var deep = api.postJson(base, "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.statusCode()).isEqualTo(400);
        var wrongType = api.postJson("/api/v1/families/" + deWit() + "/maps/import?format=kring",
                "{\"format\":\"kring-network-map\",\"formatVersion\":1,\"centre\":{},\"persons\":[{\"id\":\"a\",\"name\":\"A\",\"angle\":\"north\",\"distance\":5}]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType.body()).get("field").asString()).isEqualTo("persons[0].angle");
        assertThat(jdbc.sql("select count(*) from network_map").query(Long.class).single()).isEqualTo(maps);
    }

    @Test
    void mapsOfOneFamilyCanBeShownSideBySide() {
        var ids = jdbc.sql("select id from network_map where family_id = ? and title like '%(demo)' order by created_at")
                .param(deWit()).query(UUID.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        var page = Http.signedIn(port, "demo-parent", "kring-demo")
                .get("/families/" + deWit() + "/maps/side-by-side?maps=" + ids.get(0) + "&maps=" + ids.get(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Netwerk van Noor (demo)", "Netwerk van Noor, gezien door mama (demo)", "Kaarten naast elkaar");
        var same = Http.signedIn(port, "demo-parent", "kring-demo")
                .get("/families/" + deWit() + "/maps/side-by-side?maps=" + ids.get(0) + "&maps=" + ids.get(0));
        assertThat(same.statusCode()).isEqualTo(400);
    }

    @Test
    void forACaseDiscussionTheMapShowsRolesAndNumbersInsteadOfNames() {
        var map = jdbc.sql("select id from network_map where title = 'Netwerk van Noor (demo)'").query(UUID.class).single();
        var professional = Http.signedIn(port, "demo-professional", "kring-demo");
        var print = professional.get("/families/" + deWit() + "/maps/" + map + "/print?pseudonyms=true");
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.body()).contains("Grootouder 1", "Buur 1").doesNotContain("Opa Henk", "Buurvrouw Els", "Juf Anna");
        var editor = professional.get("/families/" + deWit() + "/maps/" + map + "?pseudonyms=true");
        assertThat(editor.body()).contains("Grootouder 1").doesNotContain("Opa Henk", "id=\"person-form\"");
        assertThat(professional.get("/families/" + deWit() + "/maps/" + map).body()).as("the names themselves are unchanged").contains("Opa Henk");
    }

    /** 150 persons and 5,000 distinct ties drawn at random: about 100,000 groups who all know each other. */
    static String denseMap() {
        var persons = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            persons.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i)
                    .append("\",\"name\":\"Persoon ").append(i).append("\",\"angle\":").append(i * 2 - 150).append(",\"distance\":50}");
        }
        var random = new java.util.Random(150);
        var pairs = new java.util.LinkedHashSet<String>();
        while (pairs.size() < 5000) {
            int a = random.nextInt(150);
            int b = random.nextInt(150);
            if (a != b) {
                pairs.add("{\"a\":\"p" + Math.min(a, b) + "\",\"b\":\"p" + Math.max(a, b) + "\"}");
            }
        }
        return "{\"format\":\"kring-network-map\",\"formatVersion\":1,\"centre\":{\"name\":\"Noor\"},\"persons\":["
                + persons + "],\"ties\":[" + String.join(",", pairs) + "]}";
    }

    @Test
    void aDenseMapGetsAllItsFiguresAndSaysThatOnlyTheLargestGroupsAreListed() {
        var api = Http.withToken(port, "demo-token-professional");
        var imported = api.postJson("/api/v1/families/" + deWit() + "/maps/import?format=kring&title=Dicht%20netwerk%20(test)", denseMap());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        var map = json(imported.body()).get("id").asString();

        var analysis = api.get("/api/v1/families/" + deWit() + "/maps/" + map + "/analysis");
        assertThat(analysis.statusCode()).isEqualTo(200);
        var figures = json(analysis.body());
        assertThat(figures.get("personCount").asInt()).isEqualTo(150);
        assertThat(figures.get("tieCount").asInt()).isEqualTo(5000);
        assertThat(figures.get("betweenness").size()).isEqualTo(150);
        assertThat(figures.get("cliques").size()).isEqualTo(50);
        assertThat(figures.get("cliquesCut").asBoolean()).isTrue();
        assertThat(figures.get("cliquesExamined").asInt()).isGreaterThan(50);

        var page = Http.signedIn(port, "demo-professional", "kring-demo").get("/families/" + deWit() + "/maps/" + map);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kengetallen", "Groepen ingekort", "De 50 grootste van de", "Tussenpersonen");
    }
}
