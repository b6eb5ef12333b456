package nl.kring.network.domain;

/**
 * The four sectors of the egocentric network map (Pantuček, as in easyNWK). Which sector a person
 * is in follows from the angle of their {@link Position}; it is never stored.
 */
public enum Sector implements Labelled {
    FAMILY,
    FRIENDS,
    SCHOOL_WORK,
    PROFESSIONALS;

    @Override
    public String messageKey() {
        return "network.sector." + name();
    }
}
