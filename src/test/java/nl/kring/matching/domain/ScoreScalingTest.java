package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreScalingTest {

    private static MatchingProblem withScores(double... scores) {
        int[] requests = new int[scores.length];
        int[] volunteers = new int[scores.length];
        for (int c = 0; c < scores.length; c++) {
            requests[c] = c;
        }
        return MatchingProblem.of(scores.length, new int[] {scores.length}, requests, volunteers, scores);
    }

    @Test
    void theLargestScoreUsesTheWholeCostRangeAndNoCostExceedsIt() {
        var scaling = ScoreScaling.forProblem(withScores(0.25, -3.5, 1.0), 7002);
        assertThat(scaling.largestCost()).isEqualTo((Long.MAX_VALUE / 8) / 7003);
        assertThat(Math.abs(scaling.cost(-3.5))).isEqualTo(scaling.largestCost());
        // the cost range times the number of nodes stays within a long, as cost-scaling solvers require
        assertThat(Math.multiplyHigh(scaling.largestCost(), 7003L)).isZero();
    }

    @Test
    void roundingMovesEachScoreByAtMostHalfAUnit() {
        var random = new Random(3);
        double[] scores = random.doubles(1000, -50, 50).toArray();
        var scaling = ScoreScaling.forProblem(withScores(scores), 2002);
        for (double score : scores) {
            double back = scaling.cost(score) / scaling.unitsPerScore();
            assertThat(Math.abs(back - score)).isLessThanOrEqualTo(0.5 / scaling.unitsPerScore() + Math.ulp(score));
        }
        // for 2,000 matches on 7,000 nodes the bound on the lost total is far below a millionth of the largest score
        var large = ScoreScaling.forProblem(withScores(1.0), 7002);
        assertThat(large.tolerance(2000)).isLessThan(1.3e-11);
    }

    @Test
    void allZeroScoresAndACoarserScalingStayValid() {
        var zero = ScoreScaling.forProblem(withScores(0, 0), 10);
        assertThat(zero.cost(0)).isZero();
        var coarser = ScoreScaling.forProblem(withScores(1), 10).coarser();
        assertThat(coarser.largestCost()).isEqualTo(ScoreScaling.DOUBLE_EXACT / 1024);
        assertThat(coarser.cost(1)).isEqualTo(coarser.largestCost());
    }
}
