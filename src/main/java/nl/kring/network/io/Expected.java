package nl.kring.network.io;

/**
 * What kind of value a field needs, as argument of {@link MapFormatError#WRONG_TYPE}. Translated
 * through its message key ({@code network.expected.<CODE>}) before it is shown.
 */
public enum Expected {
    OBJECT,
    ARRAY,
    TEXT,
    NUMBER,
    WHOLE_NUMBER,
    TRUE_OR_FALSE,
    /** A date such as 2010-05-01. */
    DATE,
    /** A date and time such as 2026-03-01T10:00:00Z. */
    DATE_TIME,
    /** A code in capitals such as GRANDPARENT. */
    ROLE_CODE;

    public String messageKey() {
        return "network.expected." + name();
    }
}
