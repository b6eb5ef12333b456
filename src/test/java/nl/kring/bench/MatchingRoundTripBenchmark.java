package nl.kring.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.kring.matching.api.MatchingSolveProperties;
import nl.kring.matching.api.SolveBody;
import nl.kring.matching.domain.Matching;
import nl.kring.matching.domain.MatchingProblem;
import nl.kring.matching.solver.OrToolsMatchingSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process parts of {@code POST /api/v1/matching/solve} at the goal size (2,000 requests, 5,000
 * volunteers, about 40 candidates per request; the body is 5.5 MB): reading the JSON body into a problem,
 * and reading plus solving. Run with {@link Benchmarks}; never part of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
public class MatchingRoundTripBenchmark {

    private byte[] body;
    private OrToolsMatchingSolver solver;
    private final MatchingSolveProperties limits = new MatchingSolveProperties(null, null, null, null);

    @Setup
    public void setUp() throws IOException {
        var json = new StringWriter();
        SyntheticMatchingProblems.writeJson(SyntheticMatchingProblems.problem(2000, 5000, 40), json);
        body = json.toString().getBytes(StandardCharsets.UTF_8);
        solver = new OrToolsMatchingSolver();
    }

    @Benchmark
    public MatchingProblem read() {
        return SolveBody.read(body, limits).problem();
    }

    @Benchmark
    public Matching readAndSolve() {
        return solver.solve(SolveBody.read(body, limits).problem());
    }
}
