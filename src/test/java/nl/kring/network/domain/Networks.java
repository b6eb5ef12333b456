package nl.kring.network.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small hand-made networks, named for what they show. */
final class Networks {

    static final Centre SAM = Centre.named("Sam");

    private Networks() {
    }

    /** A living person in the family sector, inner circle, level 1. */
    static MapPerson.Builder person(String id) {
        return MapPerson.builder(id, "Person " + id).at(45.0, 20.0).level(SupportLevel.EVERYDAY);
    }

    static MapVersion map(List<MapPerson> persons, List<Tie> ties) {
        return new MapVersion(SAM, persons, ties);
    }

    static List<MapPerson> persons(String... ids) {
        return Arrays.stream(ids).map(id -> person(id).build()).toList();
    }

    /** Ties given as "a-b" strings. */
    static List<Tie> ties(String... pairs) {
        var ties = new ArrayList<Tie>();
        for (String pair : pairs) {
            var ends = pair.split("-");
            ties.add(new Tie(ends[0], ends[1]));
        }
        return ties;
    }

    /** {@code persons} persons p0, p1, … with {@code ties} distinct ties between them, drawn at random. */
    static MapVersion random(int persons, int ties, long seed) {
        if (ties > persons * (persons - 1) / 2) {
            throw new IllegalArgumentException("more ties than pairs");
        }
        var ids = new String[persons];
        for (int i = 0; i < persons; i++) {
            ids[i] = "p" + i;
        }
        var random = new java.util.Random(seed);
        var pairs = new java.util.LinkedHashSet<String>();
        while (pairs.size() < ties) {
            int a = random.nextInt(persons);
            int b = random.nextInt(persons);
            if (a != b) {
                pairs.add("p" + Math.min(a, b) + "-p" + Math.max(a, b));
            }
        }
        return map(persons(ids), ties(pairs.toArray(String[]::new)));
    }

    static MapVersion empty() {
        return map(List.of(), List.of());
    }

    static MapVersion onlyGrandmother() {
        return map(persons("oma"), List.of());
    }

    static MapVersion twoStrangers() {
        return map(persons("a", "b"), List.of());
    }

    static MapVersion twoWhoKnowEachOther() {
        return map(persons("a", "b"), ties("a-b"));
    }

    static MapVersion triangle() {
        return map(persons("a", "b", "c"), ties("a-b", "b-c", "a-c"));
    }

    static MapVersion completeFive() {
        return map(persons("a", "b", "c", "d", "e"),
                ties("a-b", "a-c", "a-d", "a-e", "b-c", "b-d", "b-e", "c-d", "c-e", "d-e"));
    }

    /** a - b - c - d - e */
    static MapVersion pathOfFive() {
        return map(persons("a", "b", "c", "d", "e"), ties("a-b", "b-c", "c-d", "d-e"));
    }

    /** The mother knows four others who don't know each other. */
    static MapVersion starAroundMother() {
        return map(persons("mother", "w", "x", "y", "z"), ties("mother-w", "mother-x", "mother-y", "mother-z"));
    }

    /** a - b - c, and d and e who know nobody else on the map. */
    static MapVersion pathOfThreeAndTwoIsolates() {
        return map(persons("a", "b", "c", "d", "e"), ties("a-b", "b-c"));
    }

    /** Two triangles, family and neighbours, that only meet in the neighbour. */
    static MapVersion networkHeldTogetherByOneNeighbour() {
        return map(persons("aunt", "uncle", "neighbour", "coach", "friend"),
                ties("aunt-uncle", "aunt-neighbour", "uncle-neighbour",
                        "neighbour-coach", "neighbour-friend", "coach-friend"));
    }

    /** a - b - c - d - a: two shortest paths between each opposite pair. */
    static MapVersion squareOfFriends() {
        return map(persons("a", "b", "c", "d"), ties("a-b", "b-c", "c-d", "d-a"));
    }
}
