package nl.kring.bench;

import nl.kring.matching.domain.Matching;
import nl.kring.matching.domain.MatchingProblem;
import nl.kring.matching.solver.OrToolsMatchingSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The batch matching solver in process (building the flow network, OR-Tools' max-flow-min-cost, reading
 * the flow back), on {@link SyntheticMatchingProblems}: 2,000 requests with about 40 candidates each and
 * 5,000 volunteers of capacity 1 or 2 (the endpoint's goal size), and the same requests with only 1,000
 * volunteers, where capacity is short and many requests compete; each with uniform scores and with the
 * scores rounded to quarters (ties everywhere). Run with {@link Benchmarks}; never part
 * of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
public class MatchingSolverBenchmark {

    @Param({"2000"})
    public int requests;

    @Param({"5000", "1000"})
    public int volunteers;

    @Param({"40"})
    public int perRequest;

    /** uniform: scores in [0, 1); quarters: the same rounded to 0, 0.25, … 1 (many ties). */
    @Param({"uniform", "quarters"})
    public String scores;

    private MatchingProblem problem;
    private OrToolsMatchingSolver solver;

    @Setup
    public void setUp() {
        problem = SyntheticMatchingProblems.problem(requests, volunteers, perRequest);
        if (scores.equals("quarters")) {
            problem = SyntheticMatchingProblems.withQuarterScores(problem);
        }
        solver = new OrToolsMatchingSolver();
    }

    @Benchmark
    public Matching solve() {
        return solver.solve(problem);
    }
}
