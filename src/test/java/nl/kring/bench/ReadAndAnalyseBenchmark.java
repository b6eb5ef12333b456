package nl.kring.bench;

import java.io.ByteArrayInputStream;
import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.SignalThresholds;
import nl.kring.network.io.KringMapReader;
import nl.kring.network.io.KringMapWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code POST /api/v1/network-analysis} does in process, short of HTTP and writing the response:
 * read the 150-person map from Kring's JSON format (the same bytes the load script posts) and analyse
 * it. Helps to tell how much of a round trip is the analysis. Run with {@link Benchmarks}.
 */
@State(Scope.Benchmark)
public class ReadAndAnalyseBenchmark {

    @Param({"150"})
    public int persons;

    private byte[] json;

    @Setup
    public void setUp() {
        json = KringMapWriter.write(SyntheticNetworks.map(persons));
    }

    @Benchmark
    public NetworkFigures readAndAnalyse() {
        MapVersion map = KringMapReader.read(new ByteArrayInputStream(json));
        return NetworkAnalysis.of(map, null, SignalThresholds.DEFAULTS, SyntheticNetworks.TODAY, ActivationInfo.none());
    }
}
