package nl.kring.catalogue.domain;

/** The second dimension of seed 003: is the support mainly offered one to one, in a group, or both? */
public enum Reach {
    INDIVIDUAL, MIXED, COLLECTIVE;

    public String messageKey() {
        return "catalogue.reach." + name();
    }
}
