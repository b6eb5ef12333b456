package nl.kring.matching.domain;

/**
 * What a proposal weighs, each also a reason shown with it. Stored by name; the label is
 * {@code matching.criterion.<NAME>} and the explanation {@code matching.criterion.<NAME>.help}.
 */
public enum MatchCriterion {
    /** how far apart they live (a hard limit uses the programme's maximum distance) */
    DISTANCE,
    /** a language they share */
    LANGUAGE,
    /** the age the volunteer prefers and the youth's age */
    AGE_PREFERENCE,
    /** shared interests */
    INTERESTS,
    /** overlap of the days and parts of days they are available */
    AVAILABILITY,
    /** a shared culture, only where the family asks for it */
    CULTURE;

    public String messageKey() {
        return "matching.criterion." + name();
    }
}
