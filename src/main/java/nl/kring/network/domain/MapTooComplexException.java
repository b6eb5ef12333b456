package nl.kring.network.domain;

/**
 * The map is too large or too tangled to analyse in reasonable time. Real network maps are far
 * below these limits; this stops a crafted map from tying up the server.
 */
public final class MapTooComplexException extends RuntimeException {

    private final int personCount;
    private final int tieCount;

    public MapTooComplexException(int personCount, int tieCount, String reason) {
        super(reason + " (" + personCount + " persons, " + tieCount + " ties)");
        this.personCount = personCount;
        this.tieCount = tieCount;
    }

    public int personCount() {
        return personCount;
    }

    public int tieCount() {
        return tieCount;
    }
}
