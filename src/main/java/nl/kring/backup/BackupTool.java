package nl.kring.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.kring.platform.DatabaseConfiguration;
import nl.kring.platform.DatabaseProperties;
import nl.kring.platform.database.DataDirectoryGuard;
import nl.kring.platform.database.EmbeddedDatabaseRefused;
import nl.kring.privacy.DestructionLedger;
import nl.kring.privacy.RestoredFiles;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import nl.kring.backup.store.ToolQueries;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Backs up and restores Kring's data with PostgreSQL's own tools, for the embedded default and for an
 * external server alike, with the connection found from Kring's configuration ({@code KRING_DB_URL} and the
 * rest, or the embedded data directory {@code KRING_DATA_DIR}):
 *
 * <pre>
 *   backup  FILE   pg_dump of the whole database into FILE (custom format); Kring may keep running
 *   restore FILE   pg_restore of FILE into an empty database or an empty data directory, then every file the
 *                  destruction ledger lists as destroyed after the backup is destroyed again, and listed
 * </pre>
 *
 * Needs {@code pg_dump} and {@code pg_restore} (Debian: {@code postgresql-client}) on the {@code PATH} or in
 * {@code KRING_PG_BIN}, at least the server's version. Exit status 0 when done, 1 when refused, 2 for a wrong call.
 */
public final class BackupTool {

    /**
     * Only Kring's configuration (application.properties, the environment), none of its services. Not a
     * configuration class of its own, so that neither Kring's component scan nor a test's search for the
     * application finds it.
     */
    @EnableConfigurationProperties(DatabaseProperties.class)
    static class Configuration {}

    private final PrintStream out;

