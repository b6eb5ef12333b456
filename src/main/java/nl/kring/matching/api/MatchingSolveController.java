package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.kring.matching.api.SolveRefused.Code;
import nl.kring.matching.domain.MatchingSolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The batch matching without storing anything, for integrations and independent checks: public like
 * {@code POST /api/v1/network-analysis} (it holds no personal data and reads none), bounded by
 * {@link MatchingSolveProperties} so that no body can keep it busy for long. Reading lives in
 * {@link SolveBody}, solving in the domain's {@link MatchingSolver}; this class only connects them to HTTP.
 */
@RestController
@Tag(name = "Matching", description = "Volunteer programmes: optimal batch matching of requests and volunteers")
class MatchingSolveController {

    private static final String EXAMPLE = """
            {"requests":[{"id":"family-a"},{"id":"family-b"}],
             "volunteers":[{"id":"household-1","capacity":2},{"id":"household-2"}],
             "candidates":[{"request":"family-a","volunteer":"household-1","score":0.9},
                           {"request":"family-b","volunteer":"household-1","score":0.4},
                           {"request":"family-b","volunteer":"household-2","score":0.7}]}""";

    private final MatchingSolver solver;
    private final MatchingSolveProperties limits;

    MatchingSolveController(MatchingSolver solver, MatchingSolveProperties limits) {
        this.solver = solver;
        this.limits = limits;
    }

    @PostMapping(path = "/api/v1/matching/solve", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The best set of matches for all requests at once (public, no token, nothing stored). "
            + "Objective, in this order: as many requests matched as possible; among those, the highest total score. "
            + "Optimal (a min-cost-flow), not greedy. Only candidate pairs are matched; capacity (how many requests a "
            + "volunteer may take) defaults to 1. Ids are strings or whole numbers and come back as sent. 400 names the "
            + "broken field (unknown or repeated ids, a repeated pair, a negative capacity, a score that is not a finite "
            + "number); 413 when the body or a list is above the configured limits (kring.matching.solve.*)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SolveInput.class),
                    examples = @ExampleObject(value = EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The optimal matching"),
                @ApiResponse(responseCode = "400", description = "A broken body; 'field' names where",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "413", description = "Too large to solve here",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))})
    SolveAnswer solve(InputStream body) {
        var parsed = SolveBody.read(readLimited(body), limits);
        var problem = parsed.problem();
        return SolveAnswer.of(parsed, problem, solver.solve(problem));
    }

    private byte[] readLimited(InputStream in) {
        int max = (int) limits.maxBody().toBytes();
        try {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new SolveRefused(Code.BODY_TOO_LARGE, "", max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's shape, for the API description only: the body itself is read by {@link SolveBody}. */
    record SolveInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) java.util.List<RequestInput> requests,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) java.util.List<VolunteerInput> volunteers,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) java.util.List<CandidateInput> candidates) {}

    record RequestInput(@Schema(description = "A string or a whole number, unique among the requests",
            requiredMode = Schema.RequiredMode.REQUIRED) Object id) {}

    record VolunteerInput(
            @Schema(description = "A string or a whole number, unique among the volunteers",
                    requiredMode = Schema.RequiredMode.REQUIRED) Object id,
            @Schema(description = "How many requests this volunteer may take, from 0; default 1", minimum = "0")
            Integer capacity) {}

    record CandidateInput(
            @Schema(description = "A request's id", requiredMode = Schema.RequiredMode.REQUIRED) Object request,
            @Schema(description = "A volunteer's id", requiredMode = Schema.RequiredMode.REQUIRED) Object volunteer,
            @Schema(description = "How well they fit; any finite number, higher is better",
                    requiredMode = Schema.RequiredMode.REQUIRED) double score) {}
}
