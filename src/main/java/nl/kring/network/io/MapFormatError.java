package nl.kring.network.io;

/**
 * What is wrong with an imported map. Each error has a message in the bundles
 * ({@code network.error.<CODE>}) whose first argument is the field path; further arguments are
 * listed per error.
 */
public enum MapFormatError {
    /** Not JSON at all, or broken at the field. Arguments: line, column. */
    NOT_JSON,
    /** Larger than Kring reads. Arguments: the limit in bytes. */
    TOO_LARGE,
    /** Nested deeper than any map needs. Arguments: the limit. */
    TOO_DEEP,
    /** The document says it is some other format. Arguments: the expected format name. */
    WRONG_FORMAT,
    /** A format version this Kring does not know. Arguments: the version found, the newest known. */
    UNSUPPORTED_VERSION,
    /** A required field is missing or empty. */
    REQUIRED,
    /** A value of the wrong type. Arguments: the {@link Expected} kind of value. */
    WRONG_TYPE,
    /** A code that is not in the list. Arguments: the value, the allowed values. */
    UNKNOWN_VALUE,
    /** A number or date outside what is allowed. Arguments: lowest, highest. */
    OUT_OF_RANGE,
    /** A text longer than allowed. Arguments: the maximum length. */
    TOO_LONG,
    /** A list longer than allowed. Arguments: the maximum number. */
    TOO_MANY,
    /** An id that occurs twice. Arguments: the id. */
    DUPLICATE_ID,
    /** A reference to a person who is not on the map. Arguments: the id. */
    UNKNOWN_PERSON,
    /** Two fields that exclude each other are both given. Arguments: the other field. */
    CONFLICTING_FIELDS,
    /** A value that breaks a rule of the map itself. Arguments: the rule, in English. */
    INVALID;

    public String messageKey() {
        return "network.error." + name();
    }
}
