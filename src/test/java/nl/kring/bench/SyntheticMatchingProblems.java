package nl.kring.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Random;
import nl.kring.matching.domain.MatchingProblem;

/**
 * Seeded batch matching problems of the size {@code POST /api/v1/matching/solve} is measured at: each
 * volunteer has capacity 1 or 2 (even odds), each request about {@code perRequest} distinct candidate
 * volunteers drawn uniformly (between 0.75 and 1.25 times it), scores uniform in [0, 1). The same seed
 * gives the same problem on every machine.
 */
public final class SyntheticMatchingProblems {

    public static final long SEED = 20261204L;

    private SyntheticMatchingProblems() {
    }

    /** The problem as positions, for the solver. */
    public static MatchingProblem problem(int requests, int volunteers, int perRequest) {
        var random = new Random(SEED);
        int[] capacities = new int[volunteers];
        for (int v = 0; v < volunteers; v++) {
            capacities[v] = 1 + random.nextInt(2);
        }
        int maxPerRequest = Math.min(volunteers, perRequest + perRequest / 4);
        int[] candidateRequests = new int[requests * maxPerRequest];
        int[] candidateVolunteers = new int[candidateRequests.length];
        double[] scores = new double[candidateRequests.length];
        int[] seenFor = new int[volunteers];
        int count = 0;
        for (int r = 0; r < requests; r++) {
            int wanted = Math.min(volunteers, perRequest - perRequest / 4 + random.nextInt(perRequest / 2 + 1));
            for (int taken = 0; taken < wanted; ) {
                int v = random.nextInt(volunteers);
                if (seenFor[v] == r + 1) {
                    continue;
                }
                seenFor[v] = r + 1;
                candidateRequests[count] = r;
                candidateVolunteers[count] = v;
                scores[count] = random.nextDouble();
                count++;
                taken++;
            }
        }
        return MatchingProblem.of(requests, capacities, Arrays.copyOf(candidateRequests, count),
                Arrays.copyOf(candidateVolunteers, count), Arrays.copyOf(scores, count));
    }

    /** The same problem with every score rounded to a quarter (0, 0.25, … 1): full of ties. */
    public static MatchingProblem withQuarterScores(MatchingProblem problem) {
        int n = problem.candidateCount();
        int[] requests = new int[n];
        int[] volunteers = new int[n];
        double[] scores = new double[n];
        for (int c = 0; c < n; c++) {
            requests[c] = problem.request(c);
            volunteers[c] = problem.volunteer(c);
            scores[c] = Math.round(problem.score(c) * 4) / 4.0;
        }
        int[] capacities = new int[problem.volunteerCount()];
        for (int v = 0; v < capacities.length; v++) {
            capacities[v] = problem.capacity(v);
        }
        return MatchingProblem.of(problem.requestCount(), capacities, requests, volunteers, scores);
    }

    /** The same problem as the endpoint's JSON body, with ids "r0…" and "v0…". */
    public static void writeJson(MatchingProblem problem, Writer out) throws IOException {
        out.write("{\"requests\":[");
        for (int r = 0; r < problem.requestCount(); r++) {
            out.write((r == 0 ? "" : ",") + "{\"id\":\"r" + r + "\"}");
        }
        out.write("],\n\"volunteers\":[");
        for (int v = 0; v < problem.volunteerCount(); v++) {
            out.write((v == 0 ? "" : ",") + "{\"id\":\"v" + v + "\",\"capacity\":" + problem.capacity(v) + "}");
        }
        out.write("],\n\"candidates\":[");
        for (int c = 0; c < problem.candidateCount(); c++) {
            out.write((c == 0 ? "" : ",\n") + "{\"request\":\"r" + problem.request(c) + "\",\"volunteer\":\"v"
                    + problem.volunteer(c) + "\",\"score\":" + problem.score(c) + "}");
        }
        out.write("]}\n");
    }
}
