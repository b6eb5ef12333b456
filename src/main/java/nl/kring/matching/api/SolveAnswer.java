package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import nl.kring.matching.domain.Matching;
import nl.kring.matching.domain.MatchingProblem;

/** The answer of {@code POST /api/v1/matching/solve}. Ids are given back as they came (string or number). */
record SolveAnswer(
        @Schema(description = "The matched pairs, in the order of the requests") List<Assignment> assignments,
        @Schema(description = "How many requests are matched: the largest number possible") int matchedCount,
        @Schema(description = "The sum of the matched pairs' scores: the highest possible with matchedCount pairs")
        double totalScore,
        @Schema(description = "The ids of the requests without a volunteer, in the order of the requests")
        List<Object> unmatchedRequests) {

    record Assignment(
            @Schema(description = "The request's id") Object request,
            @Schema(description = "The volunteer's id") Object volunteer,
            @Schema(description = "The pair's score as given") double score) {}

    static SolveAnswer of(SolveBody body, MatchingProblem problem, Matching matching) {
        var assignments = new ArrayList<Assignment>(matching.matchedCount());
        var unmatched = new ArrayList<Object>(problem.requestCount() - matching.matchedCount());
        for (int r = 0; r < problem.requestCount(); r++) {
            int candidate = matching.candidateOf(r);
            if (candidate == Matching.NONE) {
                unmatched.add(body.requestIds.get(r));
            } else {
                assignments.add(new Assignment(body.candidateRequest(candidate), body.candidateVolunteer(candidate),
                        problem.score(candidate)));
            }
        }
        return new SolveAnswer(assignments, matching.matchedCount(), matching.totalScore(), unmatched);
    }
}
