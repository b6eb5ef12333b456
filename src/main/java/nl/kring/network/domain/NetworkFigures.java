package nl.kring.network.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one map version, computed by {@link NetworkAnalysis}. Everything is about the
 * counted network members (living persons inside the map); the centre is never part of them.
 * All collections are unmodifiable and in a stable order: ids sorted, cliques largest first.
 *
 * @param personCount number of counted persons
 * @param tieCount number of distinct ties between counted persons
 * @param density ties divided by possible ties, {@code E / (n(n-1)/2)}; 0 when fewer than two persons
 * @param degree per person, with how many other network members they have a tie
 * @param isolated persons without any tie to another network member
 * @param cliques maximal groups of at least three persons who all know each other, at most the
 *        configured number of the largest ones
 * @param cliqueSearch whether {@code cliques} was cut and how many cliques the search examined
 * @param articulationPoints persons who alone hold parts of the network together: without them it
 *        falls apart into more pieces
 * @param components number of separate parts of the network; an isolated person is a part of their own
 * @param betweenness per person, the share of shortest paths between two others that pass through
 *        them, normalised as NetworkX does for undirected graphs (0 to 1)
 * @param sectors persons per sector, all four sectors present
 * @param circles persons per circle, all three circles present
 * @param supportByType per support type, who gives it to the centre
 * @param members per counted person, the facts the signals need, sorted by id
 * @param signals warnings computed from these figures; empty for figures computed without signals
 */
public record NetworkFigures(
        int personCount,
        int tieCount,
        double density,
        SortedMap<String, Integer> degree,
        List<String> isolated,
        List<List<String>> cliques,
        CliqueSearch cliqueSearch,
        List<String> articulationPoints,
        int components,
        SortedMap<String, Double> betweenness,
        Map<Sector, Integer> sectors,
        Map<Circle, Integer> circles,
        Map<SupportType, SupportGivers> supportByType,
        List<Member> members,
        List<Signal> signals) {

    /**
     * How far the search for cliques got.
     *
     * @param cut there are more cliques than listed: only the largest are in {@code cliques}
     * @param examined how many cliques (of at least three persons) the search found, the listed ones
     *        included
     * @param complete the search looked at the whole map; when false it stopped early and the listed
     *        cliques are the largest of the examined ones
     */
    public record CliqueSearch(boolean cut, int examined, boolean complete) {
    }

    public NetworkFigures {
        degree = Collections.unmodifiableSortedMap(new TreeMap<>(degree));
        isolated = List.copyOf(isolated);
        cliques = cliques.stream().map(List::copyOf).toList();
        articulationPoints = List.copyOf(articulationPoints);
        betweenness = Collections.unmodifiableSortedMap(new TreeMap<>(betweenness));
        sectors = Collections.unmodifiableMap(copy(Sector.class, sectors));
        circles = Collections.unmodifiableMap(copy(Circle.class, circles));
        supportByType = Collections.unmodifiableMap(copy(SupportType.class, supportByType));
        members = List.copyOf(members);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> copy(Class<K> keys, Map<K, V> map) {
        var copy = new EnumMap<K, V>(keys);
        copy.putAll(map);
        return copy;
    }

    public NetworkFigures withSignals(List<Signal> signals) {
        return new NetworkFigures(personCount, tieCount, density, degree, isolated, cliques, cliqueSearch, articulationPoints,
                components, betweenness, sectors, circles, supportByType, members, signals);
    }
}
