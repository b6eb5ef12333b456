package nl.kring.matching.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import nl.kring.matching.domain.Matching;
import nl.kring.matching.domain.MatchingProblem;
import nl.kring.matching.domain.MatchingSolver;
import nl.kring.matching.domain.ScoreScaling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The batch matching as a maximum flow of minimum cost, solved by Google OR-Tools' min-cost-flow
 * (cost-scaling push-relabel, exact on integers). The network: a source with an arc of capacity 1 to each
 * request, an arc of capacity 1 and cost {@code -score} (scaled, see {@link ScoreScaling}) for each
 * candidate pair, an arc from each volunteer to the sink with the volunteer's capacity.
 * {@code SolveMaxFlowWithMinCost} first finds the largest flow (the most requests matched), then the
 * cheapest flow of that size (the highest total score): exactly the batch objective, with no bonus term.
 * Flows on integer capacities are integral, so the flow is a matching.
 *
 * <p>The native library is loaded once, when the first solver is made (about 0.4 s). Each solve builds
 * its own network and frees it, so concurrent requests do not share state.
 */
@Component
public class OrToolsMatchingSolver implements MatchingSolver {

    private static final Logger log = LoggerFactory.getLogger(OrToolsMatchingSolver.class);

    /** How often a refused cost range is retried 1,024 times coarser before giving up. */
    private static final int COARSER_ATTEMPTS = 4;

    public OrToolsMatchingSolver() {
        Loader.loadNativeLibraries();
    }

    @Override
    public Matching solve(MatchingProblem problem) {
        if (problem.requestCount() == 0 || problem.candidateCount() == 0) {
            return Matching.none(problem);
        }
        int nodeCount = problem.requestCount() + problem.volunteerCount() + 2;
        var scaling = ScoreScaling.forProblem(problem, nodeCount);
        for (int attempt = 0; ; attempt++) {
            int[] chosen = solve(problem, scaling);
            if (chosen != null) {
                return Matching.of(problem, chosen);
            }
            if (attempt == COARSER_ATTEMPTS) {
                throw new IllegalStateException("the min-cost-flow solver refused every cost scaling");
            }
            log.warn("min-cost-flow refused {} cost units per score; trying a coarser scaling", scaling.unitsPerScore());
            scaling = scaling.coarser();
        }
    }

    /** The chosen candidates, or null when the solver refused this cost range. */
    private static int[] solve(MatchingProblem problem, ScoreScaling scaling) {
        int requests = problem.requestCount();
        int volunteers = problem.volunteerCount();
        int candidates = problem.candidateCount();
        int source = requests + volunteers;
        int sink = source + 1;
        var flow = new MinCostFlow(sink + 1, candidates + requests + volunteers);
        try {
            // candidate arcs first, so that arc number c is candidate c
            for (int c = 0; c < candidates; c++) {
                int arc = flow.addArcWithCapacityAndUnitCost(
                        problem.request(c), requests + problem.volunteer(c), 1, -scaling.cost(problem.score(c)));
                if (arc != c) {
                    throw new IllegalStateException("arc " + arc + " for candidate " + c);
                }
            }
            for (int r = 0; r < requests; r++) {
                flow.addArcWithCapacityAndUnitCost(source, r, 1, 0);
            }
            for (int v = 0; v < volunteers; v++) {
                flow.addArcWithCapacityAndUnitCost(requests + v, sink, Math.min(problem.capacity(v), requests), 0);
            }
            flow.setNodeSupply(source, requests);
            flow.setNodeSupply(sink, -requests);
            var status = flow.solveMaxFlowWithMinCost();
            if (status == MinCostFlowBase.Status.BAD_COST_RANGE || status == MinCostFlowBase.Status.BAD_RESULT) {
                return null;
            }
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost-flow ended with " + status);
            }
            int matched = (int) flow.getMaximumFlow();
            int[] chosen = new int[matched];
            int found = 0;
            for (int c = 0; c < candidates && found < matched; c++) {
                if (flow.getFlow(c) > 0) {
                    chosen[found++] = c;
                }
            }
            if (found != matched) {
                throw new IllegalStateException("flow " + matched + " but " + found + " candidate arcs used");
            }
            return chosen;
        } finally {
            flow.delete();
        }
    }
}
