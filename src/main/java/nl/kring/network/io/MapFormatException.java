package nl.kring.network.io;

import java.util.Arrays;

/**
 * An imported map that Kring cannot read. Names the offending field as a path such as
 * {@code persons[3].angle} ({@code $} for the document as a whole), so a person can find and fix it.
 */
public final class MapFormatException extends RuntimeException {

    /** Path of the document as a whole. */
    public static final String ROOT = "$";

    private final String field;
    private final MapFormatError error;
    private final transient Object[] arguments;

    public MapFormatException(String field, MapFormatError error, Object... arguments) {
        super(error + " at " + field + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field == null || field.isEmpty() ? ROOT : field;
        this.error = error;
        this.arguments = arguments.clone();
    }

    /** The path of the offending field, for example {@code persons[3].angle}. */
    public String field() {
        return field;
    }

    public MapFormatError error() {
        return error;
    }

    /** Arguments for the message: the field path first, then those listed at the {@link MapFormatError}. */
    public Object[] messageArguments() {
        var all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
