package nl.kring.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this package with settings for a small (2-core) machine: one fork,
 * 3 warm-up iterations of 1 s, 5 measured iterations of 1 s, one thread, average time per call in
 * microseconds. Takes about 10 s per benchmark and parameter. From the project folder:
 *
 * <pre>{@code
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.kring.bench.Benchmarks
 * }</pre>
 *
 * An optional argument is a regular expression that selects benchmarks by their full name
 * {@code nl.kring.bench.Class.method}, for example {@code -Dexec.args=MapSvg} or
 * {@code -Dexec.args=NetworkAnalysisBenchmark}. Results are also written to {@code target/jmh-result.json}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        useOwnClassPathInForks();
        // JMH finds the regular expression anywhere in "package.Class.method".
        String include = args.length > 0 ? args[0] : "^" + Benchmarks.class.getPackageName().replace(".", "\\.") + "\\.";
        var options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                // A fixed heap instead of the host JVM's arguments (under Maven those are Maven's own).
                .jvmArgs("-Xms1g", "-Xmx1g")
                .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
                .result("target/jmh-result.json")
                .build();
        new Runner(options).run();
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
