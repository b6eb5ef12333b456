package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kring.matching.domain.InvalidMatchingProblem.Part;
import nl.kring.matching.domain.InvalidMatchingProblem.Reason;
import org.junit.jupiter.api.Test;

class MatchingProblemTest {

    private static void refused(Runnable build, Part part, int position, Reason reason) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidMatchingProblem.class, e -> {
            assertThat(e.part()).isEqualTo(part);
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void aNegativeCapacityIsNamedByItsVolunteer() {
        refused(() -> MatchingProblem.of(1, new int[] {1, -1}, new int[0], new int[0], new double[0]),
                Part.VOLUNTEER_CAPACITY, 1, Reason.NEGATIVE);
    }

    @Test
    void aScoreThatIsNotAFiniteNumberIsRefused() {
        refused(() -> MatchingProblem.of(1, new int[] {1}, new int[] {0}, new int[] {0}, new double[] {Double.NaN}),
                Part.CANDIDATE_SCORE, 0, Reason.NOT_FINITE);
        refused(() -> MatchingProblem.of(1, new int[] {1}, new int[] {0}, new int[] {0},
                new double[] {Double.NEGATIVE_INFINITY}), Part.CANDIDATE_SCORE, 0, Reason.NOT_FINITE);
    }

    @Test
    void aCandidateOutsideTheListsIsUnknown() {
        refused(() -> MatchingProblem.of(1, new int[] {1}, new int[] {1}, new int[] {0}, new double[] {1}),
                Part.CANDIDATE_REQUEST, 0, Reason.UNKNOWN);
        refused(() -> MatchingProblem.of(1, new int[] {1}, new int[] {0}, new int[] {3}, new double[] {1}),
                Part.CANDIDATE_VOLUNTEER, 0, Reason.UNKNOWN);
    }

    @Test
    void theSamePairTwiceIsNamedAtItsSecondOccurrence() {
        refused(() -> MatchingProblem.of(3, new int[] {1, 1},
                        new int[] {2, 0, 1, 0, 2}, new int[] {1, 0, 0, 1, 1}, new double[] {1, 2, 3, 4, 5}),
                Part.CANDIDATE, 4, Reason.DUPLICATE);
        // the same volunteer for two requests, and two volunteers for one request, are fine
        assertThat(MatchingProblem.of(2, new int[] {1, 1}, new int[] {0, 1, 0}, new int[] {0, 0, 1},
                new double[] {1, 1, 1}).candidateCount()).isEqualTo(3);
    }

    @Test
    void aMatchingNeverPutsAVolunteerAboveCapacityOrARequestTwice() {
        var problem = MatchingProblem.of(2, new int[] {1, 1}, new int[] {0, 1, 0}, new int[] {0, 0, 1},
                new double[] {1, 1, 1});
        assertThatThrownBy(() -> Matching.of(problem, new int[] {0, 1})).hasMessageContaining("above capacity");
        assertThatThrownBy(() -> Matching.of(problem, new int[] {0, 2})).hasMessageContaining("matched twice");
        var matching = Matching.of(problem, new int[] {2, 1});
        assertThat(matching.matchedCount()).isEqualTo(2);
        assertThat(matching.totalScore()).isEqualTo(2);
    }
}
