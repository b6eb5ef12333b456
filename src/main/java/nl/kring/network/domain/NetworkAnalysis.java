package nl.kring.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes the figures of a network map and the signals they raise. A pure function of its
 * arguments: no clock, no configuration lookup, no I/O.
 *
 * <p>Only counted persons take part ({@link MapPerson#counted()}): living persons inside the map.
 * Ties that touch anyone else are left out, and so are ties of a person with themself and second
 * copies of a tie. The graph algorithms are JGraphT's.
 *
 * <p>The number of maximal cliques can grow exponentially with the map (a dense map of 150 persons
 * has about 100,000), so only the largest are listed ({@link LargestCliques}); the figures say when
 * the list was cut and how many cliques were examined. Every map of up to
 * {@value #ALWAYS_ANALYSED_PERSONS} persons gets all figures. Only a larger map whose betweenness
 * would take too long is refused with a {@link MapTooComplexException}; see
 * {@link #MAX_BETWEENNESS_WORK}.
 */
public final class NetworkAnalysis {

    /** Cliques of fewer persons are just ties or pairs of ties; easyNWK also shows only these. */
    private static final int MIN_CLIQUE_SIZE = 3;

    /** How many cliques are listed when nothing else is configured ({@code kring.network.analysis.max-cliques}). */
    public static final int DEFAULT_MAX_CLIQUES = 50;

    /** Maps of up to this many counted persons are never refused, however many ties they have. */
    static final int ALWAYS_ANALYSED_PERSONS = 500;

    /**
     * For maps of more than {@link #ALWAYS_ANALYSED_PERSONS} persons only: upper bound of the
     * betweenness work, the sum over the parts of the network of {@code persons × (persons + 2 × ties)}.
     * Betweenness itself ({@link Brandes}, on int arrays) is fast even for a complete map of 500
     * persons, but JGraphT's recursive search for articulation points must stay far from the end of a
     * thread's stack (a chain of 5000 persons overflows a 1 MB stack); a chain of 800 persons is below
     * this bound.
     */
    static final long MAX_BETWEENNESS_WORK = 2_000_000L;

    private NetworkAnalysis() {
    }

    /**
     * Figures and signals of a version.
     *
     * @param previous the version before, to see whether the network shrinks; may be null
     * @param today the day on which the signals are computed (for turning 18)
     * @throws MapTooComplexException for a map far beyond any real network
     */
    public static NetworkFigures of(
            MapVersion version,
            MapVersion previous,
            SignalThresholds thresholds,
            LocalDate today,
            ActivationInfo activation) {
        return of(version, previous, thresholds, today, activation, DEFAULT_MAX_CLIQUES);
    }

    /**
     * Figures and signals of a version, with at most {@code maxCliques} cliques listed.
     *
     * @throws MapTooComplexException for a map far beyond any real network
     */
    public static NetworkFigures of(
            MapVersion version,
            MapVersion previous,
            SignalThresholds thresholds,
            LocalDate today,
            ActivationInfo activation,
            int maxCliques) {
        var figures = figuresOf(version, maxCliques);
        var previousFigures = previous == null ? null : figuresOf(previous, maxCliques);
        var signals = Signals.detect(figures, previousFigures, version.centre(), thresholds, today,
                activation == null ? ActivationInfo.none() : activation);
        return figures.withSignals(signals);
    }

    /** Figures and signals of a version without a previous version or plans. */
    public static NetworkFigures of(MapVersion version, SignalThresholds thresholds, LocalDate today) {
        return of(version, null, thresholds, today, ActivationInfo.none());
    }

    /**
     * Only the figures, without signals.
     *
     * @throws MapTooComplexException for a map far beyond any real network
     */
    public static NetworkFigures figuresOf(MapVersion version) {
        return figuresOf(version, DEFAULT_MAX_CLIQUES);
    }

    /**
     * Only the figures, without signals, with at most {@code maxCliques} cliques listed.
     *
     * @throws MapTooComplexException for a map far beyond any real network
     */
    public static NetworkFigures figuresOf(MapVersion version, int maxCliques) {
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

        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        checkBetweennessWork(graph, components);

        var articulationPoints = new ArrayList<>(new BiconnectivityInspector<>(graph).getCutpoints());
        articulationPoints.sort(Comparator.naturalOrder());

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

        var cliques = LargestCliques.of(graph, maxCliques, MIN_CLIQUE_SIZE);
        return new NetworkFigures(
                n,
                ties,
                density(n, ties),
                degree,
                isolated,
                cliques.cliques(),
                new NetworkFigures.CliqueSearch(cliques.cut(), cliques.examined(), cliques.complete()),
                articulationPoints,
                components.size(),
                betweennessOf(graph, components),
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

    private static void checkBetweennessWork(Graph<String, DefaultEdge> graph, List<Set<String>> components) {
        long work = 0;
        for (Set<String> component : components) {
            long degrees = component.stream().mapToLong(graph::degreeOf).sum();
            work += component.size() * (component.size() + degrees);
        }
        if (graph.vertexSet().size() > ALWAYS_ANALYSED_PERSONS && work > MAX_BETWEENNESS_WORK) {
            throw new MapTooComplexException(graph.vertexSet().size(), graph.edgeSet().size(),
                    "too many connected persons for betweenness");
        }
    }

    /**
     * Betweenness normalised as NetworkX's {@code betweenness_centrality} does for an undirected
     * graph: the raw count of shortest paths through a person (each unordered pair once) divided by
     * the number of pairs of other persons, {@code (n-1)(n-2)/2}; 0 for everyone when n is 2 or less.
     *
     * <p>JGraphT 1.5.3 already halves its raw scores for undirected graphs (each pair once), but its
     * own normalisation divides by {@code (n-1)(n-2)}, which gives half of NetworkX's value. So the
     * raw scores are taken and divided here.
     *
     * <p>The raw scores come from {@link Brandes} on int arrays (JGraphT's implementation was five times
     * over the time goal); a test checks both agree on many random graphs. No shortest path crosses
     * from one part of the network to another; loose persons cost one empty search each.
     */
    private static TreeMap<String, Double> betweennessOf(
            Graph<String, DefaultEdge> graph, List<Set<String>> components) {
        int n = graph.vertexSet().size();
        var result = new TreeMap<String, Double>();
        graph.vertexSet().forEach(id -> result.put(id, 0.0));
        if (n <= 2) {
            return result;
        }
        double pairsOfOthers = (n - 1) * (n - 2) / 2.0;
        var ids = graph.vertexSet().toArray(String[]::new);
        var index = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        var neighbours = new int[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            var id = ids[i];
            neighbours[i] = graph.edgesOf(id).stream()
                    .mapToInt(edge -> index.get(org.jgrapht.Graphs.getOppositeVertex(graph, edge, id)))
                    .toArray();
        }
        var raw = Brandes.raw(neighbours);
        for (int i = 0; i < ids.length; i++) {
            result.put(ids[i], raw[i] / pairsOfOthers);
        }
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
