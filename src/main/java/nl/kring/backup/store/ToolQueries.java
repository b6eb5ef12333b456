package nl.kring.backup.store;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the backup tool asks a database it backs up or restores into: its version and how much it holds. */
public final class ToolQueries {

    private final JdbcClient jdbc;

    public ToolQueries(DataSource database) {
        this.jdbc = JdbcClient.create(database);
    }

    public int serverMajor() {
        return jdbc.sql("show server_version_num").query(Integer.class).single() / 10000;
    }

    public long tablesInPublicSchema() {
        return jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public'").query(Long.class).single();
    }

    public long familyFiles() {
        return jdbc.sql("select count(*) from family").query(Long.class).single();
    }

    public long auditLines() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
