package nl.kring.bench;

import nl.kring.network.domain.MapVersion;
import nl.kring.network.render.MapSvg;
import nl.kring.network.render.SvgOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The server-side SVG of a 150-person map from {@link SyntheticNetworks}: {@link MapSvg#render} with
 * the default options (names, conflicts and support shown) and the label keys as texts. Run with
 * {@link Benchmarks}; never part of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
public class MapSvgBenchmark {

    @Param({"150"})
    public int persons;

    private MapVersion map;
    private SvgOptions options;

    @Setup
    public void setUp() {
        map = SyntheticNetworks.map(persons);
        options = SvgOptions.defaults(key -> key);
    }

    @Benchmark
    public String svg() {
        return MapSvg.render(map, options);
    }
}
