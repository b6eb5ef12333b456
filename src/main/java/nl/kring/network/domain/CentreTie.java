package nl.kring.network.domain;

/** The tie between a network member and the centre (easyNWK's edge type 0, 1 and 2). */
public enum CentreTie implements Labelled {
    /** On the map, but currently no contact. */
    NONE,
    EXISTING,
    /** A strong or many-sided tie. */
    STRONG;

    @Override
    public String messageKey() {
        return "network.centreTie." + name();
    }
}
