package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.clique.BronKerboschCliqueFinder;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class LargestCliquesTest {

    /** Every maximal clique of at least three, as JGraphT's plain Bron–Kerbosch lists them, largest first. */
    private static List<List<String>> allCliques(Graph<String, DefaultEdge> graph) {
        var all = new ArrayList<List<String>>();
        for (var clique : new BronKerboschCliqueFinder<>(graph)) {
            if (clique.size() >= 3) {
                all.add(clique.stream().sorted().toList());
            }
        }
        all.sort(LargestCliques.LARGEST_FIRST);
        return all;
    }

    private static Graph<String, DefaultEdge> random(Random random, int persons, double density) {
        var graph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        for (int i = 0; i < persons; i++) {
            graph.addVertex("p" + i);
        }
        for (int i = 0; i < persons; i++) {
            for (int j = i + 1; j < persons; j++) {
                if (random.nextDouble() < density) {
                    graph.addEdge("p" + i, "p" + j);
                }
            }
        }
        return graph;
    }

    @Test
    void withRoomForAllItListsExactlyTheMaximalCliquesAJGraphTFinderLists() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            var graph = random(random, 4 + random.nextInt(25), random.nextDouble());
            var all = allCliques(graph);
            var listing = LargestCliques.of(graph, 10_000, 3);
            assertThat(listing.cliques()).as("round %d", round).isEqualTo(all);
            assertThat(listing.examined()).isEqualTo(all.size());
            assertThat(listing.cut()).isFalse();
            assertThat(listing.complete()).isTrue();
        }
    }

    @Test
    void aShortListHoldsTheLargestCliquesAndSaysItIsCut() {
        var random = new Random(11);
        for (int round = 0; round < 200; round++) {
            var graph = random(random, 10 + random.nextInt(30), 0.3 + random.nextDouble() * 0.5);
            var all = allCliques(graph);
            int limit = 1 + random.nextInt(5);
            var listing = LargestCliques.of(graph, limit, 3);
            var expectedSizes = all.stream().limit(limit).map(List::size).toList();
            assertThat(listing.cliques()).as("round %d", round).allSatisfy(c -> assertThat(all).contains(c));
            assertThat(listing.cliques().stream().map(List::size).toList()).as("round %d", round).isEqualTo(expectedSizes);
            assertThat(listing.cut()).isEqualTo(all.size() > limit);
            assertThat(listing.examined()).isBetween(listing.cliques().size(), all.size());
            assertThat(listing.complete()).isTrue();
        }
    }

    @Test
    void aMapWithCountlessCliquesStopsAfterItsBudgetAndSaysSo() {
        // Moon-Moser graph of 45 persons: 3^15 (over 14 million) maximal cliques.
        var graph = new SimpleGraph<String, DefaultEdge>(DefaultEdge.class);
        for (int i = 0; i < 45; i++) {
            graph.addVertex("p" + i);
        }
        for (int i = 0; i < 45; i++) {
            for (int j = i + 1; j < 45; j++) {
                if (i / 3 != j / 3) {
                    graph.addEdge("p" + i, "p" + j);
                }
            }
        }
        var listing = LargestCliques.of(graph, 50, 3);
        assertThat(listing.cliques()).hasSize(50).allSatisfy(c -> assertThat(c).hasSize(15));
        assertThat(listing.cut()).isTrue();
        assertThat(listing.complete()).isFalse();
        assertThat(listing.examined()).isBetween(51, LargestCliques.MAX_STEPS);
    }
}
