package nl.kring.network.domain;

import java.util.Optional;

/**
 * The four levels of social support, in the order in which they should be called upon. Levels 1
 * to 3 are informal, level 4 is formal.
 */
public enum SupportLevel implements Labelled {
    /** Known relations: (grand)parents, siblings, family, friends, neighbours. */
    EVERYDAY(1),
    /** An everyday relation with an assigned role: carer, kinship foster parent, godparent, guardian. */
    ASSIGNED_ROLE(2),
    /** Organised informal support: volunteers, buddies, support families. */
    ORGANISED_INFORMAL(3),
    /** Professionals, as a support figure or as the one who activates informal support. */
    PROFESSIONAL(4);

    private final int number;

    SupportLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean isInformal() {
        return this != PROFESSIONAL;
    }

    /** The level with this number (1 to 4), or empty for any other number. */
    public static Optional<SupportLevel> ofNumber(int number) {
        for (SupportLevel level : values()) {
            if (level.number == number) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    @Override
    public String messageKey() {
        return "network.supportLevel." + name();
    }

    public String descriptionKey() {
        return messageKey() + ".description";
    }
}
