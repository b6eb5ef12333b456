package nl.kring.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import nl.kring.matching.api.MatchingSolveProperties;
import nl.kring.matching.api.SolveBody;
import nl.kring.matching.solver.OrToolsMatchingSolver;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.SignalThresholds;
import nl.kring.network.render.MapSvg;
import nl.kring.network.render.SvgOptions;

/**
 * The CPU time of the calling thread per operation, next to the wall time, for the same operations
 * as {@link NetworkAnalysisBenchmark}, {@link MapSvgBenchmark} and the matching benchmarks. Not a JMH benchmark: a rough
 * check for a machine that other work keeps busy, where wall time also counts the time the thread
 * waits for a core. CPU time leaves that out, but also leaves out the JIT compiler and garbage
 * collector threads, so it is a lower bound rather than a quiet-machine figure. Each case warms up
 * for 3 s and is then measured for 5 s in batches of at least about 1 ms.
 *
 * <pre>{@code
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.kring.bench.CpuTimes
 * }</pre>
 *
 * An optional argument runs only the cases whose name starts with it, for example
 * {@code -Dexec.args="analysis 150"} (handy under a profiler).
 */
public final class CpuTimes {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Results go here, so that the compiler cannot drop the work. */
    static volatile int sink;

    private CpuTimes() {
    }

    private record Case(String name, Supplier<Object> operation) {
    }

    public static void main(String[] args) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        var cases = new ArrayList<Case>();
        for (int persons : new int[] {10, 50, 150, 500}) {
            var map = SyntheticNetworks.map(persons);
            var activation = SyntheticNetworks.activation(map);
            cases.add(new Case("analysis " + persons, () ->
                    NetworkAnalysis.of(map, null, SignalThresholds.DEFAULTS, SyntheticNetworks.TODAY, activation)));
        }
        var map150 = SyntheticNetworks.map(150);
        var options = SvgOptions.defaults(key -> key);
        cases.add(new Case("svg 150", () -> MapSvg.render(map150, options)));
        addMatchingCases(cases);

        System.out.printf("%-30s %8s %14s %14s %14s %14s%n",
                "case", "ops", "cpu median", "cpu mean", "wall median", "wall mean");
        String only = String.join(" ", args); // exec:java splits "analysis 150" in two
        for (Case c : cases) {
            if (c.name().startsWith(only)) {
                measure(c);
            }
        }
        System.out.println("(microseconds per operation; thread CPU time of the measuring thread only)");
    }

    /** The parts of POST /api/v1/matching/solve at its goal size, as in {@link MatchingRoundTripBenchmark}. */
    private static void addMatchingCases(List<Case> cases) {
        var problem = SyntheticMatchingProblems.problem(2000, 5000, 40);
        var json = new StringWriter();
        try {
            SyntheticMatchingProblems.writeJson(problem, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        var limits = new MatchingSolveProperties(null, null, null, null);
        var solver = new OrToolsMatchingSolver();
        cases.add(new Case("matching read", () -> SolveBody.read(body, limits).problem()));
        cases.add(new Case("matching solve", () -> solver.solve(problem)));
        var quarters = SyntheticMatchingProblems.withQuarterScores(problem);
        cases.add(new Case("matching solve quarters", () -> solver.solve(quarters)));
        var tight = SyntheticMatchingProblems.problem(2000, 1000, 40);
        cases.add(new Case("matching solve 1000 volunteers", () -> solver.solve(tight)));
        cases.add(new Case("matching both", () -> solver.solve(SolveBody.read(body, limits).problem())));
    }

    private static void measure(Case c) {
        long start = System.nanoTime();
        long warmUpOps = 0;
        long warmUpCpu = THREADS.getCurrentThreadCpuTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            sink += c.operation().get().hashCode();
            warmUpOps++;
        }
        long cpuPerOp = Math.max(1, (THREADS.getCurrentThreadCpuTime() - warmUpCpu) / warmUpOps);
        int batch = (int) Math.max(1, Math.min(100_000, 1_000_000 / cpuPerOp));

        List<double[]> samples = new ArrayList<>();
        long ops = 0;
        start = System.nanoTime();
        while (System.nanoTime() - start < MEASURE_NANOS) {
            long wall0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                sink += c.operation().get().hashCode();
            }
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            long wall1 = System.nanoTime();
            samples.add(new double[] {(cpu1 - cpu0) / 1000.0 / batch, (wall1 - wall0) / 1000.0 / batch});
            ops += batch;
        }
        double[] cpu = samples.stream().mapToDouble(s -> s[0]).sorted().toArray();
        double[] wall = samples.stream().mapToDouble(s -> s[1]).sorted().toArray();
        System.out.printf("%-30s %8d %14.1f %14.1f %14.1f %14.1f%n", c.name(), ops,
                median(cpu), Arrays.stream(cpu).average().orElse(0), median(wall), Arrays.stream(wall).average().orElse(0));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
