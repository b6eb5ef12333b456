package nl.kring.network.domain;

/** Which way one type of support flows between a network member and the centre. */
public enum SupportDirection implements Labelled {
    /** The network member supports the centre. */
    GIVES_TO_CENTRE,
    /** The centre supports the network member. */
    RECEIVES_FROM_CENTRE,
    /** They support each other. */
    MUTUAL;

    /** True when the centre receives this support (one way or both ways). */
    public boolean reachesCentre() {
        return this == GIVES_TO_CENTRE || this == MUTUAL;
    }

    /** True when the centre gives something back (one way or both ways). */
    public boolean flowsFromCentre() {
        return this == RECEIVES_FROM_CENTRE || this == MUTUAL;
    }

    @Override
    public String messageKey() {
        return "network.supportDirection." + name();
    }
}
