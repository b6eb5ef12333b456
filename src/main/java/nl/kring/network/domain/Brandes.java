package nl.kring.network.domain;

import java.util.Arrays;

/**
 * Betweenness of an unweighted, undirected graph by Brandes' algorithm on int arrays.
 *
 * <p>Kring uses JGraphT for its graph figures, but its {@code BetweennessCentrality} took about 27 ms
 * for a 150-person map (hash maps per vertex; see docs/performance.md), against a goal of well under
 * 5 ms. This is the same algorithm with arrays; a test compares it with JGraphT on many random graphs.
 */
final class Brandes {

    private Brandes() {}

    /**
     * Raw betweenness per vertex, each unordered pair of other vertices counted once (as NetworkX's
     * unnormalised undirected betweenness).
     *
     * @param neighbours for each vertex 0..n-1 the indices of its neighbours (no loops, no duplicates)
     */
    static double[] raw(int[][] neighbours) {
        int n = neighbours.length;
        var betweenness = new double[n];
        var stack = new int[n];
        var queue = new int[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        for (int source = 0; source < n; source++) {
            Arrays.fill(sigma, 0);
            Arrays.fill(distance, -1);
            Arrays.fill(delta, 0);
            sigma[source] = 1;
            distance[source] = 0;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = source;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != source) {
                    betweenness[w] += delta[w];
                }
            }
        }
        // every unordered pair was seen from both ends
        for (int v = 0; v < n; v++) {
            betweenness[v] /= 2;
        }
        return betweenness;
    }
}
