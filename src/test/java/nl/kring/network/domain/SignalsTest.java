package nl.kring.network.domain;

import static nl.kring.network.domain.Networks.map;
import static nl.kring.network.domain.Networks.person;
import static nl.kring.network.domain.Networks.ties;
import static nl.kring.network.domain.SupportDirection.GIVES_TO_CENTRE;
import static nl.kring.network.domain.SupportDirection.MUTUAL;
import static nl.kring.network.domain.SupportDirection.RECEIVES_FROM_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final SignalThresholds DEFAULTS = SignalThresholds.DEFAULTS;

    private static List<Signal> signalsOf(MapVersion version) {
        return NetworkAnalysis.of(version, DEFAULTS, TODAY).signals();
    }

    private static List<Signal> signalsOf(MapVersion version, SignalCode code) {
        return signalsOf(version).stream().filter(s -> s.code() == code).toList();
    }

    private static MapPerson.Builder professional(String id) {
        return person(id).level(SupportLevel.PROFESSIONAL).at(-45, 20);
    }

    /** Everyone knows everyone, support goes both ways: nothing to signal. */
    private static MapVersion healthyNetwork() {
        return map(List.of(
                person("mum").support(SupportType.EMOTIONAL, MUTUAL).build(),
                person("gran").support(SupportType.PRACTICAL, GIVES_TO_CENTRE)
                        .support(SupportType.INFORMATIONAL, GIVES_TO_CENTRE).build(),
                professional("coach").at(-45, 80).support(SupportType.INFORMATIONAL, GIVES_TO_CENTRE).build()),
                ties("mum-gran", "gran-coach", "mum-coach"));
    }

    @Test
    void aHealthyNetworkRaisesNoSignal() {
        assertThat(signalsOf(healthyNetwork())).isEmpty();
    }

    @Test
    void signalsAreOrderedByCode() {
        var version = map(List.of(
                professional("coach").support(SupportType.EMOTIONAL, GIVES_TO_CENTRE).build(),
                person("gran").build()), List.of());
        assertThat(signalsOf(version)).extracting(Signal::code).containsExactly(
                SignalCode.PROFESSIONALS_IN_INNER_CIRCLES,
                SignalCode.SUPPORT_ONLY_FROM_PROFESSIONALS,
                SignalCode.NO_RECIPROCITY,
                SignalCode.ISOLATED_MEMBERS);
    }

    @Nested
    class ProfessionalsInInnerCircles {

        @Test
        void professionalsFillingTheInnerCirclesRaiseASignal() {
            var version = map(List.of(
                    professional("coach").build(),
                    professional("therapist").at(-10, 50).build(),
                    person("gran").at(45, 50).build(),
                    person("teacher").at(-120, 80).build()), ties("coach-therapist", "therapist-gran", "gran-coach"));
            var signals = signalsOf(version, SignalCode.PROFESSIONALS_IN_INNER_CIRCLES);
            assertThat(signals).singleElement().satisfies(s -> {
                assertThat(s.personIds()).containsExactly("coach", "therapist");
                assertThat(s.figures()).containsEntry("professionals", 2)
                        .containsEntry("personsInInnerCircles", 3)
                        .containsEntry("share", 2.0 / 3.0);
            });
        }

        @Test
        void professionalsInTheOuterCircleDoNotCount() {
            var version = map(List.of(professional("coach").at(-45, 80).build(), person("gran").build()),
                    ties("coach-gran"));
            assertThat(signalsOf(version, SignalCode.PROFESSIONALS_IN_INNER_CIRCLES)).isEmpty();
        }

        @Test
        void lessThanHalfProfessionalsIsNoSignal() {
            var version = map(List.of(professional("coach").build(), person("gran").build(), person("mum").build()),
                    ties("coach-gran", "gran-mum", "mum-coach"));
            assertThat(signalsOf(version, SignalCode.PROFESSIONALS_IN_INNER_CIRCLES)).isEmpty();
        }

        @Test
        void withoutALevelThePositionInTheProfessionalSectorDecides() {
            var version = map(List.of(person("coach").level(null).at(-45, 20).build(), person("gran").build()),
                    ties("coach-gran"));
            assertThat(signalsOf(version, SignalCode.PROFESSIONALS_IN_INNER_CIRCLES))
                    .singleElement().extracting(Signal::personIds).isEqualTo(List.of("coach"));
        }
    }

    @Nested
    class SupportOnlyFromProfessionals {

        @Test
        void aSupportTypeThatOnlyProfessionalsGiveRaisesASignal() {
            var version = map(List.of(
                    professional("coach").at(-45, 80).support(SupportType.EMOTIONAL, GIVES_TO_CENTRE).build(),
                    professional("nurse").at(-45, 80).support(SupportType.EMOTIONAL, MUTUAL).build(),
                    person("gran").support(SupportType.PRACTICAL, MUTUAL).build()),
                    ties("coach-nurse", "nurse-gran", "gran-coach"));
            assertThat(signalsOf(version, SignalCode.SUPPORT_ONLY_FROM_PROFESSIONALS)).singleElement()
                    .satisfies(s -> {
                        assertThat(s.personIds()).containsExactly("coach", "nurse");
                        assertThat(s.figures()).containsEntry("supportType", "EMOTIONAL");
                    });
        }

        @Test
        void oneInformalGiverIsEnough() {
            var version = map(List.of(
                    professional("coach").at(-45, 80).support(SupportType.EMOTIONAL, GIVES_TO_CENTRE).build(),
                    person("gran").support(SupportType.EMOTIONAL, MUTUAL).build()), ties("coach-gran"));
            assertThat(signalsOf(version, SignalCode.SUPPORT_ONLY_FROM_PROFESSIONALS)).isEmpty();
        }
    }

    @Nested
    class SupporterOverload {

        @Test
        void oneInformalPersonGivingFourSupportTypesMayBeOverloaded() {
            var version = map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, MUTUAL)
                            .support(SupportType.PRACTICAL, GIVES_TO_CENTRE)
                            .support(SupportType.INFORMATIONAL, GIVES_TO_CENTRE)
                            .support(SupportType.COMPANIONSHIP, GIVES_TO_CENTRE).build(),
                    person("mum").support(SupportType.EMOTIONAL, MUTUAL).build()), ties("gran-mum"));
            assertThat(signalsOf(version, SignalCode.SUPPORTER_OVERLOAD)).singleElement().satisfies(s -> {
                assertThat(s.personIds()).containsExactly("gran");
                assertThat(s.figures()).containsEntry("supportTypes", 4);
            });
        }

        @Test
        void threeSupportTypesOrSupportReceivedDoNotCount() {
            var version = map(List.of(person("gran")
                    .support(SupportType.EMOTIONAL, MUTUAL)
                    .support(SupportType.PRACTICAL, GIVES_TO_CENTRE)
                    .support(SupportType.INFORMATIONAL, GIVES_TO_CENTRE)
                    .support(SupportType.COMPANIONSHIP, RECEIVES_FROM_CENTRE).build()), List.of());
            assertThat(signalsOf(version, SignalCode.SUPPORTER_OVERLOAD)).isEmpty();
        }

        @Test
        void aProfessionalGivingEverythingIsNotOverloadedInThisSense() {
            var builder = professional("coach");
            for (SupportType type : SupportType.values()) {
                builder.support(type, MUTUAL);
            }
            assertThat(signalsOf(map(List.of(builder.build()), List.of()), SignalCode.SUPPORTER_OVERLOAD)).isEmpty();
        }

        @Test
        void manyPlanAgreementsForOnePersonAlsoRaiseIt() {
            var version = map(List.of(person("gran").build(), person("mum").build()), ties("gran-mum"));
            var figures = NetworkAnalysis.of(version, null, DEFAULTS, TODAY,
                    ActivationInfo.plans(Map.of("gran", 5, "mum", 4)));
            assertThat(figures.signals()).filteredOn(s -> s.code() == SignalCode.SUPPORTER_OVERLOAD)
                    .singleElement().satisfies(s -> {
                        assertThat(s.personIds()).containsExactly("gran");
                        assertThat(s.figures()).containsEntry("agreements", 5);
                    });
        }
    }

    @Nested
    class NoReciprocity {

        @Test
        void supportThatOnlyFlowsToTheCentreRaisesASignal() {
            var version = map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, GIVES_TO_CENTRE).build(),
                    person("mum").support(SupportType.PRACTICAL, GIVES_TO_CENTRE).build(),
                    person("cousin").build()), ties("gran-mum", "mum-cousin", "cousin-gran"));
            assertThat(signalsOf(version, SignalCode.NO_RECIPROCITY)).singleElement()
                    .extracting(Signal::personIds).isEqualTo(List.of("gran", "mum"));
        }

        @Test
        void oneMutualRelationshipIsEnough() {
            var version = map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, GIVES_TO_CENTRE).build(),
                    person("mum").support(SupportType.PRACTICAL, MUTUAL).build()), ties("gran-mum"));
            assertThat(signalsOf(version, SignalCode.NO_RECIPROCITY)).isEmpty();
        }

        @Test
        void theCentreSupportingSomeoneAlsoCounts() {
            var version = map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, GIVES_TO_CENTRE).build(),
                    person("brother").support(SupportType.PRACTICAL, RECEIVES_FROM_CENTRE).build()),
                    ties("gran-brother"));
            assertThat(signalsOf(version, SignalCode.NO_RECIPROCITY)).isEmpty();
        }

        @Test
        void withoutAnySupportThereIsNothingToBeOneSided() {
            assertThat(signalsOf(Networks.triangle(), SignalCode.NO_RECIPROCITY)).isEmpty();
        }
    }

    @Nested
    class IsolatedMembers {

        @Test
        void anIsolatedGrandmotherRaisesASignal() {
            var version = map(List.of(person("oma").build(), person("mum").build(), person("dad").build()),
                    ties("mum-dad"));
            assertThat(signalsOf(version, SignalCode.ISOLATED_MEMBERS)).singleElement().satisfies(s -> {
                assertThat(s.personIds()).containsExactly("oma");
                assertThat(s.figures()).containsEntry("isolated", 1).containsEntry("personCount", 3);
            });
        }

        @Test
        void aSinglePersonCannotBeIsolatedFromOthers() {
            assertThat(signalsOf(Networks.onlyGrandmother(), SignalCode.ISOLATED_MEMBERS)).isEmpty();
        }

        @Test
        void aConnectedNetworkHasNoIsolatedMembers() {
            assertThat(signalsOf(Networks.pathOfFive(), SignalCode.ISOLATED_MEMBERS)).isEmpty();
        }
    }

    @Nested
    class SingleConnector {

        @Test
        void aNeighbourHoldingTheNetworkTogetherRaisesASignal() {
            assertThat(signalsOf(Networks.networkHeldTogetherByOneNeighbour(), SignalCode.SINGLE_CONNECTOR))
                    .singleElement().satisfies(s -> {
                        assertThat(s.personIds()).containsExactly("neighbour");
                        assertThat(s.figures()).containsEntry("degree", 4);
                    });
        }

        @Test
        void eachConnectorOnAPathGetsItsOwnSignal() {
            assertThat(signalsOf(Networks.pathOfFive(), SignalCode.SINGLE_CONNECTOR))
                    .extracting(Signal::personIds)
                    .containsExactly(List.of("b"), List.of("c"), List.of("d"));
        }

        @Test
        void aTriangleHasNoSingleConnector() {
            assertThat(signalsOf(Networks.triangle(), SignalCode.SINGLE_CONNECTOR)).isEmpty();
        }
    }

    @Nested
    class ShrinkingNetwork {

        private MapVersion before() {
            return map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, MUTUAL).build(),
                    person("aunt").support(SupportType.PRACTICAL, GIVES_TO_CENTRE).build(),
                    person("mum").support(SupportType.EMOTIONAL, MUTUAL).build()),
                    ties("gran-aunt", "aunt-mum", "mum-gran"));
        }

        @Test
        void fewerSupportivePersonsThanLastTimeRaisesASignal() {
            var after = map(List.of(
                    person("gran").support(SupportType.EMOTIONAL, MUTUAL).build(),
                    person("aunt").build(),
                    person("mum").support(SupportType.EMOTIONAL, MUTUAL).build()),
                    ties("gran-aunt", "aunt-mum", "mum-gran"));
            var signals = NetworkAnalysis.of(after, before(), DEFAULTS, TODAY, ActivationInfo.none()).signals();
            assertThat(signals).filteredOn(s -> s.code() == SignalCode.SHRINKING_NETWORK).singleElement()
                    .satisfies(s -> {
                        assertThat(s.personIds()).containsExactly("aunt");
                        assertThat(s.figures()).containsEntry("supportivePersonsBefore", 3)
                                .containsEntry("supportivePersonsNow", 2);
                    });
        }

        @Test
        void theSameNumberOfSupportivePersonsIsNoSignal() {
            var signals = NetworkAnalysis.of(before(), before(), DEFAULTS, TODAY, ActivationInfo.none()).signals();
            assertThat(signals).noneMatch(s -> s.code() == SignalCode.SHRINKING_NETWORK);
        }

        @Test
        void withoutAPreviousVersionNothingCanShrink() {
            assertThat(signalsOf(before(), SignalCode.SHRINKING_NETWORK)).isEmpty();
        }
    }

    @Nested
    class Turning18 {

        private List<Signal> turning18(LocalDate birthDate) {
            var version = new MapVersion(Networks.SAM.bornOn(birthDate), List.of(), List.of());
            return signalsOf(version, SignalCode.TURNING_18);
        }

        @Test
        void aYouthTurning18WithinAYearRaisesASignal() {
            assertThat(turning18(LocalDate.of(2008, 9, 1))).singleElement().satisfies(s -> {
                assertThat(s.personIds()).isEmpty();
                assertThat(s.figures()).containsEntry("eighteenthBirthday", "2026-09-01");
            });
        }

        @Test
        void exactlyTwelveMonthsAheadStillCounts() {
            assertThat(turning18(LocalDate.of(2009, 3, 15))).hasSize(1);
            assertThat(turning18(LocalDate.of(2009, 3, 16))).isEmpty();
        }

        @Test
        void aYouthWhoIsAlready18OrUnknownRaisesNone() {
            assertThat(turning18(LocalDate.of(2008, 3, 15))).isEmpty();
            assertThat(signalsOf(Networks.empty(), SignalCode.TURNING_18)).isEmpty();
        }

        @Test
        void theWindowIsConfigurable() {
            var sixMonths = new SignalThresholds(0.5, 1, 4, 5, 1, 2, 1, 6);
            var version = new MapVersion(Networks.SAM.bornOn(LocalDate.of(2008, 12, 1)), List.of(), List.of());
            assertThat(NetworkAnalysis.of(version, sixMonths, TODAY).signals()).isEmpty();
        }
    }

    @Nested
    class MappedNotActivated {

        private MapVersion version() {
            return map(List.of(person("gran").build(), person("aunt").build(), professional("coach").build()),
                    ties("gran-aunt", "aunt-coach", "coach-gran"));
        }

        @Test
        void personsNeverPartOfAnAgreementRaiseASignalOnceThereArePlans() {
            var figures = NetworkAnalysis.of(version(), null, DEFAULTS, TODAY, ActivationInfo.plans(Map.of("gran", 2)));
            assertThat(figures.signals()).filteredOn(s -> s.code() == SignalCode.MAPPED_NOT_ACTIVATED)
                    .singleElement().extracting(Signal::personIds).isEqualTo(List.of("aunt"));
        }

        @Test
        void withoutPlansNobodyCouldHaveBeenAsked() {
            assertThat(signalsOf(version(), SignalCode.MAPPED_NOT_ACTIVATED)).isEmpty();
        }

        @Test
        void everyoneInAnAgreementIsNoSignal() {
            var figures = NetworkAnalysis.of(version(), null, DEFAULTS, TODAY,
                    ActivationInfo.plans(Map.of("gran", 1, "aunt", 1)));
            assertThat(figures.signals()).noneMatch(s -> s.code() == SignalCode.MAPPED_NOT_ACTIVATED);
        }
    }
}
