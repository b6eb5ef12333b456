package nl.kring.matching.domain;

import java.util.Arrays;

/**
 * A solution of a {@link MatchingProblem}: per request the chosen candidate pair, or none. Built only
 * through {@link #of}, which refuses anything that is not a matching (a request twice, a volunteer above
 * capacity), so a faulty solver cannot hand out an impossible proposal.
 */
public final class Matching {

    /** Marks a request without a volunteer in {@link #candidateOf(int)}. */
    public static final int NONE = -1;

    private final int[] candidateOfRequest;
    private final int matchedCount;
    private final double totalScore;

    private Matching(int[] candidateOfRequest, int matchedCount, double totalScore) {
        this.candidateOfRequest = candidateOfRequest;
        this.matchedCount = matchedCount;
        this.totalScore = totalScore;
    }

    /** The empty matching: no request matched. */
    public static Matching none(MatchingProblem problem) {
        int[] none = new int[problem.requestCount()];
        Arrays.fill(none, NONE);
        return new Matching(none, 0, 0);
    }

    /**
     * The matching made of these chosen candidates (positions in the problem's candidate list, any order).
     *
     * @throws IllegalArgumentException if a request would be matched twice or a volunteer above capacity
     */
    public static Matching of(MatchingProblem problem, int[] chosenCandidates) {
        int[] candidateOfRequest = new int[problem.requestCount()];
        Arrays.fill(candidateOfRequest, NONE);
        int[] load = new int[problem.volunteerCount()];
        for (int candidate : chosenCandidates) {
            int request = problem.request(candidate);
            int volunteer = problem.volunteer(candidate);
            if (candidateOfRequest[request] != NONE) {
                throw new IllegalArgumentException("request " + request + " matched twice");
            }
            if (++load[volunteer] > problem.capacity(volunteer)) {
                throw new IllegalArgumentException("volunteer " + volunteer + " above capacity");
            }
            candidateOfRequest[request] = candidate;
        }
        // Neumaier's compensated sum, in request order, so the total does not depend on the solver's order
        double sum = 0;
        double compensation = 0;
        int matched = 0;
        for (int candidate : candidateOfRequest) {
            if (candidate == NONE) {
                continue;
            }
            matched++;
            double score = problem.score(candidate);
            double t = sum + score;
            compensation += Math.abs(sum) >= Math.abs(score) ? (sum - t) + score : (score - t) + sum;
            sum = t;
        }
        return new Matching(candidateOfRequest, matched, sum + compensation);
    }

    /** The chosen candidate for this request, or {@link #NONE}. */
    public int candidateOf(int request) {
        return candidateOfRequest[request];
    }

    public int matchedCount() {
        return matchedCount;
    }

    /** The sum of the chosen pairs' scores. */
    public double totalScore() {
        return totalScore;
    }
}
