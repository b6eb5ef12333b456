package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Kring's array-based betweenness gives JGraphT's numbers on every shape of graph. */
class BrandesTest {

    @Test
    void agreesWithJGraphTOnManyRandomGraphs() {
        var random = new Random(20261123);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(40);
            double p = random.nextDouble() * (round % 3 == 0 ? 0.9 : 0.15);
            var graph = new SimpleGraph<Integer, DefaultEdge>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                graph.addVertex(v);
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextDouble() < p) {
                        graph.addEdge(a, b);
                    }
                }
            }
            var neighbours = new int[n][];
            for (int v = 0; v < n; v++) {
                neighbours[v] = Graphs.neighborListOf(graph, v).stream().mapToInt(Integer::intValue).toArray();
            }
            var ours = Brandes.raw(neighbours);
            var theirs = new BetweennessCentrality<>(graph, false).getScores();
            for (int v = 0; v < n; v++) {
                assertThat(ours[v]).as("round %d, n %d, vertex %d", round, n, v).isCloseTo(theirs.get(v), within(1e-9));
            }
        }
    }

    @Test
    void thePathAndTheStarHaveTheTextbookValues() {
        // path a-b-c-d: b and c each lie on two of the three pairs that need them
        assertThat(Brandes.raw(new int[][] {{1}, {0, 2}, {1, 3}, {2}})).containsExactly(0, 2, 2, 0);
        // star with centre 0 and four leaves: all six pairs of leaves pass the centre
        assertThat(Brandes.raw(new int[][] {{1, 2, 3, 4}, {0}, {0}, {0}, {0}})).containsExactly(6, 0, 0, 0, 0);
        assertThat(Brandes.raw(new int[0][])).isEmpty();
    }
}
