package nl.kring.matching.domain;

/**
 * A batch matching problem by position: requests {@code 0..requestCount-1}, volunteers
 * {@code 0..volunteerCount-1} each with a capacity (how many requests they may take), and the
 * candidate pairs that may be matched, each with a score. Only candidate pairs can be matched.
 *
 * <p>The objective, in this order: as many requests matched as possible; among those, the highest total
 * score. Scores may be negative (a pair that is allowed but poor still counts for the first goal).
 *
 * <p>Built only through {@link #of}, which refuses a broken problem with {@link InvalidMatchingProblem}
 * naming the part that is wrong. The arrays are copied in and never handed out.
 */
public final class MatchingProblem {

    private final int requestCount;
    private final int[] capacities;
    private final int[] candidateRequests;
    private final int[] candidateVolunteers;
    private final double[] scores;

    private MatchingProblem(int requestCount, int[] capacities, int[] candidateRequests, int[] candidateVolunteers,
            double[] scores) {
        this.requestCount = requestCount;
        this.capacities = capacities;
        this.candidateRequests = candidateRequests;
        this.candidateVolunteers = candidateVolunteers;
        this.scores = scores;
    }

    /**
     * Checks and builds a problem. Candidate {@code c} pairs request {@code candidateRequests[c]} with
     * volunteer {@code candidateVolunteers[c]} at {@code scores[c]}.
     *
     * @throws InvalidMatchingProblem for a negative capacity, a candidate outside the lists, a score that
     *     is not a finite number, or the same pair twice
     */
    public static MatchingProblem of(int requestCount, int[] capacities, int[] candidateRequests,
            int[] candidateVolunteers, double[] scores) {
        if (requestCount < 0) {
            throw new IllegalArgumentException("requestCount must not be negative: " + requestCount);
        }
        if (candidateRequests.length != candidateVolunteers.length || candidateRequests.length != scores.length) {
            throw new IllegalArgumentException("candidate arrays differ in length");
        }
        for (int v = 0; v < capacities.length; v++) {
            if (capacities[v] < 0) {
                throw new InvalidMatchingProblem(InvalidMatchingProblem.Part.VOLUNTEER_CAPACITY, v,
                        InvalidMatchingProblem.Reason.NEGATIVE);
            }
        }
        for (int c = 0; c < scores.length; c++) {
            if (candidateRequests[c] < 0 || candidateRequests[c] >= requestCount) {
                throw new InvalidMatchingProblem(InvalidMatchingProblem.Part.CANDIDATE_REQUEST, c,
                        InvalidMatchingProblem.Reason.UNKNOWN);
            }
            if (candidateVolunteers[c] < 0 || candidateVolunteers[c] >= capacities.length) {
                throw new InvalidMatchingProblem(InvalidMatchingProblem.Part.CANDIDATE_VOLUNTEER, c,
                        InvalidMatchingProblem.Reason.UNKNOWN);
            }
            if (!Double.isFinite(scores[c])) {
                throw new InvalidMatchingProblem(InvalidMatchingProblem.Part.CANDIDATE_SCORE, c,
                        InvalidMatchingProblem.Reason.NOT_FINITE);
            }
        }
        refuseDuplicatePairs(candidateRequests, candidateVolunteers, requestCount, capacities.length);
        return new MatchingProblem(requestCount, capacities.clone(), candidateRequests.clone(),
                candidateVolunteers.clone(), scores.clone());
    }

    /**
     * Groups the candidates by request (a stable counting sort) and marks each request's volunteers; of
     * all repeated pairs, the one whose second occurrence comes first in the input is named.
     */
    private static void refuseDuplicatePairs(int[] requests, int[] volunteers, int requestCount, int volunteerCount) {
        int n = requests.length;
        int[] start = new int[requestCount + 1];
        for (int request : requests) {
            start[request + 1]++;
        }
        for (int r = 0; r < requestCount; r++) {
            start[r + 1] += start[r];
        }
        int[] next = start.clone();
        int[] byRequest = new int[n];
        for (int c = 0; c < n; c++) {
            byRequest[next[requests[c]]++] = c;
        }
        int[] seenFor = new int[volunteerCount];
        int firstRepeat = -1;
        for (int r = 0; r < requestCount; r++) {
            for (int i = start[r]; i < start[r + 1]; i++) {
                int c = byRequest[i];
                int volunteer = volunteers[c];
                if (seenFor[volunteer] == r + 1) {
                    if (firstRepeat < 0 || c < firstRepeat) {
                        firstRepeat = c;
                    }
                } else {
                    seenFor[volunteer] = r + 1;
                }
            }
        }
        if (firstRepeat >= 0) {
            throw new InvalidMatchingProblem(InvalidMatchingProblem.Part.CANDIDATE, firstRepeat,
                    InvalidMatchingProblem.Reason.DUPLICATE);
        }
    }

    public int requestCount() {
        return requestCount;
    }

    public int volunteerCount() {
        return capacities.length;
    }

    public int candidateCount() {
        return scores.length;
    }

    public int capacity(int volunteer) {
        return capacities[volunteer];
    }

    public int request(int candidate) {
        return candidateRequests[candidate];
    }

    public int volunteer(int candidate) {
        return candidateVolunteers[candidate];
    }

    public double score(int candidate) {
        return scores[candidate];
    }

    /** The largest absolute score, 0 without candidates. */
    public double largestScoreMagnitude() {
        double largest = 0;
        for (double score : scores) {
            largest = Math.max(largest, Math.abs(score));
        }
        return largest;
    }
}
