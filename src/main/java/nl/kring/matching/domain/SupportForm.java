package nl.kring.matching.domain;

/** Who supports in a programme. Stored by name; the label is {@code matching.supportForm.<NAME>}. */
public enum SupportForm {
    /** one volunteer (a buddy, a home visitor) */
    INDIVIDUAL,
    /** a volunteer household: a support family */
    HOUSEHOLD,
    /** someone in the same situation (a mother for mothers, a young person for young people) */
    PEER;

    public String messageKey() {
        return "matching.supportForm." + name();
    }
}
