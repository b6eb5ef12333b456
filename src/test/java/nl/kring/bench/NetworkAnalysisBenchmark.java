package nl.kring.bench;

import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.SignalThresholds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figures and signals of one map in process: {@link NetworkAnalysis#of} for maps of 10, 50, 150 and
 * 500 persons from {@link SyntheticNetworks}, without a previous version (as for a Kring map posted
 * to {@code /api/v1/network-analysis}) and with plan agreements for every fifth person. Run with
 * {@link Benchmarks}; never part of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
public class NetworkAnalysisBenchmark {

    @Param({"10", "50", "150", "500"})
    public int persons;

    private MapVersion map;
    private ActivationInfo activation;

    @Setup
    public void setUp() {
        map = SyntheticNetworks.map(persons);
        activation = SyntheticNetworks.activation(map);
    }

    @Benchmark
    public NetworkFigures analysis() {
        return NetworkAnalysis.of(map, null, SignalThresholds.DEFAULTS, SyntheticNetworks.TODAY, activation);
    }
}
