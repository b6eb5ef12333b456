package nl.kring.consent.domain;

/** Who decides about sharing a youth's information, given the youth's age. */
public enum WhoDecides {
    /** Under 12 (by default): every parent with parental authority. */
    PARENTS,
    /** From 12 to 15 (by default): the youth and every parent with parental authority, together. */
    YOUTH_AND_PARENTS,
    /** From 16 (by default): the youth alone. */
    YOUTH;

    public String messageKey() {
        return "consent.who-decides." + name();
    }
}
