package nl.kring.network.io;

/** How much an imported map may hold. Well above real maps, low enough to refuse abuse cheaply. */
public final class MapLimits {

    /** Largest document read, in bytes. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** Deepest nesting of objects and arrays; real maps need 6 levels. */
    public static final int MAX_DEPTH = 16;
    public static final int MAX_PERSONS = 5000;
    public static final int MAX_TIES = 100_000;
    public static final int MAX_VERSIONS = 200;
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NOTE_LENGTH = 5000;
    /** Beyond this a distance is a typing error rather than "far outside the map". */
    public static final double MAX_DISTANCE = 1000.0;

    private MapLimits() {
    }
}
