package nl.kring.network.domain;

import static nl.kring.network.domain.Networks.map;
import static nl.kring.network.domain.Networks.person;
import static nl.kring.network.domain.Networks.persons;
import static nl.kring.network.domain.Networks.ties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NetworkAnalysisTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private static NetworkFigures figuresOf(MapVersion version) {
        return NetworkAnalysis.figuresOf(version);
    }

    @Nested
    class GraphFigures {

        @Test
        void anEmptyMapHasNoFiguresButAllKeys() {
            var f = figuresOf(Networks.empty());
            assertThat(f.personCount()).isZero();
            assertThat(f.tieCount()).isZero();
            assertThat(f.density()).isZero();
            assertThat(f.degree()).isEmpty();
            assertThat(f.isolated()).isEmpty();
            assertThat(f.cliques()).isEmpty();
            assertThat(f.articulationPoints()).isEmpty();
            assertThat(f.components()).isZero();
            assertThat(f.betweenness()).isEmpty();
            assertThat(f.sectors()).containsOnlyKeys(Sector.values()).allSatisfy((k, v) -> assertThat(v).isZero());
            assertThat(f.circles()).containsOnlyKeys(Circle.values()).allSatisfy((k, v) -> assertThat(v).isZero());
            assertThat(f.supportByType()).containsOnlyKeys(SupportType.values());
            assertThat(f.signals()).isEmpty();
        }

        @Test
        void aGrandmotherAloneIsOneIsolatedComponent() {
            var f = figuresOf(Networks.onlyGrandmother());
            assertThat(f.personCount()).isEqualTo(1);
            assertThat(f.tieCount()).isZero();
            assertThat(f.density()).isZero();
            assertThat(f.degree()).containsExactly(Map.entry("oma", 0));
            assertThat(f.isolated()).containsExactly("oma");
            assertThat(f.components()).isEqualTo(1);
            assertThat(f.articulationPoints()).isEmpty();
            assertThat(f.cliques()).isEmpty();
            assertThat(f.betweenness()).containsExactly(Map.entry("oma", 0.0));
        }

        @Test
        void twoStrangersAreTwoComponentsWithDensityZero() {
            var f = figuresOf(Networks.twoStrangers());
            assertThat(f.personCount()).isEqualTo(2);
            assertThat(f.density()).isZero();
            assertThat(f.isolated()).containsExactly("a", "b");
            assertThat(f.components()).isEqualTo(2);
        }

        @Test
        void twoWhoKnowEachOtherAreAFullyDenseNetwork() {
            var f = figuresOf(Networks.twoWhoKnowEachOther());
            assertThat(f.tieCount()).isEqualTo(1);
            assertThat(f.density()).isEqualTo(1.0);
            assertThat(f.degree()).containsExactly(Map.entry("a", 1), Map.entry("b", 1));
            assertThat(f.isolated()).isEmpty();
            assertThat(f.components()).isEqualTo(1);
            assertThat(f.articulationPoints()).isEmpty();
            assertThat(f.cliques()).isEmpty();
            assertThat(f.betweenness()).containsExactly(Map.entry("a", 0.0), Map.entry("b", 0.0));
        }

        @Test
        void aTriangleIsOneCliqueWithoutConnector() {
            var f = figuresOf(Networks.triangle());
            assertThat(f.tieCount()).isEqualTo(3);
            assertThat(f.density()).isEqualTo(1.0);
            assertThat(f.degree()).containsValues(2, 2, 2);
            assertThat(f.cliques()).containsExactly(List.of("a", "b", "c"));
            assertThat(f.articulationPoints()).isEmpty();
            assertThat(f.components()).isEqualTo(1);
            assertThat(f.betweenness().values()).containsOnly(0.0);
        }

        @Test
        void inACompleteGraphOfFiveEveryoneKnowsEveryone() {
            var f = figuresOf(Networks.completeFive());
            assertThat(f.personCount()).isEqualTo(5);
            assertThat(f.tieCount()).isEqualTo(10);
            assertThat(f.density()).isEqualTo(1.0);
            assertThat(f.degree().values()).containsOnly(4);
            assertThat(f.cliques()).containsExactly(List.of("a", "b", "c", "d", "e"));
            assertThat(f.articulationPoints()).isEmpty();
            assertThat(f.isolated()).isEmpty();
            assertThat(f.components()).isEqualTo(1);
            assertThat(f.betweenness().values()).containsOnly(0.0);
        }

        @Test
        void aPathHasItsInnerPersonsAsConnectors() {
            var f = figuresOf(Networks.pathOfFive());
            assertThat(f.tieCount()).isEqualTo(4);
            assertThat(f.density()).isCloseTo(0.4, EXACT);
            assertThat(f.degree()).containsExactly(
                    Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 2), Map.entry("d", 2), Map.entry("e", 1));
            assertThat(f.articulationPoints()).containsExactly("b", "c", "d");
            assertThat(f.cliques()).isEmpty();
            assertThat(f.components()).isEqualTo(1);
        }

        @Test
        void aStarHasItsMiddleAsTheOnlyConnector() {
            var f = figuresOf(Networks.starAroundMother());
            assertThat(f.tieCount()).isEqualTo(4);
            assertThat(f.density()).isCloseTo(0.4, EXACT);
            assertThat(f.degree()).containsEntry("mother", 4).containsEntry("w", 1);
            assertThat(f.articulationPoints()).containsExactly("mother");
            assertThat(f.cliques()).isEmpty();
        }

        @Test
        void aDisconnectedNetworkCountsEachIsolateAsAComponent() {
            var f = figuresOf(Networks.pathOfThreeAndTwoIsolates());
            assertThat(f.personCount()).isEqualTo(5);
            assertThat(f.tieCount()).isEqualTo(2);
            assertThat(f.density()).isCloseTo(0.2, EXACT);
            assertThat(f.isolated()).containsExactly("d", "e");
            assertThat(f.components()).isEqualTo(3);
            assertThat(f.articulationPoints()).containsExactly("b");
        }

        @Test
        void aNeighbourHoldingTwoTrianglesTogetherIsTheirConnector() {
            var f = figuresOf(Networks.networkHeldTogetherByOneNeighbour());
            assertThat(f.cliques()).containsExactly(
                    List.of("aunt", "neighbour", "uncle"), List.of("coach", "friend", "neighbour"));
            assertThat(f.articulationPoints()).containsExactly("neighbour");
            assertThat(f.degree()).containsEntry("neighbour", 4);
            assertThat(f.components()).isEqualTo(1);
        }

        @Test
        void cliquesAreListedLargestFirstThenByIds() {
            // K4 {a,b,c,d} and triangles {d,e,f} and {a,x,y}
            var f = figuresOf(map(persons("a", "b", "c", "d", "e", "f", "x", "y"),
                    ties("a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-e", "d-f", "e-f", "a-x", "a-y", "x-y")));
            assertThat(f.cliques()).containsExactly(
                    List.of("a", "b", "c", "d"), List.of("a", "x", "y"), List.of("d", "e", "f"));
        }
    }

    /**
     * Expected values are those of NetworkX's {@code betweenness_centrality(G)} (normalised, undirected):
     * raw pair count through a person divided by (n-1)(n-2)/2, computed here by hand.
     */
    @Nested
    class Betweenness {

        @Test
        void onAPathTheMiddleCarriesMost() {
            // n=5, pairs of others = 6. b: a-c, a-d, a-e = 3; c: a-d, a-e, b-d, b-e = 4; d like b.
            var f = figuresOf(Networks.pathOfFive());
            assertThat(f.betweenness().get("a")).isCloseTo(0.0, EXACT);
            assertThat(f.betweenness().get("b")).isCloseTo(0.5, EXACT);
            assertThat(f.betweenness().get("c")).isCloseTo(4.0 / 6.0, EXACT);
            assertThat(f.betweenness().get("d")).isCloseTo(0.5, EXACT);
            assertThat(f.betweenness().get("e")).isCloseTo(0.0, EXACT);
        }

        @Test
        void theMiddleOfAStarLiesOnEveryPath() {
            // all 6 pairs of leaves pass through the mother: 6 / 6 = 1
            var f = figuresOf(Networks.starAroundMother());
            assertThat(f.betweenness().get("mother")).isCloseTo(1.0, EXACT);
            assertThat(f.betweenness().get("w")).isCloseTo(0.0, EXACT);
        }

        @Test
        void twoEqualShortestPathsShareTheCredit() {
            // square: the pair a-c has two shortest paths (via b, via d), each gets 1/2. n=4: /3.
            var f = figuresOf(Networks.squareOfFriends());
            assertThat(f.betweenness().values()).allSatisfy(b -> assertThat(b).isCloseTo(0.5 / 3.0, EXACT));
        }

        @Test
        void isolatesStillCountInTheNormalisation() {
            // b lies on the one path a-c; n=5 (isolates included), so 1 / 6
            var f = figuresOf(Networks.pathOfThreeAndTwoIsolates());
            assertThat(f.betweenness().get("b")).isCloseTo(1.0 / 6.0, EXACT);
            assertThat(f.betweenness().get("d")).isCloseTo(0.0, EXACT);
        }

        @Test
        void theNeighbourBetweenTwoTrianglesLiesOnAllPathsAcross() {
            // 4 pairs across (aunt/uncle x coach/friend), n=5: 4 / 6
            var f = figuresOf(Networks.networkHeldTogetherByOneNeighbour());
            assertThat(f.betweenness().get("neighbour")).isCloseTo(4.0 / 6.0, EXACT);
            assertThat(f.betweenness().get("aunt")).isCloseTo(0.0, EXACT);
        }

        @Test
        void separatePartsAreComputedApartButNormalisedTogether() {
            // a-b-c and d-e-f: b and e each lie on one path; n=6, pairs of others = 10
            var f = figuresOf(map(persons("a", "b", "c", "d", "e", "f"), ties("a-b", "b-c", "d-e", "e-f")));
            assertThat(f.betweenness().get("b")).isCloseTo(0.1, EXACT);
            assertThat(f.betweenness().get("e")).isCloseTo(0.1, EXACT);
            assertThat(f.betweenness().get("a")).isCloseTo(0.0, EXACT);
        }

        @Test
        void withTwoPersonsNobodyIsBetween() {
            assertThat(figuresOf(Networks.twoWhoKnowEachOther()).betweenness().values()).containsOnly(0.0);
        }
    }

    @Nested
    class WhoCounts {

        @Test
        void deceasedNonHumanAndOutsidePersonsStayOnTheMapButAreNotCounted() {
            var version = map(List.of(
                            person("mother").build(),
                            person("grandfather").deceased(true).build(),
                            person("dog").kind(EntryKind.PET).build(),
                            person("teddy").kind(EntryKind.NON_HUMAN).build(),
                            person("exPartner").at(45.0, 100.5).build(),
                            person("onTheCentre").at(45.0, 0.0).build(),
                            person("sister").build()),
                    ties("mother-grandfather", "mother-dog", "mother-teddy", "mother-exPartner",
                            "mother-onTheCentre", "grandfather-sister", "mother-sister"));
            var f = figuresOf(version);
            assertThat(f.personCount()).isEqualTo(2);
            assertThat(f.degree()).containsOnlyKeys("mother", "sister");
            assertThat(f.tieCount()).isEqualTo(1);
            assertThat(f.density()).isEqualTo(1.0);
            assertThat(f.members()).extracting(Member::id).containsExactly("mother", "sister");
        }

        @Test
        void aPersonOnTheOuterEdgeIsStillCounted() {
            var f = figuresOf(map(List.of(person("p").at(10.0, 100.0).build()), List.of()));
            assertThat(f.personCount()).isEqualTo(1);
            assertThat(f.circles()).containsEntry(Circle.OUTER, 1);
        }

        @Test
        void duplicateTiesAndSelfTiesAreIgnored() {
            var f = figuresOf(map(persons("a", "b"), List.of(
                    new Tie("a", "b"), new Tie("b", "a"), new Tie("a", "b", true), new Tie("a", "a"))));
            assertThat(f.tieCount()).isEqualTo(1);
            assertThat(f.degree()).containsExactly(Map.entry("a", 1), Map.entry("b", 1));
        }

        @Test
        void theCentreIsNeverAMember() {
            var f = figuresOf(Networks.triangle());
            assertThat(f.degree()).doesNotContainKey("Sam");
        }
    }

    @Nested
    class SectorsCirclesAndSupport {

        @Test
        void personsAreCountedPerSectorAndCircle() {
            var f = figuresOf(map(List.of(
                    person("mum").at(30, 10).build(),
                    person("gran").at(80, 50).build(),
                    person("friend").at(120, 70).build(),
                    person("teacher").at(-120, 40).build(),
                    person("coach").at(-45, 20).build()), List.of()));
            assertThat(f.sectors()).containsExactly(
                    Map.entry(Sector.FAMILY, 2), Map.entry(Sector.FRIENDS, 1),
                    Map.entry(Sector.SCHOOL_WORK, 1), Map.entry(Sector.PROFESSIONALS, 1));
            assertThat(f.circles()).containsExactly(
                    Map.entry(Circle.INNER, 2), Map.entry(Circle.MIDDLE, 2), Map.entry(Circle.OUTER, 1));
        }

        @Test
        void supportGivenToTheCentreIsSplitIntoInformalAndProfessional() {
            var f = figuresOf(map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE).build(),
                    person("sister").support(SupportType.EMOTIONAL, SupportDirection.MUTUAL)
                            .support(SupportType.PRACTICAL, SupportDirection.RECEIVES_FROM_CENTRE).build(),
                    person("coach").level(SupportLevel.PROFESSIONAL)
                            .support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE).build(),
                    person("socialWorker").level(null).at(-30, 20)
                            .support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE).build(),
                    person("volunteer").level(SupportLevel.ORGANISED_INFORMAL).at(-30, 20)
                            .support(SupportType.COMPANIONSHIP, SupportDirection.GIVES_TO_CENTRE).build(),
                    person("lateUncle").deceased(true)
                            .support(SupportType.NORMATIVE, SupportDirection.GIVES_TO_CENTRE).build()), List.of()));
            assertThat(f.supportByType().get(SupportType.EMOTIONAL))
                    .isEqualTo(new SupportGivers(List.of("gran", "sister"), List.of("socialWorker")));
            assertThat(f.supportByType().get(SupportType.PRACTICAL)).isEqualTo(new SupportGivers(List.of(), List.of()));
            assertThat(f.supportByType().get(SupportType.INFORMATIONAL))
                    .isEqualTo(new SupportGivers(List.of(), List.of("coach")));
            assertThat(f.supportByType().get(SupportType.COMPANIONSHIP))
                    .isEqualTo(new SupportGivers(List.of("volunteer"), List.of()));
            assertThat(f.supportByType().get(SupportType.NORMATIVE)).isEqualTo(new SupportGivers(List.of(), List.of()));
        }
    }

    @Nested
    class CraftedMaps {

        @Test
        void aChainOfThousandsOfPersonsIsRefusedBeforeTheSlowAlgorithmsRun() {
            int n = 3000;
            var ids = new String[n];
            var chain = new String[n - 1];
            for (int i = 0; i < n; i++) {
                ids[i] = "p" + i;
                if (i > 0) {
                    chain[i - 1] = "p" + (i - 1) + "-p" + i;
                }
            }
            var version = map(persons(ids), ties(chain));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> figuresOf(version))
                    .isInstanceOfSatisfying(MapTooComplexException.class, e -> {
                        assertThat(e.personCount()).isEqualTo(n);
                        assertThat(e.tieCount()).isEqualTo(n - 1);
                    });
        }

        @Test
        void thousandsOfLoosePersonsAreStillAnalysed() {
            var ids = new String[3000];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = "p" + i;
            }
            var f = figuresOf(map(persons(ids), List.of()));
            assertThat(f.components()).isEqualTo(3000);
            assertThat(f.isolated()).hasSize(3000);
        }

        @Test
        void aMapCraftedToHaveCountlessCliquesGetsItsFiguresWithTheCliqueListCut() {
            // Moon-Moser graph: 12 groups of three, everyone knows everyone outside their own group:
            // 3^12 = 531441 maximal cliques of 12 persons from only 36 persons.
            var ids = new java.util.ArrayList<String>();
            var pairs = new java.util.ArrayList<String>();
            for (int i = 0; i < 36; i++) {
                ids.add("p" + i);
                for (int j = i + 1; j < 36; j++) {
                    if (i / 3 != j / 3) {
                        pairs.add("p" + i + "-p" + j);
                    }
                }
            }
            var f = figuresOf(map(persons(ids.toArray(String[]::new)), ties(pairs.toArray(String[]::new))));
            assertThat(f.cliques()).hasSize(NetworkAnalysis.DEFAULT_MAX_CLIQUES).allSatisfy(c -> assertThat(c).hasSize(12));
            assertThat(f.cliqueSearch().cut()).isTrue();
            assertThat(f.cliqueSearch().examined()).isGreaterThan(NetworkAnalysis.DEFAULT_MAX_CLIQUES).isLessThan(531441);
            assertThat(f.cliqueSearch().complete()).isFalse();
            assertThat(f.betweenness()).hasSize(36);
            assertThat(f.articulationPoints()).isEmpty();
        }

        @Test
        void aDenseMapOf150PersonsAnd5000TiesGetsEveryFigureAndTheLargestCliques() {
            var version = Networks.random(150, 5000, 12);
            var f = org.junit.jupiter.api.Assertions.assertTimeout(java.time.Duration.ofSeconds(10),
                    () -> figuresOf(version));
            assertThat(f.personCount()).isEqualTo(150);
            assertThat(f.tieCount()).isEqualTo(5000);
            assertThat(f.degree()).hasSize(150);
            assertThat(f.betweenness()).hasSize(150).allSatisfy((id, b) -> assertThat(b).isBetween(0.0, 1.0));
            assertThat(f.betweenness().values().stream().mapToDouble(Double::doubleValue).sum()).isPositive();
            assertThat(f.components()).isEqualTo(1);
            assertThat(f.cliqueSearch().cut()).isTrue();
            assertThat(f.cliqueSearch().examined()).isGreaterThan(NetworkAnalysis.DEFAULT_MAX_CLIQUES);
            assertThat(f.cliques()).hasSize(NetworkAnalysis.DEFAULT_MAX_CLIQUES);
            assertThat(f.cliques()).isSortedAccordingTo(java.util.Comparator.comparingInt(List<String>::size).reversed());
            assertThat(f.cliques()).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).hasSizeGreaterThanOrEqualTo(3));
            var ties = new java.util.HashSet<>(version.ties());
            for (var clique : f.cliques()) {
                for (int i = 0; i < clique.size(); i++) {
                    for (int j = i + 1; j < clique.size(); j++) {
                        assertThat(ties).as("everyone in %s knows each other", clique)
                                .contains(new Tie(clique.get(i), clique.get(j)));
                    }
                }
            }
        }

        @Test
        void aConfiguredLimitListsThatManyCliques() {
            var f = NetworkAnalysis.figuresOf(Networks.random(150, 5000, 12), 5);
            assertThat(f.cliques()).hasSize(5);
            assertThat(f.cliqueSearch().cut()).isTrue();
        }

        @Test
        void aMapOf500PersonsGetsAllFiguresHoweverManyTiesItHas() {
            for (int ties : new int[] {5000, 30_000}) {
                var f = org.junit.jupiter.api.Assertions.assertTimeout(java.time.Duration.ofSeconds(20),
                        () -> figuresOf(Networks.random(500, ties, ties)));
                assertThat(f.personCount()).isEqualTo(500);
                assertThat(f.tieCount()).isEqualTo(ties);
                assertThat(f.betweenness()).hasSize(500);
                assertThat(f.betweenness().values().stream().mapToDouble(Double::doubleValue).sum()).isPositive();
                assertThat(f.cliques()).isNotEmpty().hasSizeLessThanOrEqualTo(NetworkAnalysis.DEFAULT_MAX_CLIQUES);
            }
        }

        @Test
        void aSmallMapListsAllItsCliquesAndSaysSo() {
            var f = figuresOf(Networks.networkHeldTogetherByOneNeighbour());
            assertThat(f.cliques()).hasSize(2);
            assertThat(f.cliqueSearch()).isEqualTo(new NetworkFigures.CliqueSearch(false, 2, true));
        }
    }

    @Test
    void theSameMapInAnotherOrderGivesTheSameFigures() {
        var forwards = Networks.networkHeldTogetherByOneNeighbour();
        var backwards = map(forwards.persons().reversed(), forwards.ties().reversed());
        assertThat(figuresOf(backwards)).isEqualTo(figuresOf(forwards));
    }
}