    private BackupTool(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs one command; returns the exit status. {@code --name=value} arguments override Kring's configuration. */
    public static int run(String[] args, PrintStream out) {
        var words = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (words.size() != 2 || !List.of("backup", "restore").contains(words.get(0))) {
            out.println("Usage: backup FILE | restore FILE   (Kring's database as configured; see the README, Operations)");
            return 2;
        }
        var tool = new BackupTool(out);
        var application = new SpringApplication(Configuration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        try (var context = application.run(args)) {
            var properties = context.getBean(DatabaseProperties.class);
            var environment = context.getEnvironment();
            var ledger = new DestructionLedger(Path.of(environment.getRequiredProperty("kring.privacy.destruction-ledger")));
            var pgBin = environment.getProperty("KRING_PG_BIN", "");
            var file = Path.of(words.get(1)).toAbsolutePath();
            if (words.get(0).equals("backup")) {
                tool.backup(properties, pgBin, file);
            } else {
                tool.restore(properties, pgBin, file, ledger);
            }
            return 0;
        } catch (BackupRefused refused) {
            out.println(words.get(0) + " refused: " + refused.getMessage());
            out.println(refused.action());
            return 1;
        } catch (EmbeddedDatabaseRefused refused) {
            out.println(words.get(0) + " refused: " + refused.getMessage());
            return 1;
        } catch (org.springframework.dao.DataAccessException unreachable) {
            out.println(words.get(0) + " failed: the database answered " + unreachable.getMostSpecificCause().getMessage());
            return 1;
        }
    }

    private void backup(DatabaseProperties properties, String pgBin, Path file) {
        try (var database = Database.open(properties, false)) {
            if (database.queries().tablesInPublicSchema() == 0) {
                throw new BackupRefused(database.description() + " holds no Kring data yet.",
                        "Check the configuration (KRING_DB_URL or KRING_DATA_DIR), or start Kring once so that it makes its database.");
            }
            var tools = new PgTools(pgBin, database.serverMajor());
            var partial = file.resolveSibling(file.getFileName() + ".partial");
            tools.run("pg_dump", database.connection(), List.of("--format=custom", "--no-owner", "--no-privileges", "--file=" + partial));
            // the backup appears whole or not at all
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backup of " + database.description() + " written to " + file + " (" + Files.size(file) + " bytes, "
                    + database.queries().familyFiles() + " family files, " + database.queries().auditLines() + " audit lines).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void restore(DatabaseProperties properties, String pgBin, Path file, DestructionLedger ledger) {
        if (!Files.isReadable(file)) {
            throw new BackupRefused("There is no readable backup at " + file + ".", "Give the path of a file made with backup.");
        }
        try (var database = Database.open(properties, true)) {
            if (database.queries().tablesInPublicSchema() > 0) {
                throw new BackupRefused(database.description() + " is not empty: a restore never overwrites data.",
                        "Restore into an empty database, or move the embedded data directory away first (KRING_DATA_DIR).");
            }
            var tools = new PgTools(pgBin, database.serverMajor());
            tools.run("pg_restore", database.connection(), List.of("--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                    file.toString()));
            out.println("Restored " + file + " into " + database.description() + ": " + database.queries().familyFiles() + " family files, "
                    + database.queries().auditLines() + " audit lines.");
            var again = RestoredFiles.destroyAgain(database.dataSource(), ledger.entries());
            if (again.isEmpty()) {
                out.println("No file in the backup was destroyed after it was made (destruction ledger " + ledger.file() + ").");
            } else {
                out.println(again.size() + " file(s) destroyed after this backup was made, now destroyed again (destruction ledger "
                        + ledger.file() + "):");
                for (var entry : again) {
                    out.println("  destruction record " + entry.recordId() + ": family file " + entry.familyId() + ", destroyed "
                            + entry.decidedAt() + " (" + entry.reason() + ")");
                }
            }
        }
    }

    /** Kring's database for the length of one command: an external server, the running embedded one, or one started here. */
    private record Database(PgConnection connection, DataSource dataSource, EmbeddedPostgres startedHere, String description)
            implements AutoCloseable {

        static Database open(DatabaseProperties properties, boolean forRestore) {
            if (properties.external()) {
                var connection = PgConnection.ofJdbcUrl(properties.url(), properties.user(), properties.password());
                return new Database(connection, new DriverManagerDataSource(connection.jdbcUrl(), connection.user(), connection.password()),
                        null, "the database " + connection.database() + " on " + connection.host() + ":" + connection.port());
            }
            if (properties.embeddedCleanOnStart()) {
                throw new BackupRefused("The embedded database is configured to be emptied at every start (kring.db.embedded-clean-on-start).",
                        "Back up and restore only a data directory that is kept.");
            }
            var directory = properties.embeddedDataDirectory();
            var running = DataDirectoryGuard.runningServer(directory);
            if (running.isPresent()) {
                if (forRestore) {
                    throw new BackupRefused("A running Kring uses the embedded database in " + directory + ".",
                            "Stop Kring and move that data directory away, then restore into an empty one.");
                }
                var connection = new PgConnection("localhost", running.get().port(), "postgres", "postgres", "");
                return new Database(connection, new DriverManagerDataSource(connection.jdbcUrl(), "postgres", ""), null,
                        "the embedded database of the running Kring in " + directory);
            }
            if (forRestore && Files.exists(directory.resolve("PG_VERSION"))) {
                throw new BackupRefused("The embedded data directory " + directory + " already holds a database: a restore never overwrites data.",
                        "Move it away (or set KRING_DATA_DIR to a new directory), then restore.");
            }
            var server = DatabaseConfiguration.startEmbedded(properties);
            var connection = new PgConnection("localhost", server.getPort(), "postgres", "postgres", "");
            return new Database(connection, server.getPostgresDatabase(), server, "the embedded database in " + directory);
        }

        ToolQueries queries() {
            return new ToolQueries(dataSource);
        }

        int serverMajor() {
            return queries().serverMajor();
        }

        @Override
        public void close() {
            if (startedHere != null) {
                try {
                    startedHere.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** PostgreSQL's client tools, found on the PATH or in {@code KRING_PG_BIN}, checked against the server's version. */
    private record PgTools(String bin, int serverMajor) {

        void run(String tool, PgConnection connection, List<String> arguments) {
            var command = new ArrayList<String>();
            command.add(bin.isBlank() ? tool : Path.of(bin, tool).toString());
            int major = major(command.getFirst());
            if (major < serverMajor) {
                throw new BackupRefused(tool + " " + major + " is older than the database server (" + serverMajor + ").",
                        "Install the PostgreSQL " + serverMajor + " client tools or newer, and point KRING_PG_BIN at them.");
            }
            command.addAll(connection.options());
            command.addAll(arguments);
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(connection.environment());
            try {
                var process = builder.start();
                var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
                    throw new BackupRefused(tool + " failed: " + output.strip(), "Nothing was changed by a failed " + tool + "; see its message.");
                }
            } catch (IOException notFound) {
                throw new BackupRefused(tool + " was not found (" + notFound.getMessage() + ").",
                        "Install PostgreSQL's client tools (Debian: apt-get install postgresql-client) or set KRING_PG_BIN.");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        private static int major(String executable) {
            try {
                var process = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
                var version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(30, TimeUnit.SECONDS);
                var matcher = java.util.regex.Pattern.compile("(\\d+)(?:\\.\\d+)?").matcher(version.replaceFirst("^[^0-9]*", ""));
                return matcher.lookingAt() ? Integer.parseInt(matcher.group(1)) : 0;
            } catch (IOException notFound) {
                throw new BackupRefused(executable + " was not found.",
                        "Install PostgreSQL's client tools (Debian: apt-get install postgresql-client) or set KRING_PG_BIN.");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
