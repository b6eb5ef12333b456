package nl.kring.catalogue.domain;

/** The ages (in whole years, both ends included) of the children or young people an initiative is for. */
public record AgeRange(int from, int to) {

    /** The oldest age the catalogue knows of (young adults in youth care go up to their thirties in seed 003). */
    public static final int MAX_AGE = 30;

    public AgeRange {
        if (from < 0 || to > MAX_AGE || from > to) {
            throw new IllegalArgumentException("age range " + from + "–" + to);
        }
    }

    public boolean contains(int age) {
        return from <= age && age <= to;
    }
}
