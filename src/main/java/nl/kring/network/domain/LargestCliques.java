package nl.kring.network.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.PriorityQueue;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * The largest maximal cliques of a graph, bounded by what is listed instead of by the size of the
 * graph. A dense map of 150 persons with 5,000 ties has about 100,000 maximal cliques; nobody reads
 * them, so only the {@code limit} largest are kept.
 *
 * <p>Bron–Kerbosch with Tomita's pivot, on bit sets. Vertices with more ties are tried first and, in
 * every step, the candidate who knows most of the other candidates, so large cliques are found
 * early. Once more than {@code limit} cliques were found (the list is cut in any case), branches that
 * cannot grow beyond the smallest clique kept are skipped. The search stops after
 * {@link #MAX_STEPS} steps; the result then holds the largest cliques found so far. Deterministic:
 * the order of the persons and ties in the map does not matter, and there is no clock.
 */
final class LargestCliques {

    /**
     * Search steps (calls of the recursion) before the search stops. A step costs at most a few
     * microseconds on a map of 500 persons, so the search stops well within a second.
     */
    static final int MAX_STEPS = 200_000;

    /**
     * The listed cliques and how far the search got.
     *
     * @param cliques at most {@code limit} maximal cliques of at least {@code minSize} persons, largest
     *        first, then by ids; ids sorted within a clique
     * @param examined how many such cliques the search found, the listed ones included
     * @param cut whether there are cliques that are not listed (more than {@code limit}, or the search
     *        stopped before it had seen all of them)
     * @param complete whether the search looked at the whole map; if not, {@code cliques} are the
     *        largest of the {@code examined} ones, not necessarily the largest of the map
     */
    record Listing(List<List<String>> cliques, int examined, boolean cut, boolean complete) {
    }

    private final BitSet[] neighbours;
    private final String[] ids;
    private final int limit;
    private final int minSize;
    /** The kept cliques, smallest (and last by ids) on top. */
    private final PriorityQueue<List<String>> kept;
    private int examined;
    private int steps;
    private boolean stopped;

    private LargestCliques(Graph<String, DefaultEdge> graph, int limit, int minSize) {
        this.ids = graph.vertexSet().stream().sorted().toArray(String[]::new);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        this.neighbours = new BitSet[ids.length];
        for (int i = 0; i < ids.length; i++) {
            var set = new BitSet(ids.length);
            for (String other : Graphs.neighborListOf(graph, ids[i])) {
                set.set(index.get(other));
            }
            neighbours[i] = set;
        }
        this.limit = limit;
        this.minSize = minSize;
        this.kept = new PriorityQueue<>(LARGEST_FIRST.reversed());
    }

    static Listing of(Graph<String, DefaultEdge> graph, int limit, int minSize) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return new LargestCliques(graph, limit, minSize).search();
    }

    private Listing search() {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < ids.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> neighbours[i].cardinality()).reversed()
                .thenComparing(i -> ids[i]));
        var remaining = new BitSet(ids.length);
        remaining.set(0, ids.length);
        var done = new BitSet(ids.length);
        var clique = new ArrayList<Integer>();
        for (int v : order) {
            if (stopped) {
                break;
            }
            remaining.clear(v);
            clique.add(v);
            expand(clique, and(remaining, neighbours[v]), and(done, neighbours[v]));
            clique.removeLast();
            done.set(v);
        }
        var cliques = new ArrayList<>(kept);
        cliques.sort(LARGEST_FIRST);
        return new Listing(cliques, examined, stopped || examined > limit, !stopped);
    }

    private void expand(List<Integer> clique, BitSet candidates, BitSet excluded) {
        if (++steps > MAX_STEPS) {
            stopped = true;
            return;
        }
        if (candidates.isEmpty()) {
            if (excluded.isEmpty()) {
                found(clique);
            }
            return;
        }
        if (clique.size() + candidates.cardinality() < minSize || cannotBeatTheKept(clique, candidates)) {
            return;
        }
        int pivot = pivot(candidates, excluded);
        var branches = (BitSet) candidates.clone();
        branches.andNot(neighbours[pivot]);
        var order = new ArrayList<Integer>();
        branches.stream().forEach(order::add);
        order.sort(Comparator.<Integer>comparingInt(v -> common(candidates, neighbours[v])).reversed());
        for (int v : order) {
            if (stopped) {
                return;
            }
            clique.add(v);
            expand(clique, and(candidates, neighbours[v]), and(excluded, neighbours[v]));
            clique.removeLast();
            candidates.clear(v);
            excluded.set(v);
        }
    }

    /** Only once the list is cut anyway: a branch no larger than the smallest kept clique adds nothing. */
    private boolean cannotBeatTheKept(List<Integer> clique, BitSet candidates) {
        return examined > limit
                && (limit == 0 || clique.size() + candidates.cardinality() <= kept.peek().size());
    }

    private int pivot(BitSet candidates, BitSet excluded) {
        int best = -1;
        int bestCount = -1;
        var either = (BitSet) candidates.clone();
        either.or(excluded);
        for (int u = either.nextSetBit(0); u >= 0; u = either.nextSetBit(u + 1)) {
            int count = common(candidates, neighbours[u]);
            if (count > bestCount) {
                best = u;
                bestCount = count;
            }
        }
        return best;
    }

    private void found(List<Integer> clique) {
        if (clique.size() < minSize) {
            return;
        }
        examined++;
        if (limit == 0) {
            return;
        }
        var named = clique.stream().map(i -> ids[i]).sorted().toList();
        kept.add(named);
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    private static BitSet and(BitSet left, BitSet right) {
        var result = (BitSet) left.clone();
        result.and(right);
        return result;
    }

    private static int common(BitSet left, BitSet right) {
        var both = (BitSet) left.clone();
        both.and(right);
        return both.cardinality();
    }

    static final Comparator<List<String>> LARGEST_FIRST = (left, right) -> {
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
}
