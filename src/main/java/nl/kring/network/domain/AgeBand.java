package nl.kring.network.domain;

/** Rough age when the exact age is not known or not to be recorded. */
public enum AgeBand implements Labelled {
    /** 0 to 3 years. */
    TODDLER,
    /** 4 to 11 years. */
    CHILD,
    /** 12 to 17 years. */
    TEENAGER,
    /** 18 to 23 years. */
    YOUNG_ADULT,
    /** 24 to 64 years. */
    ADULT,
    /** 65 years and older. */
    SENIOR;

    @Override
    public String messageKey() {
        return "network.ageBand." + name();
    }
}
