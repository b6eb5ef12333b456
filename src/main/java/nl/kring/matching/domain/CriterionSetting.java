package nl.kring.matching.domain;

/**
 * How a programme uses a criterion: its weight from {@value #MIN_WEIGHT} (not weighed) to
 * {@value #MAX_WEIGHT}, and whether it is a hard limit that excludes a volunteer who does not meet it.
 */
public record CriterionSetting(MatchCriterion criterion, int weight, boolean hardLimit) {

    public static final int MIN_WEIGHT = 0;
    public static final int MAX_WEIGHT = 10;

    public CriterionSetting {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion is required");
        }
    }

    boolean weightInRange() {
        return weight >= MIN_WEIGHT && weight <= MAX_WEIGHT;
    }
}
