package nl.kring.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Kring keeps its data. With no {@code url} (environment variable {@code KRING_DB_URL}) Kring
 * starts an embedded PostgreSQL whose files live in {@code embeddedDataDirectory}. It is durable (fsync
 * and synchronous commit on, unlike the library's test defaults) unless {@code embeddedDurable} is
 * false, which only throw-away test databases use.
 */
@ConfigurationProperties("kring.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path embeddedDataDirectory,
        boolean embeddedCleanOnStart,
        @DefaultValue("true") boolean embeddedDurable) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
