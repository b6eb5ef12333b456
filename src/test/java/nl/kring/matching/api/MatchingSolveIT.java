package nl.kring.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/matching/solve} as an integration sees it: no token, hand-checked answers, named refusals. */
@IntegrationTest
class MatchingSolveIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOLVE = "/api/v1/matching/solve";

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String body) {
        return Http.anonymous(port).postJson(SOLVE, body);
    }

    private HttpResponse<String> post(String body, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + SOLVE))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> pairs(JsonNode answer) {
        var pairs = new ArrayList<String>();
        answer.get("assignments").forEach(a -> pairs.add(a.get("request").asString() + "-" + a.get("volunteer").asString()
                + ":" + a.get("score").asDouble()));
        return pairs;
    }

    @Test
    void theBestSetIsNotTheGreedyOneAndNeedsNoToken() {
        // Greedy gives household-1 to family-a (0.9) and leaves family-b alone; the optimum matches both.
        var response = post("""
                {"requests":[{"id":"family-a"},{"id":"family-b"},{"id":"family-c"}],
                 "volunteers":[{"id":"household-1"},{"id":"household-2"}],
                 "candidates":[{"request":"family-a","volunteer":"household-1","score":0.9},
                               {"request":"family-a","volunteer":"household-2","score":0.5},
                               {"request":"family-b","volunteer":"household-1","score":0.3}]}
                """);
        assertThat(response.statusCode()).isEqualTo(200);
        var answer = json(response);
        assertThat(pairs(answer)).containsExactly("family-a-household-2:0.5", "family-b-household-1:0.3");
        assertThat(answer.get("matchedCount").intValue()).isEqualTo(2);
        assertThat(answer.get("totalScore").doubleValue()).isEqualTo(0.8);
        // family-c has no candidate at all
        assertThat(answer.get("unmatchedRequests").toString()).isEqualTo("[\"family-c\"]");
    }

    @Test
    void aVolunteerWithCapacityTwoTakesTheTwoRequestsThatNeedThemMost() {
        // v1 may take two; r3 can only go to v1, so v1 takes r3 and the better of r1/r2 (r1: 5 vs r2: 4 on v1,
        // while v2 gives r2 3 and r1 1): best total is r1-v1 5 + r3-v1 2 + r2-v2 3 = 10.
        var response = post("""
                {"requests":[{"id":1},{"id":2},{"id":3}],
                 "volunteers":[{"id":10,"capacity":2},{"id":20}],
                 "candidates":[{"request":1,"volunteer":10,"score":5},{"request":2,"volunteer":10,"score":4},
                               {"request":3,"volunteer":10,"score":2},{"request":1,"volunteer":20,"score":1},
                               {"request":2,"volunteer":20,"score":3}]}
                """);
        assertThat(response.statusCode()).isEqualTo(200);
        var answer = json(response);
        assertThat(pairs(answer)).containsExactly("1-10:5.0", "2-20:3.0", "3-10:2.0");
        assertThat(answer.get("matchedCount").intValue()).isEqualTo(3);
        assertThat(answer.get("totalScore").doubleValue()).isEqualTo(10.0);
        // numeric ids come back as numbers
        assertThat(answer.get("assignments").get(0).get("request").isNumber()).isTrue();
        assertThat(answer.get("unmatchedRequests").size()).isZero();
    }

    @Test
    void withTiedScoresEveryRequestIsStillMatchedOnceAndTheTotalIsTheBest() {
        // everyone scores 1; three requests, two volunteers with capacity 1 and one with capacity 0
        var response = post("""
                {"requests":[{"id":"a"},{"id":"b"},{"id":"c"}],
                 "volunteers":[{"id":"x"},{"id":"y"},{"id":"z","capacity":0}],
                 "candidates":[{"request":"a","volunteer":"x","score":1},{"request":"a","volunteer":"y","score":1},
                               {"request":"b","volunteer":"x","score":1},{"request":"b","volunteer":"y","score":1},
                               {"request":"c","volunteer":"z","score":1}]}
                """);
        var answer = json(response);
        assertThat(answer.get("matchedCount").intValue()).isEqualTo(2);
        assertThat(answer.get("totalScore").doubleValue()).isEqualTo(2.0);
        var volunteers = new ArrayList<String>();
        answer.get("assignments").forEach(a -> volunteers.add(a.get("volunteer").asString()));
        assertThat(volunteers).containsExactlyInAnyOrder("x", "y");
        assertThat(answer.get("unmatchedRequests").toString()).isEqualTo("[\"c\"]");
    }

    @Test
    void moreMatchesWinOverAHigherTotalEvenWithANegativeScore() {
        var answer = json(post("""
                {"requests":[{"id":"a"},{"id":"b"}], "volunteers":[{"id":"x"},{"id":"y"}],
                 "candidates":[{"request":"a","volunteer":"x","score":100},{"request":"b","volunteer":"x","score":1},
                               {"request":"a","volunteer":"y","score":-2}]}
                """));
        assertThat(pairs(answer)).containsExactly("a-y:-2.0", "b-x:1.0");
        assertThat(answer.get("totalScore").doubleValue()).isEqualTo(-1.0);
    }

    @Test
    void anEmptyProblemHasAnEmptyAnswer() {
        var answer = json(post("{\"requests\":[],\"volunteers\":[],\"candidates\":[]}"));
        assertThat(answer.get("matchedCount").intValue()).isZero();
        assertThat(answer.get("assignments").size()).isZero();
    }

    private void refused(String body, int status, String field, String code) {
        var response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var problem = json(response);
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @Test
    void brokenBodiesAreRefusedWithTheField() {
        String volunteers = "\"volunteers\":[{\"id\":\"x\"},{\"id\":\"y\",\"capacity\":2}]";
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers
                + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"x\",\"score\":1},{\"request\":\"q\",\"volunteer\":\"x\",\"score\":1}]}",
                400, "candidates[1].request", "UNKNOWN_REQUEST");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers
                + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"w\",\"score\":1}]}",
                400, "candidates[0].volunteer", "UNKNOWN_VOLUNTEER");
        refused("{\"requests\":[{\"id\":\"a\"}],\"volunteers\":[{\"id\":\"x\",\"capacity\":-1}],\"candidates\":[]}",
                400, "volunteers[0].capacity", "NEGATIVE");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers
                + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"x\",\"score\":\"NaN\"}]}",
                400, "candidates[0].score", "NOT_FINITE");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers
                + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"x\",\"score\":1e999}]}",
                400, "candidates[0].score", "NOT_FINITE");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"x\"}]}",
                400, "candidates[0].score", "REQUIRED");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers
                + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"x\",\"score\":\"0.5\"}]}",
                400, "candidates[0].score", "NOT_A_NUMBER");
        refused("{\"requests\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"a\"}]," + volunteers + ",\"candidates\":[]}",
                400, "requests[2].id", "DUPLICATE_ID");
        refused("{\"requests\":[{\"id\":\"a\"}],\"volunteers\":[{\"id\":7},{\"id\":7}],\"candidates\":[]}",
                400, "volunteers[1].id", "DUPLICATE_ID");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers
                + ",\"candidates\":[{\"request\":\"a\",\"volunteer\":\"x\",\"score\":1},{\"request\":\"a\",\"volunteer\":\"y\",\"score\":1},"
                + "{\"request\":\"a\",\"volunteer\":\"x\",\"score\":2}]}",
                400, "candidates[2]", "DUPLICATE_PAIR");
        refused("{\"requests\":[{\"id\":1.5}]," + volunteers + ",\"candidates\":[]}", 400, "requests[0].id", "NOT_AN_ID");
        refused("{\"requests\":[{\"id\":\"a\"}],\"volunteers\":[{\"id\":\"x\",\"capacity\":1.5}],\"candidates\":[]}",
                400, "volunteers[0].capacity", "NOT_A_WHOLE_NUMBER");
        refused("{\"requests\":[{\"id\":\"a\"}]," + volunteers + "}", 400, "candidates", "REQUIRED");
        refused("{\"requests\":{}," + volunteers + ",\"candidates\":[]}", 400, "requests", "NOT_A_LIST");
        refused("{\"requests\":[", 400, "", "NOT_JSON");
        refused("[1,2]", 400, "", "BODY_NOT_AN_OBJECT");
        refused("{\"requests\":[{\"id\":\"a\",\"id\":\"b\"}]," + volunteers + ",\"candidates\":[]}",
                400, "requests[0].id", "REPEATED_FIELD");
    }

    @Test
    void refusalsSpeakTheReadersLanguage() throws Exception {
        String body = "{\"requests\":[{\"id\":\"a\"}],\"volunteers\":[{\"id\":\"x\"}],"
                + "\"candidates\":[{\"request\":\"a\",\"volunteer\":\"v9\",\"score\":1}]}";
        assertThat(json(post(body, "nl")).get("detail").asString())
                .isEqualTo("candidates[0].volunteer: er is geen vrijwilliger met het id \"v9\".");
        assertThat(json(post(body, "en")).get("detail").asString())
                .isEqualTo("candidates[0].volunteer: there is no volunteer with the id \"v9\".");
    }

    @Test
    void aProblemAboveTheConfiguredLimitIsRefusedAtOnceWith413() {
        // the test profile allows 5,000 requests (kring.matching.solve.max-requests)
        String requests = IntStream.range(0, 5001).mapToObj(i -> "{\"id\":" + i + "}").collect(Collectors.joining(","));
        refused("{\"requests\":[" + requests + "],\"volunteers\":[],\"candidates\":[]}", 413, "requests", "TOO_MANY");
        String fine = IntStream.range(0, 5000).mapToObj(i -> "{\"id\":" + i + "}").collect(Collectors.joining(","));
        assertThat(post("{\"requests\":[" + fine + "],\"volunteers\":[],\"candidates\":[]}").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionDocumentsTheEndpoint() {
        var description = Http.anonymous(port).get("/api/v1/openapi.json").body();
        assertThat(description).contains(SOLVE, "unmatchedRequests", "matchedCount");
    }
}
