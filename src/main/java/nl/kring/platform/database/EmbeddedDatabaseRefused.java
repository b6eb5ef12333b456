package nl.kring.platform.database;

/** The embedded PostgreSQL cannot start, for a reason the person starting Kring can fix; said in one line. */
public final class EmbeddedDatabaseRefused extends RuntimeException {

    private final String action;

    public EmbeddedDatabaseRefused(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
