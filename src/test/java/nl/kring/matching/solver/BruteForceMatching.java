package nl.kring.matching.solver;

import nl.kring.matching.domain.MatchingProblem;

/**
 * The reference for small problems: tries every way of giving each request one of its candidates or
 * nobody, within the capacities, and keeps the best by (matched count, total score). Independent of
 * any flow or assignment algorithm.
 */
final class BruteForceMatching {

    record Best(int matched, double total) {}

    private final MatchingProblem problem;
    private final int[][] candidatesOf;
    private final int[] load;
    private int bestMatched = -1;
    private double bestTotal;

    private BruteForceMatching(MatchingProblem problem) {
        this.problem = problem;
        int[] counts = new int[problem.requestCount()];
        for (int c = 0; c < problem.candidateCount(); c++) {
            counts[problem.request(c)]++;
        }
        candidatesOf = new int[problem.requestCount()][];
        for (int r = 0; r < counts.length; r++) {
            candidatesOf[r] = new int[counts[r]];
            counts[r] = 0;
        }
        for (int c = 0; c < problem.candidateCount(); c++) {
            int r = problem.request(c);
            candidatesOf[r][counts[r]++] = c;
        }
        load = new int[problem.volunteerCount()];
    }

    static Best best(MatchingProblem problem) {
        var search = new BruteForceMatching(problem);
        search.visit(0, 0, 0);
        return new Best(search.bestMatched, search.bestTotal);
    }

    private void visit(int request, int matched, double total) {
        if (request == problem.requestCount()) {
            if (matched > bestMatched || (matched == bestMatched && total > bestTotal)) {
                bestMatched = matched;
                bestTotal = total;
            }
            return;
        }
        visit(request + 1, matched, total);
        for (int c : candidatesOf[request]) {
            int v = problem.volunteer(c);
            if (load[v] < problem.capacity(v)) {
                load[v]++;
                visit(request + 1, matched + 1, total + problem.score(c));
                load[v]--;
            }
        }
    }
}
