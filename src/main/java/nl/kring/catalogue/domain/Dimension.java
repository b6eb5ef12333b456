package nl.kring.catalogue.domain;

/**
 * A filter on one of the two dimensions of seed 003. An initiative that mixes both ends of a dimension
 * (for example a volunteer and a professional together) matches either end.
 */
public enum Dimension {
    INFORMAL, FORMAL, INDIVIDUAL, COLLECTIVE;

    public boolean matches(Initiative initiative) {
        return switch (this) {
            case INFORMAL -> initiative.formality() != Formality.FORMAL;
            case FORMAL -> initiative.formality() != Formality.INFORMAL;
            case INDIVIDUAL -> initiative.reach() != Reach.COLLECTIVE;
            case COLLECTIVE -> initiative.reach() != Reach.INDIVIDUAL;
        };
    }

    /** The values the dimension column may hold to match: the end itself and {@code MIXED}. */
    public java.util.List<String> storedValues() {
        return switch (this) {
            case INFORMAL -> java.util.List.of(Formality.INFORMAL.name(), Formality.MIXED.name());
            case FORMAL -> java.util.List.of(Formality.FORMAL.name(), Formality.MIXED.name());
            case INDIVIDUAL -> java.util.List.of(Reach.INDIVIDUAL.name(), Reach.MIXED.name());
            case COLLECTIVE -> java.util.List.of(Reach.COLLECTIVE.name(), Reach.MIXED.name());
        };
    }

    /** Whether this filter looks at informal–formal (else at individual–collective). */
    public boolean onFormality() {
        return this == INFORMAL || this == FORMAL;
    }

    public String messageKey() {
        return "catalogue.dimension." + name();
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
