package nl.kring.matching.domain;

/** A part of a day someone can be available in. The label is {@code matching.partOfDay.<NAME>}. */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING;

    public String messageKey() {
        return "matching.partOfDay." + name();
    }
}
