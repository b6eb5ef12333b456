package nl.kring.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether Kring runs with fictional demo data and demo accounts. On by default with the embedded
 * database; refused with an external database, so that demo accounts with a published password and
 * fixed API tokens can never exist next to real families.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(DatabaseProperties database, @Value("${kring.demo.enabled:#{null}}") Boolean requested) {
        this.enabled = decide(database.external(), requested);
    }

    static boolean decide(boolean externalDatabase, Boolean requested) {
        if (externalDatabase && Boolean.TRUE.equals(requested)) {
            throw new IllegalStateException(
                    "Demo mode is refused with an external database (KRING_DB_URL is set): demo accounts have a published password.");
        }
        return requested == null ? !externalDatabase : requested;
    }

    public boolean enabled() {
        return enabled;
    }
}
