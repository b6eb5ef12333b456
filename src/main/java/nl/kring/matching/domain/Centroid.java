package nl.kring.matching.domain;

/** The middle of a postcode area (PC4): where everyone in it is taken to live when distances are computed. */
public record Centroid(Pc4 postcode, Coordinates at) {

    public Centroid {
        if (postcode == null || at == null) {
            throw new IllegalArgumentException("postcode and coordinates are required");
        }
    }
}
