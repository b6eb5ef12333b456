package nl.kring.platform.web;

/**
 * A request that is refused with an answer for the user: the HTTP status, the message key of the
 * translated explanation and, for bad input, the field. Modules throw it (or a subclass that names
 * their case) instead of each writing the same carrier.
 */
public class Refusal extends RuntimeException implements HttpRefusal {

    private final int status;
    private final String messageKey;
    private final String field;

    public Refusal(int status, String messageKey, String field) {
        // an expected answer, not a fault: no stack trace to fill
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
    }

    /** Bad input in this field (400). */
    public static Refusal badInput(String messageKey, String field) {
        return new Refusal(400, messageKey, field);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public String field() {
        return field;
    }
}
