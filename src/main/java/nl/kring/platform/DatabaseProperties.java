package nl.kring.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Kring keeps its data. With no {@code url} (environment variable {@code KRING_DB_URL}) Kring
 * starts an embedded PostgreSQL whose files live in {@code embeddedDataDirectory}.
 */
@ConfigurationProperties("kring.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path embeddedDataDirectory,
        boolean embeddedCleanOnStart) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
