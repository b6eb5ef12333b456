package nl.kring.family.domain;

/** How a member belongs to the family. */
public enum Relation {
    YOUTH,
    PARENT;

    public String messageKey() {
        return "family.relation." + name();
    }
}
