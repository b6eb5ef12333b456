package nl.kring.network.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint as a client sees it. It is meant to be open without login (the application permits
 * {@code /api/**} without authentication and CSRF); this test sends no credentials.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "kring.network.signals.overload-support-types=2")
@ActiveProfiles("test")
class NetworkAnalysisApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Two triangles that only meet in the neighbour; the aunt gives two kinds of support. */
    private static final String NEIGHBOURHOOD = """
            {"format":"kring-network-map","formatVersion":1,"number":4,
             "centre":{"name":"Noor","birthDate":"2012-06-01"},
             "persons":[
               {"id":"Aunt-1","name":"Tante Fatima","angle":40,"distance":30,"level":1,
                "supports":{"EMOTIONAL":"MUTUAL","PRACTICAL":"GIVES_TO_CENTRE"}},
               {"id":"uncle","name":"Oom Karim","angle":60,"distance":45,"level":1},
               {"id":"neighbour","name":"Buurvrouw Ans","angle":120,"distance":25,"level":1},
               {"id":"coach","name":"Voetbaltrainer","angle":-120,"distance":60,"level":1},
               {"id":"friend","name":"Vriendin Sanne","angle":150,"distance":35,"level":1},
               {"id":"cat","name":"Poes","kind":"PET","angle":10,"distance":10}
             ],
             "ties":[{"a":"Aunt-1","b":"uncle"},{"a":"Aunt-1","b":"neighbour"},{"a":"uncle","b":"neighbour"},
                     {"a":"neighbour","b":"coach"},{"a":"neighbour","b":"friend"},{"a":"coach","b":"friend"}]}
            """;

    private HttpResponse<String> post(String query, String body, String language) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/network-analysis" + query))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void aKringMapGetsItsFiguresWithoutLogin() throws Exception {
        var response = post("", NEIGHBOURHOOD, "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        var body = json(response);
        assertThat(body.get("version").intValue()).isEqualTo(4);
        assertThat(body.get("previousVersion").isNull()).isTrue();
        assertThat(body.get("personCount").intValue()).isEqualTo(5);
        assertThat(body.get("tieCount").intValue()).isEqualTo(6);
        assertThat(body.get("density").doubleValue()).isEqualTo(0.6);
        assertThat(body.get("degree").propertyNames()).containsExactly("Aunt-1", "coach", "friend", "neighbour", "uncle");
        assertThat(body.get("degree").get("neighbour").intValue()).isEqualTo(4);
        assertThat(body.get("isolated").size()).isZero();
        assertThat(JSON.convertValue(body.get("cliques"), List.class))
                .isEqualTo(List.of(List.of("Aunt-1", "neighbour", "uncle"), List.of("coach", "friend", "neighbour")));
        assertThat(body.get("cliquesCut").booleanValue()).isFalse();
        assertThat(body.get("cliquesExamined").intValue()).isEqualTo(2);
        assertThat(body.get("cliqueSearchComplete").booleanValue()).isTrue();
        assertThat(body.get("articulationPoints").get(0).stringValue()).isEqualTo("neighbour");
        assertThat(body.get("components").intValue()).isEqualTo(1);
        assertThat(body.get("betweenness").get("neighbour").doubleValue()).isCloseTo(4.0 / 6.0,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(body.get("sectors").propertyNames()).containsExactly("FAMILY", "FRIENDS", "SCHOOL_WORK", "PROFESSIONALS");
        assertThat(body.get("sectors").get("FRIENDS").intValue()).isEqualTo(2);
        assertThat(body.get("sectors").get("PROFESSIONALS").intValue()).isZero();
        assertThat(body.get("circles").propertyNames()).containsExactly("INNER", "MIDDLE", "OUTER");
        assertThat(body.get("supportByType").propertyNames()).hasSize(6);
        assertThat(body.get("supportByType").get("PRACTICAL").get("informal").get(0).stringValue()).isEqualTo("Aunt-1");
    }

    @Test
    void signalsAreExplainedInTheLanguageOfTheRequest() throws Exception {
        var dutch = json(post("", NEIGHBOURHOOD, "nl-NL"));
        var connector = signal(dutch, "SINGLE_CONNECTOR");
        assertThat(connector.get("personIds").get(0).stringValue()).isEqualTo("neighbour");
        assertThat(connector.get("title").stringValue()).isEqualTo("Eén persoon houdt het netwerk bij elkaar");
        assertThat(connector.get("explanation").stringValue()).startsWith("Zonder deze persoon");
        assertThat(connector.get("figures").get("degree").intValue()).isEqualTo(4);

        var english = json(post("", NEIGHBOURHOOD, "en"));
        assertThat(signal(english, "SINGLE_CONNECTOR").get("title").stringValue())
                .isEqualTo("One person holds the network together");
    }

    @Test
    void thresholdsComeFromConfiguration() throws Exception {
        // overload-support-types=2 in this test's properties: the aunt's two support types are enough
        var overload = signal(json(post("", NEIGHBOURHOOD, "en")), "SUPPORTER_OVERLOAD");
        assertThat(overload.get("personIds").get(0).stringValue()).isEqualTo("Aunt-1");
        assertThat(overload.get("figures").get("supportTypesThreshold").intValue()).isEqualTo(2);
    }

    @Test
    void anEasyNwkRecordIsAnalysedInItsNewestVersion() throws Exception {
        var record = """
                {"versions":[
                  {"id":1,"title":"Start","date":"2025-01-10","nwk":{"ego":{"name":"Kim","age":"14"},
                    "alteri":[{"id":1,"name":"Mama","angle":30,"distance":10,"supportEmotional":2},
                              {"id":2,"name":"Opa","angle":60,"distance":40,"supportInstrumental":2}],
                    "connections":[{"id1":1,"id2":2}]}},
                  {"id":2,"title":"Later","date":"2025-05-01","nwk":{"ego":{"name":"Kim","age":"14"},
                    "alteri":[{"id":1,"name":"Mama","angle":30,"distance":10,"supportEmotional":"2"},
                              {"id":2,"name":"Opa","angle":60,"distance":40,"deceased":true},
                              {"id":5,"name":"Juf","angle":-100,"distance":50}],
                    "connections":[{"id1":1,"id2":5}]}}],
                 "currentVersion":1,"size":"5"}
                """;
        var response = post("?format=easynwk", record, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response);
        assertThat(body.get("version").intValue()).isEqualTo(2);
        assertThat(body.get("previousVersion").intValue()).isEqualTo(1);
        assertThat(body.get("personCount").intValue()).isEqualTo(2);
        assertThat(body.get("degree").propertyNames()).containsExactly("1", "5");
        var shrinking = signal(body, "SHRINKING_NETWORK");
        assertThat(shrinking.get("personIds").get(0).stringValue()).isEqualTo("2");
        assertThat(shrinking.get("title").stringValue()).isEqualTo("The network is getting smaller");
    }

    @Test
    void aBadMapIsAProblemThatNamesTheField() throws Exception {
        var bad = NEIGHBOURHOOD.replace("\"angle\":60", "\"angle\":\"sixty\"");
        var response = post("", bad, "nl");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json(response);
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("field").stringValue()).isEqualTo("persons[1].angle");
        assertThat(problem.get("code").stringValue()).isEqualTo("WRONG_TYPE");
        assertThat(problem.get("title").stringValue()).isEqualTo("De netwerkkaart kan niet worden gelezen");
        assertThat(problem.get("detail").stringValue()).isEqualTo("persons[1].angle moet een getal zijn.");
    }

    @Test
    void theProblemIsTranslatedToo() throws Exception {
        var bad = NEIGHBOURHOOD.replace("{\"a\":\"coach\",\"b\":\"friend\"}", "{\"a\":\"coach\",\"b\":\"nobody\"}");
        var problem = json(post("", bad, "en"));
        assertThat(problem.get("field").stringValue()).isEqualTo("ties[5].b");
        assertThat(problem.get("detail").stringValue())
                .isEqualTo("ties[5].b refers to \"nobody\", but that person is not on the map.");
    }

    @Test
    void somethingThatIsNotJsonIsAProblemAboutTheWholeDocument() throws Exception {
        var response = post("", "<netwerk/>", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").stringValue()).isEqualTo("$");
        assertThat(json(response).get("code").stringValue()).isEqualTo("NOT_JSON");
    }

    @Test
    void anUnknownFormatIsAProblemAboutTheFormatParameter() throws Exception {
        var response = post("?format=graphml", NEIGHBOURHOOD, "en");
        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json(response);
        assertThat(problem.get("field").stringValue()).isEqualTo("format");
        assertThat(problem.get("detail").stringValue()).contains("graphml").contains("kring, easynwk");
    }

    @Test
    void aMapTooLargeToAnalyseIsAProblemAboutThePersons() throws Exception {
        var persons = new StringBuilder();
        var ties = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            persons.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i)
                    .append("\",\"name\":\"x\",\"angle\":10,\"distance\":50}");
            if (i > 0) {
                ties.append(i == 1 ? "" : ",").append("{\"a\":\"p").append(i - 1).append("\",\"b\":\"p").append(i).append("\"}");
            }
        }
        var chain = "{\"format\":\"kring-network-map\",\"formatVersion\":1,\"centre\":{},\"persons\":[" + persons
                + "],\"ties\":[" + ties + "]}";
        var response = post("", chain, "en");
        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json(response);
        assertThat(problem.get("field").stringValue()).isEqualTo("persons");
        assertThat(problem.get("code").stringValue()).isEqualTo("TOO_COMPLEX");
        assertThat(problem.get("detail").stringValue()).isEqualTo("The map is too large or too tangled to analyse (3,000 persons, 2,999 ties).");
    }

    private static JsonNode signal(JsonNode body, String code) {
        for (JsonNode signal : body.get("signals")) {
            if (signal.get("code").stringValue().equals(code)) {
                return signal;
            }
        }
        throw new AssertionError("no signal " + code + " in " + body.get("signals"));
    }
}
