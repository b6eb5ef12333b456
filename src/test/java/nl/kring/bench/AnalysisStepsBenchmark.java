package nl.kring.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import org.jgrapht.Graph;
import org.jgrapht.alg.clique.PivotBronKerboschCliqueFinder;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where the time of {@link NetworkAnalysis#figuresOf} goes for a 150-person map: the same JGraphT
 * calls, one benchmark each, on the graph the analysis builds. A diagnostic copy of the steps, not
 * the production code itself (that keeps them private); keep it in step with {@code figuresOf}.
 * {@code betweennessWholeGraph} is not a production step: it shows the cost of the same scores
 * without the per-part {@link AsSubgraph} views.
 */
@State(Scope.Benchmark)
public class AnalysisStepsBenchmark {

    @Param({"150"})
    public int persons;

    private MapVersion map;
    private Graph<String, DefaultEdge> graph;
    private List<Set<String>> components;

    @Setup
    public void setUp() {
        map = SyntheticNetworks.map(persons);
        graph = buildGraph();
        components = new ConnectivityInspector<>(graph).connectedSets();
    }

    @Benchmark
    public Graph<String, DefaultEdge> buildGraph() {
        var built = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        map.persons().stream().filter(MapPerson::counted).forEach(person -> built.addVertex(person.id()));
        map.ties().stream()
                .filter(tie -> !tie.selfTie())
                .filter(tie -> built.containsVertex(tie.a()) && built.containsVertex(tie.b()))
                .forEach(tie -> built.addEdge(tie.a(), tie.b()));
        return built;
    }

    @Benchmark
    public List<Set<String>> components() {
        return new ConnectivityInspector<>(graph).connectedSets();
    }

    @Benchmark
    public Set<String> cutpoints() {
        return new BiconnectivityInspector<>(graph).getCutpoints();
    }

    @Benchmark
    public void cliques(Blackhole blackhole) {
        for (var clique : new PivotBronKerboschCliqueFinder<>(graph, 2, TimeUnit.SECONDS)) {
            blackhole.consume(clique);
        }
    }

    /** As the analysis does it: per part of the network, through an {@link AsSubgraph} view. */
    @Benchmark
    public void betweennessPerPart(Blackhole blackhole) {
        for (Set<String> component : components) {
            if (component.size() >= 3) {
                blackhole.consume(new BetweennessCentrality<>(new AsSubgraph<>(graph, component), false).getScores());
            }
        }
    }

    @Benchmark
    public Object betweennessWholeGraph() {
        return new BetweennessCentrality<>(graph, false).getScores();
    }
}
