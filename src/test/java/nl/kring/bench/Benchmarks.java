package nl.kring.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this package with settings for a small (2-core) machine: one fork,
 * 3 warm-up iterations of 1 s, 5 measured iterations of 1 s, one thread, average time per call in
 * microseconds, a fixed 1 GB heap. About 10 s per benchmark and parameter. From the project folder:
 *
 * <pre>{@code
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.kring.bench.Benchmarks
 * }</pre>
 *
 * Arguments ({@code -Dexec.args="..."}) are JMH's own command line and override these settings, for
 * example {@code -Dexec.args=MapSvg} (a regular expression on {@code nl.kring.bench.Class.method}) or
 * {@code -Dexec.args="NetworkAnalysisBenchmark -p persons=150 -wi 10"}. Results are also written to
 * {@code target/jmh-result.json}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        useOwnClassPathInForks();
        var given = new CommandLineOptions(args);
        var options = new OptionsBuilder().parent(given);
        if (given.getIncludes().isEmpty()) {
            options.include("^" + Benchmarks.class.getPackageName().replace(".", "\\.") + "\\.");
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!given.getThreads().hasValue()) {
            options.threads(1);
        }
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(3);
        }
        if (!given.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(1));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!given.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.seconds(1));
        }
        if (given.getBenchModes().isEmpty()) {
            options.mode(Mode.AverageTime);
        }
        if (!given.getTimeUnit().hasValue()) {
            options.timeUnit(TimeUnit.MICROSECONDS);
        }
        if (!given.getJvmArgs().hasValue()) {
            // A fixed heap instead of the host JVM's arguments (under Maven those are Maven's own).
            options.jvmArgs("-Xms1g", "-Xmx1g");
        }
        if (!given.getResult().hasValue()) {
            options.result("target/jmh-result.json");
        }
        if (!given.getResultFormat().hasValue()) {
            options.resultFormat(ResultFormatType.JSON);
        }
        new Runner(options.build()).run();
    }

    /**
     * JMH starts the forked JVM with {@code java.class.path}. Under {@code exec:java} that is Maven's
     * launcher, while this class comes from a class loader over the project's test class path; hand
     * that class path to the fork. Started with plain {@code java -cp ...} nothing changes.
     */
    private static void useOwnClassPathInForks() {
        if (!(Benchmarks.class.getClassLoader() instanceof URLClassLoader loader)) {
            return;
        }
        var entries = new ArrayList<String>();
        for (var url : loader.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("class path entry is not a file: " + url, e);
            }
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }
}
