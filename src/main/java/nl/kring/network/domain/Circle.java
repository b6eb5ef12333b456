package nl.kring.network.domain;

/** The three circles of closeness around the centre. Derived from the distance of a {@link Position}. */
public enum Circle implements Labelled {
    INNER,
    MIDDLE,
    OUTER;

    @Override
    public String messageKey() {
        return "network.circle." + name();
    }
}
