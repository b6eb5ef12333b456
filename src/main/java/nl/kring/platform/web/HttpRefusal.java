package nl.kring.platform.web;

/**
 * An exception that is an expected answer to the user, not a fault: it carries the HTTP status and
 * the message key of its translated explanation. Pages show it as a friendly error page, the API as
 * problem+json.
 */
public interface HttpRefusal {
    int status();

    String messageKey();

    /** The request field that was wrong, if one was; the API names it in the problem. */
    default String field() {
        return null;
    }
}
