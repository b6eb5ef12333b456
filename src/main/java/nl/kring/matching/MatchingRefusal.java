package nl.kring.matching;

import nl.kring.platform.web.Refusal;

/** A refused change of an organisation or programme: the status, the message key and the field. */
public class MatchingRefusal extends Refusal {

    public MatchingRefusal(int status, String messageKey, String field) {
        super(status, messageKey, field);
    }

    static MatchingRefusal notFound() {
        return new MatchingRefusal(404, "error.notFound", null);
    }

    static MatchingRefusal forbidden() {
        return new MatchingRefusal(403, "error.forbidden", null);
    }
}
