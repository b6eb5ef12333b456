package nl.kring.network;

import nl.kring.platform.web.HttpRefusal;

/** A map request that cannot be carried out as asked (unknown map or version, an invalid edit). */
public class MapRefusal extends RuntimeException implements HttpRefusal {

    private final int status;
    private final String messageKey;
    private final String field;

    public MapRefusal(int status, String messageKey, String field) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
    }

    public static MapRefusal notFound() {
        return new MapRefusal(404, "error.notFound", null);
    }

    public static MapRefusal invalid(String messageKey, String field) {
        return new MapRefusal(400, messageKey, field);
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
