package nl.kring.catalogue.domain;

/** Whom the support is for, as a codebook for the filter; the entry's own words say more. */
public enum TargetGroup {
    /** Children and young people themselves. */
    YOUTH,
    /** Parents and other carers. */
    PARENTS,
    /** The family as a whole. */
    FAMILIES;

    public String messageKey() {
        return "catalogue.target." + name();
    }
}
