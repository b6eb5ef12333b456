package nl.kring.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.clique.PivotBronKerboschCliqueFinder;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes the figures of a network map and the signals they raise. A pure function of its
 * arguments: no clock, no configuration lookup, no I/O.
 *
 * <p>Only counted persons take part ({@link MapPerson#counted()}): living persons inside the map.
 * Ties that touch anyone else are left out, and so are ties of a person with themself and second
 * copies of a tie. The graph algorithms are JGraphT's.
 */
public final class NetworkAnalysis {

    /** Cliques of fewer persons are just ties or pairs of ties; easyNWK also shows only these. */
    private static final int MIN_CLIQUE_SIZE = 3;

    private NetworkAnalysis() {
    }

    /**
     * Figures and signals of a version.
     *
     * @param previous the version before, to see whether the network shrinks; may be null
     * @param today the day on which the signals are computed (for turning 18)
     */
    public static NetworkFigures of(
            MapVersion version,
            MapVersion previous,
            SignalThresholds thresholds,
            LocalDate today,
            ActivationInfo activation) {
        var figures = figuresOf(version);
        var previousFigures = previous == null ? null : figuresOf(previous);
        var signals = Signals.detect(figures, previousFigures, version.centre(), thresholds, today,
                activation == null ? ActivationInfo.none() : activation);
        return figures.withSignals(signals);
    }

    /** Figures and signals of a version without a previous version or plans. */
    public static NetworkFigures of(MapVersion version, SignalThresholds thresholds, LocalDate today) {
        return of(version, null, thresholds, today, ActivationInfo.none());
    }

    /** Only the figures, without signals. */
    public static NetworkFigures figuresOf(MapVersion version) {
        var counted = version.persons().stream()
                .filter(MapPerson::counted)
                .sorted(Comparator.comparing(MapPerson::id))
                .toList();
        Graph<String, DefaultEdge> graph = graphOf(counted, version.ties());
        int n = graph.vertexSet().size();
        int ties = graph.edgeSet().size();

        var degree = new TreeMap<String, Integer>();
        var isolated = new ArrayList<String>();
        for (MapPerson person : counted) {
            int d = graph.degreeOf(person.id());
            degree.put(person.id(), d);
            if (d == 0) {
                isolated.add(person.id());
            }
        }

        var articulationPoints = new ArrayList<>(new BiconnectivityInspector<>(graph).getCutpoints());
        articulationPoints.sort(Comparator.naturalOrder());

        int components = new ConnectivityInspector<>(graph).connectedSets().size();

        var sectors = new EnumMap<Sector, Integer>(Sector.class);
        for (Sector sector : Sector.values()) {
            sectors.put(sector, 0);
        }
        var circles = new EnumMap<Circle, Integer>(Circle.class);
        for (Circle circle : Circle.values()) {
            circles.put(circle, 0);
        }
        var members = new ArrayList<Member>();
        for (MapPerson person : counted) {
            var member = Member.of(person);
            members.add(member);
            sectors.merge(member.sector(), 1, Integer::sum);
            circles.merge(member.circle(), 1, Integer::sum);
        }

        return new NetworkFigures(
                n,
                ties,
                density(n, ties),
                degree,
                isolated,
                cliquesOf(graph),
                articulationPoints,
                components,
                betweennessOf(graph),
                sectors,
                circles,
                supportByType(members),
                members,
                List.of());
    }

    private static Graph<String, DefaultEdge> graphOf(List<MapPerson> counted, List<Tie> ties) {
        // SimpleGraph: undirected, refuses loops and parallel edges.
        var graph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        counted.forEach(person -> graph.addVertex(person.id()));
        ties.stream()
                .filter(tie -> !tie.selfTie())
                .filter(tie -> graph.containsVertex(tie.a()) && graph.containsVertex(tie.b()))
                .forEach(tie -> graph.addEdge(tie.a(), tie.b()));
        return graph;
    }

    static double density(int persons, int ties) {
        if (persons < 2) {
            return 0.0;
        }
        return ties / (persons * (persons - 1) / 2.0);
    }

    private static List<List<String>> cliquesOf(Graph<String, DefaultEdge> graph) {
        var cliques = new ArrayList<List<String>>();
        for (var clique : new PivotBronKerboschCliqueFinder<>(graph)) {
            if (clique.size() >= MIN_CLIQUE_SIZE) {
                cliques.add(clique.stream().sorted().toList());
            }
        }
        cliques.sort(LARGEST_FIRST_THEN_BY_IDS);
        return cliques;
    }

    private static final Comparator<List<String>> LARGEST_FIRST_THEN_BY_IDS = (left, right) -> {
        if (left.size() != right.size()) {
            return Integer.compare(right.size(), left.size());
        }
        for (int i = 0; i < left.size(); i++) {
            int byId = left.get(i).compareTo(right.get(i));
            if (byId != 0) {
                return byId;
            }
        }
        return 0;
    };

    /**
     * Betweenness normalised as NetworkX's {@code betweenness_centrality} does for an undirected
     * graph: the raw count of shortest paths through a person (each unordered pair once) divided by
     * the number of pairs of other persons, {@code (n-1)(n-2)/2}; 0 for everyone when n is 2 or less.
     *
     * <p>JGraphT 1.5.3 already halves its raw scores for undirected graphs (each pair once), but its
     * own normalisation divides by {@code (n-1)(n-2)}, which gives half of NetworkX's value. So the
     * raw scores are taken and divided here.
     */
    private static TreeMap<String, Double> betweennessOf(Graph<String, DefaultEdge> graph) {
        int n = graph.vertexSet().size();
        var result = new TreeMap<String, Double>();
        if (n <= 2) {
            graph.vertexSet().forEach(id -> result.put(id, 0.0));
            return result;
        }
        double pairsOfOthers = (n - 1) * (n - 2) / 2.0;
        new BetweennessCentrality<>(graph, false).getScores()
                .forEach((id, raw) -> result.put(id, raw / pairsOfOthers));
        return result;
    }

    private static Map<SupportType, SupportGivers> supportByType(List<Member> members) {
        var result = new EnumMap<SupportType, SupportGivers>(SupportType.class);
        for (SupportType type : SupportType.values()) {
            var informal = new ArrayList<String>();
            var professional = new ArrayList<String>();
            for (Member member : members) { // sorted by id
                if (member.givesToCentre().contains(type)) {
                    (member.professional() ? professional : informal).add(member.id());
                }
            }
            result.put(type, new SupportGivers(informal, professional));
        }
        return result;
    }
}
