package nl.kring.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import javax.sql.DataSource;
import nl.kring.platform.database.DataDirectoryGuard;
import nl.kring.platform.database.EmbeddedDatabaseRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL is the only database. An external server when {@code KRING_DB_URL} is set, otherwise an
 * embedded server with its data under the user's home so that it survives restarts.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        var config = new HikariConfig();
        config.setPoolName("kring");
        config.setMaximumPoolSize(10);
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        if (properties.external()) {
            return new EmbeddedDatabase(null, null);
        }
        var server = startEmbedded(properties);
        return new EmbeddedDatabase(server, DataDirectoryGuard.watch(properties.embeddedDataDirectory()).orElse(null));
    }

    /**
     * Starts the embedded server on Kring's data directory as Kring does (after the guard has stopped one left
     * behind, durable unless configured otherwise): also for the backup tool, which needs the same server.
     */
    public static EmbeddedPostgres startEmbedded(DatabaseProperties properties) {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new EmbeddedDatabaseRefused("The embedded PostgreSQL refuses to run as root.",
                    "Start Kring as an ordinary user, or set KRING_DB_URL to an external database.");
        }
        try {
            var directory = properties.embeddedDataDirectory();
            Files.createDirectories(directory);
            DataDirectoryGuard.prepare(directory, Duration.ofSeconds(30));
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.embeddedCleanOnStart());
            if (properties.embeddedDurable()) {
                // the library starts PostgreSQL with -F (fsync off) and synchronous_commit=off, fine for
                // throw-away test databases; Kring's data (audit lines included) must survive a power loss.
                // -c options come after -F on the command line, so they win.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }

    /**
     * Holder so that the embedded server is closed after the pool that uses it; the watchdog, which
     * stops the server should this JVM die without closing it, is ended first.
     */
    record EmbeddedDatabase(EmbeddedPostgres server, Process watchdog) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (watchdog != null) {
                watchdog.destroy();
            }
            if (server != null) {
                server.close();
            }
        }
    }
}
