package nl.kring.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where PostgreSQL's own client tools ({@code pg_dump}, {@code pg_restore}) find Kring's database: host, port,
 * database and user as options, the password in the environment ({@code PGPASSWORD}), never on a command line
 * that other users of the machine could read.
 */
record PgConnection(String host, int port, String database, String user, String password) {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");

    /** From a JDBC URL such as Kring's {@code KRING_DB_URL}; the user and password as configured beside it. */
    static PgConnection ofJdbcUrl(String url, String user, String password) {
        var matcher = JDBC.matcher(url == null ? "" : url.strip());
        if (!matcher.matches()) {
            throw new BackupRefused("Kring's database URL " + url + " is not a PostgreSQL JDBC URL of the form "
                    + "jdbc:postgresql://host:port/database.", "Check KRING_DB_URL.");
        }
        int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
        return new PgConnection(matcher.group(1), port, matcher.group(3), user == null ? "" : user, password == null ? "" : password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The options that name the database, for any of PostgreSQL's client tools. */
    List<String> options() {
        var options = new ArrayList<>(List.of("--host=" + host, "--port=" + port, "--dbname=" + database));
        if (!user.isEmpty()) {
            options.add("--username=" + user);
        }
        options.add("--no-password");
        return options;
    }

    Map<String, String> environment() {
        return password.isEmpty() ? Map.of() : Map.of("PGPASSWORD", password);
    }
}
