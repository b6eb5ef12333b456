package nl.kring.matching.domain;

/**
 * What someone likes to do, from one list for volunteers and families alike, so that shared interests
 * can be found. The label is {@code matching.interest.<NAME>}.
 */
public enum Interest {
    SPORT,
    OUTDOORS,
    MUSIC,
    ART_AND_CRAFTS,
    COOKING,
    READING,
    GAMES,
    ANIMALS,
    TECHNOLOGY,
    HOMEWORK,
    DAY_TRIPS,
    GARDENING;

    public String messageKey() {
        return "matching.interest." + name();
    }
}
