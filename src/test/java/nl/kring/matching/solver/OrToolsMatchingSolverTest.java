package nl.kring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.kring.matching.domain.Matching;
import nl.kring.matching.domain.MatchingProblem;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class OrToolsMatchingSolverTest {

    private static final OrToolsMatchingSolver SOLVER = new OrToolsMatchingSolver();

    /** Candidate pairs as {request, volunteer, score}. */
    private static MatchingProblem problem(int requests, int[] capacities, double[][] pairs) {
        int[] r = new int[pairs.length];
        int[] v = new int[pairs.length];
        double[] s = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            r[i] = (int) pairs[i][0];
            v[i] = (int) pairs[i][1];
            s[i] = pairs[i][2];
        }
        return MatchingProblem.of(requests, capacities, r, v, s);
    }

    @Test
    void givesUpABetterPairSoThatARequestWithOnlyOneVolunteerIsMatchedToo() {
        // greedy would give volunteer 0 to request 0 (0.9) and leave request 1 alone
        var problem = problem(2, new int[] {1, 1}, new double[][] {{0, 0, 0.9}, {0, 1, 0.1}, {1, 0, 0.2}});
        var matching = SOLVER.solve(problem);
        assertThat(matching.matchedCount()).isEqualTo(2);
        assertThat(matching.candidateOf(0)).isEqualTo(1);
        assertThat(matching.candidateOf(1)).isEqualTo(2);
        assertThat(matching.totalScore()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void prefersMoreMatchesOverAHigherTotal() {
        // one match of 10 against two matches of 1 each: two matches win
        var problem = problem(2, new int[] {1, 1}, new double[][] {{0, 0, 10}, {0, 1, 1}, {1, 0, 1}});
        var matching = SOLVER.solve(problem);
        assertThat(matching.matchedCount()).isEqualTo(2);
        assertThat(matching.totalScore()).isCloseTo(2, within(1e-12));
    }

    @Test
    void aVolunteerWithCapacityTwoTakesTwoRequestsButNotThree() {
        var problem = problem(3, new int[] {2}, new double[][] {{0, 0, 0.5}, {1, 0, 0.7}, {2, 0, 0.6}});
        var matching = SOLVER.solve(problem);
        assertThat(matching.matchedCount()).isEqualTo(2);
        assertThat(matching.candidateOf(0)).isEqualTo(Matching.NONE);
        assertThat(matching.totalScore()).isCloseTo(1.3, within(1e-12));
    }

    @Test
    void aNegativeScoreStillCountsForMatchingMoreRequests() {
        var problem = problem(2, new int[] {1, 1}, new double[][] {{0, 0, 1}, {1, 1, -3}});
        var matching = SOLVER.solve(problem);
        assertThat(matching.matchedCount()).isEqualTo(2);
        assertThat(matching.totalScore()).isCloseTo(-2, within(1e-12));
    }

    @Test
    void aRequestWithoutCandidatesAndAVolunteerWithoutCapacityStayUnmatched() {
        var problem = problem(3, new int[] {0, 1}, new double[][] {{0, 0, 5}, {1, 1, 1}});
        var matching = SOLVER.solve(problem);
        assertThat(matching.matchedCount()).isEqualTo(1);
        assertThat(matching.candidateOf(0)).isEqualTo(Matching.NONE);
        assertThat(matching.candidateOf(1)).isEqualTo(1);
        assertThat(matching.candidateOf(2)).isEqualTo(Matching.NONE);
    }

    @Test
    void tiesGiveOneOfTheBestTotals() {
        var problem = problem(2, new int[] {1, 1}, new double[][] {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}});
        var matching = SOLVER.solve(problem);
        assertThat(matching.matchedCount()).isEqualTo(2);
        assertThat(matching.totalScore()).isEqualTo(2);
        assertThat(problem.volunteer(matching.candidateOf(0))).isNotEqualTo(problem.volunteer(matching.candidateOf(1)));
    }

    @Test
    void emptyProblemsHaveTheEmptyMatching() {
        assertThat(SOLVER.solve(problem(0, new int[0], new double[0][])).matchedCount()).isZero();
        assertThat(SOLVER.solve(problem(2, new int[] {1}, new double[0][])).matchedCount()).isZero();
    }

    @Test
    void equalsTheBruteForceOptimumOnManySmallRandomProblems() {
        var random = new Random(20261204);
        for (int round = 0; round < 1500; round++) {
            int requests = 1 + random.nextInt(6);
            int volunteers = 1 + random.nextInt(4);
            int[] capacities = new int[volunteers];
            for (int v = 0; v < volunteers; v++) {
                capacities[v] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
            }
            boolean ties = round % 2 == 0;
            var pairs = new ArrayList<double[]>();
            for (int r = 0; r < requests; r++) {
                if (random.nextInt(5) == 0) {
                    continue; // a request with no candidates
                }
                for (int v = 0; v < volunteers; v++) {
                    if (random.nextBoolean()) {
                        double score = ties ? random.nextInt(3) : random.nextDouble() * 2 - 0.5;
                        pairs.add(new double[] {r, v, score});
                    }
                }
            }
            var problem = problem(requests, capacities, pairs.toArray(double[][]::new));
            var best = BruteForceMatching.best(problem);
            var matching = SOLVER.solve(problem);
            assertThat(matching.matchedCount()).as("round %d", round).isEqualTo(best.matched());
            assertThat(matching.totalScore()).as("round %d", round).isCloseTo(best.total(), within(1e-9));
        }
    }

    @Test
    void equalsAnExactWeightedBipartiteMatchingOnLargerRandomProblems() {
        var random = new Random(7);
        for (int round = 0; round < 12; round++) {
            int requests = 50 + random.nextInt(150);
            int volunteers = 20 + random.nextInt(150);
            int[] capacities = new int[volunteers];
            for (int v = 0; v < volunteers; v++) {
                capacities[v] = 1 + random.nextInt(2);
            }
            var pairs = new ArrayList<double[]>();
            for (int r = 0; r < requests; r++) {
                Set<Integer> chosen = new LinkedHashSet<>();
                int wanted = random.nextInt(Math.min(8, volunteers));
                while (chosen.size() < wanted) {
                    chosen.add(random.nextInt(volunteers));
                }
                for (int v : chosen) {
                    pairs.add(new double[] {r, v, random.nextInt(101)}); // whole scores: many ties, exact sums
                }
            }
            var problem = problem(requests, capacities, pairs.toArray(double[][]::new));
            var matching = SOLVER.solve(problem);
            var reference = exactReference(problem);
            assertThat(matching.matchedCount()).as("round %d", round).isEqualTo(reference.matched());
            assertThat(matching.totalScore()).as("round %d", round).isEqualTo(reference.total());
        }
    }

    /**
     * JGraphT's maximum-weight bipartite matching (exact, on BigDecimal) on volunteers copied once per unit
     * of capacity, with a bonus per pair larger than any total score so that the size comes first.
     */
    private static BruteForceMatching.Best exactReference(MatchingProblem problem) {
        var graph = new SimpleWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int r = 0; r < problem.requestCount(); r++) {
            graph.addVertex(r);
            left.add(r);
        }
        int[] firstCopy = new int[problem.volunteerCount()];
        int next = problem.requestCount();
        for (int v = 0; v < problem.volunteerCount(); v++) {
            firstCopy[v] = next;
            for (int copy = 0; copy < problem.capacity(v); copy++) {
                graph.addVertex(next);
                right.add(next++);
            }
        }
        double bonus = 101.0 * problem.requestCount() + 1;
        Map<DefaultWeightedEdge, Integer> candidateOf = new HashMap<>();
        for (int c = 0; c < problem.candidateCount(); c++) {
            int v = problem.volunteer(c);
            for (int copy = 0; copy < problem.capacity(v); copy++) {
                var edge = graph.addEdge(problem.request(c), firstCopy[v] + copy);
                graph.setEdgeWeight(edge, bonus + problem.score(c));
                candidateOf.put(edge, c);
            }
        }
        var matching = new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching();
        BigDecimal total = BigDecimal.ZERO;
        List<Integer> used = new ArrayList<>();
        for (var edge : matching.getEdges()) {
            int c = candidateOf.get(edge);
            used.add(c);
            total = total.add(BigDecimal.valueOf(problem.score(c)));
        }
        return new BruteForceMatching.Best(used.size(), total.doubleValue());
    }
}
