package nl.kring.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL is the only database. An external server when {@code KRING_DB_URL} is set, otherwise an
 * embedded server with its data under the user's home so that it survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

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
            return new EmbeddedDatabase(null);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException(
                    "PostgreSQL refuses to run as root. Start Kring as an ordinary user, or set KRING_DB_URL to an external database.");
        }
        try {
            var directory = properties.embeddedDataDirectory();
            Files.createDirectories(directory);
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.embeddedCleanOnStart())
                    .start();
            return new EmbeddedDatabase(server);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }

    /** Holder so that the embedded server is closed after the pool that uses it. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
