package nl.kring.matching.domain;

/**
 * Turns double scores into the integer costs of an integer min-cost-flow solver, and says how far from
 * the optimum in real scores the answer can be.
 *
 * <p>Each score {@code s} becomes {@code round(s * unitsPerScore)}; the largest magnitude becomes at most
 * {@link #largestCost}. The number of matched requests does not depend on the costs at all (it is the
 * maximum flow), so rounding can only touch the second goal, the total score. Write {@code t(c)} for the
 * rounded score divided back, so {@code |s(c) - t(c)| <= 1 / (2 * unitsPerScore)}. The solver returns a
 * largest matching {@code F} with the highest {@code t}-total. For every other largest matching {@code G}
 * (of the same size {@code k}):
 *
 * <pre>
 * s(F) >= t(F) - k / (2u) >= t(G) - k / (2u) >= s(G) - k / u
 * </pre>
 *
 * so the total score of the answer is at most {@link #tolerance(int) k / unitsPerScore} below the best
 * possible, that is {@code k * largest |score| / largestCost}. For 2,000 requests and 5,000 volunteers
 * that is below {@code 1.3e-11} times the largest score: smaller than the error of adding the scores up in
 * doubles. Scores that are short decimals (up to {@value #MAX_DECIMALS} places) are scaled by a power of
 * ten instead and are then not rounded at all: each cost is the decimal the score stands for.
 *
 * <p>{@code largestCost} keeps {@code largestCost * (nodes + 1)} within an eighth of a signed 64-bit
 * integer, as a cost-scaling solver multiplies costs by the number of nodes, and below 2^53, beyond which
 * doubles no longer hold every integer. A solver that still refuses the range may ask for a {@link #coarser()} one.
 */
public record ScoreScaling(double unitsPerScore, long largestCost, int decimalPlaces) {

    /** {@link #decimalPlaces} of a scaling that rounds. */
    public static final int ROUNDED = -1;

    /** Above this a double no longer represents every whole number. */
    static final long DOUBLE_EXACT = 1L << 53;

    /**
     * The largest cost times (nodes + 1): an eighth of a signed 64-bit integer. OR-Tools 9.14 was measured
     * to accept up to about a third (2.5e18 to 3.5e18 for 7 to 7,002 nodes), so this leaves a margin.
     */
    static final long HEADROOM_RANGE = Long.MAX_VALUE / 8;

    /** Scores with up to this many decimal places are scaled to exact whole numbers. */
    static final int MAX_DECIMALS = 6;

    public ScoreScaling {
        if (!(unitsPerScore > 0) || Double.isInfinite(unitsPerScore) || largestCost < 1 || decimalPlaces < ROUNDED) {
            throw new IllegalArgumentException("unitsPerScore " + unitsPerScore + ", largestCost " + largestCost
                    + ", decimalPlaces " + decimalPlaces);
        }
    }

    /**
     * The scaling for this problem on a flow network of {@code nodeCount} nodes: whole powers of ten when
     * every score is a short decimal (see {@link #decimalUnits}), otherwise the finest the cost range allows.
     */
    public static ScoreScaling forProblem(MatchingProblem problem, int nodeCount) {
        long largestCost = Math.min(DOUBLE_EXACT, HEADROOM_RANGE / (nodeCount + 1L));
        double largestScore = problem.largestScoreMagnitude();
        int places = decimalPlaces(problem, largestScore, largestCost);
        if (places != ROUNDED) {
            return new ScoreScaling(Math.pow(10, places), largestCost, places);
        }
        double units = largestScore == 0 ? 1 : largestCost / largestScore;
        if (Double.isInfinite(units)) {
            // scores so close to zero (subnormal) that they would scale beyond a double: scale what a double allows
            units = Double.MAX_VALUE;
        }
        return new ScoreScaling(units, largestCost, ROUNDED);
    }

    /**
     * The smallest {@code d} from 0 to {@value #MAX_DECIMALS} at which every score is the double nearest to a
     * decimal of {@code d} places ({@code round(s * 10^d) / 10^d == s}), or {@link #ROUNDED} if there is none
     * within the cost range. Then each cost is that decimal exactly, so rounding loses nothing beyond the
     * double's own representation of the score, and the costs stay small: a cost-scaling solver needs fewer
     * rounds, which matters most for problems full of tied scores (whole numbers, quarters, tenths).
     */
    static int decimalPlaces(MatchingProblem problem, double largestScore, long largestCost) {
        double units = 1;
        for (int places = 0; places <= MAX_DECIMALS && largestScore * units <= largestCost; places++, units *= 10) {
            if (allOnDecimalGrid(problem, units)) {
                return places;
            }
        }
        return ROUNDED;
    }

    private static boolean allOnDecimalGrid(MatchingProblem problem, double units) {
        for (int c = 0; c < problem.candidateCount(); c++) {
            double score = problem.score(c);
            if (Math.rint(score * units) / units != score) {
                return false;
            }
        }
        return true;
    }

    /** The integer cost of this score, at most {@code largestCost} in magnitude. */
    public long cost(double score) {
        long cost = Math.round(score * unitsPerScore);
        return Math.max(-largestCost, Math.min(largestCost, cost));
    }

    /**
     * How far below the best total score an answer with {@code matched} pairs can be, beyond the error of
     * doubles themselves: 0 for decimal scores, which are not rounded.
     */
    public double tolerance(int matched) {
        return decimalPlaces == ROUNDED ? matched / unitsPerScore : 0;
    }

    /** 1,024 times coarser, for a solver that refused this range. */
    public ScoreScaling coarser() {
        return new ScoreScaling(unitsPerScore / 1024, Math.max(1, largestCost / 1024), ROUNDED);
    }
}
