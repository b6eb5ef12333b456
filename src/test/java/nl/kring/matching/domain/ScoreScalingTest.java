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
        var scaling = ScoreScaling.forProblem(withScores(0.3333, -3.5, Math.PI), 7002);
        assertThat(scaling.decimalPlaces()).isEqualTo(ScoreScaling.ROUNDED);
        assertThat(scaling.largestCost()).isEqualTo((Long.MAX_VALUE / 8) / 7003);
        assertThat(Math.abs(scaling.cost(-3.5))).isEqualTo(scaling.largestCost());
        assertThat(scaling.cost(Math.PI)).isLessThan(scaling.largestCost());
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
        // for 2,000 matches on 7,000 nodes the bound on the lost total is below 1.3e-11 times the largest score
        var large = ScoreScaling.forProblem(withScores(Math.PI), 7002);
        assertThat(large.tolerance(2000) / Math.PI).isLessThan(1.3e-11);
    }

    @Test
    void shortDecimalsBecomeExactWholeNumbers() {
        var quarters = ScoreScaling.forProblem(withScores(0.25, 1.5, -2.75), 7002);
        assertThat(quarters.decimalPlaces()).isEqualTo(2);
        assertThat(quarters.cost(-2.75)).isEqualTo(-275);
        assertThat(quarters.tolerance(2000)).isZero();
        var tenths = ScoreScaling.forProblem(withScores(0.1, 0.7, 0.3), 7002);
        assertThat(tenths.decimalPlaces()).isEqualTo(1);
        assertThat(tenths.cost(0.7)).isEqualTo(7);
        var whole = ScoreScaling.forProblem(withScores(3, 100, 0), 7002);
        assertThat(whole.decimalPlaces()).isZero();
        assertThat(whole.cost(100)).isEqualTo(100);
        // one long decimal among them: the fine, rounding scaling for all
        assertThat(ScoreScaling.forProblem(withScores(0.25, 0.1234567), 7002).decimalPlaces())
                .isEqualTo(ScoreScaling.ROUNDED);
    }

    @Test
    void allZeroScoresAndACoarserScalingStayValid() {
        var zero = ScoreScaling.forProblem(withScores(0, 0), 10);
        assertThat(zero.cost(0)).isZero();
        var fine = ScoreScaling.forProblem(withScores(Math.E), 10);
        var coarser = fine.coarser();
        assertThat(coarser.largestCost()).isEqualTo(ScoreScaling.DOUBLE_EXACT / 1024);
        assertThat(coarser.cost(Math.E)).isEqualTo(coarser.largestCost());
    }
}
