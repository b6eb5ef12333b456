package nl.kring.network.domain;

/**
 * Two network members who know each other. A tie has no direction: the ids are kept in sorted order,
 * so {@code new Tie("b", "a")} equals {@code new Tie("a", "b")}. Ties with the centre are not ties
 * of this kind; they are the {@link CentreTie} of each person.
 *
 * @param conflict the relationship between the two is marked as conflicting
 */
public record Tie(String a, String b, boolean conflict) {

    public Tie {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw new IllegalArgumentException("a tie needs two person ids");
        }
        if (a.compareTo(b) > 0) {
            var first = b;
            b = a;
            a = first;
        }
    }

    public Tie(String a, String b) {
        this(a, b, false);
    }

    /** A tie from a person to themself; readers may pass it on, the figures ignore it. */
    public boolean selfTie() {
        return a.equals(b);
    }

    public boolean touches(String personId) {
        return a.equals(personId) || b.equals(personId);
    }
}
