package nl.kring.catalogue.domain;

/** A search parameter that Kring cannot read; names the parameter and the message key of the explanation. */
public final class InvalidFilter extends RuntimeException {

    private final String parameter;
    private final String messageKey;

    public InvalidFilter(String parameter, String messageKey) {
        super(parameter + ": " + messageKey, null, false, false);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }
}
