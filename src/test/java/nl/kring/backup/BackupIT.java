package nl.kring.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMapRegistry;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Backup and restore with PostgreSQL's own tools, through the backup tool and Kring's configuration: a backup
 * of the running database restores into an empty database and into an empty embedded data directory with every
 * family file, map version, consent and audit line; the audit log stays append-only; a file destroyed after the
 * backup is destroyed again (and its anonymous record comes back); a restore never overwrites data.
 */
@IntegrationTest
class BackupIT {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired FamilyRegistry families;
    @Autowired NetworkMapRegistry maps;
    @Autowired nl.kring.privacy.DestructionLedger destructionLedger;

    @TempDir Path temp;

    record Run(int status, String output) {}

    Run tool(String... args) {
        var buffer = new ByteArrayOutputStream();
        var all = new ArrayList<>(List.of(args));
        all.add("--kring.privacy.destruction-ledger=" + destructionLedger.file());
        all.add("--spring.main.log-startup-info=false");
        int status = BackupTool.run(all.toArray(String[]::new), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return new Run(status, buffer.toString(StandardCharsets.UTF_8));
    }

    String[] database(String name) {
        var url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
        return new String[] {"--kring.db.url=" + url, "--kring.db.user=postgres", "--kring.db.password="};
    }

    String[] with(String[] first, String... more) {
        var all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** A file with a map, a note and a consent, made through Kring's services; the mother can ask for its destruction. */
    UUID aFamily(String suffix, String mother, String professional) {
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var motherId = accounts.create(new NewAccount(mother, "Moeder (test)", "a-long-test-password", Set.of(Role.PARENT), Optional.empty()));
        var proId = accounts.create(new NewAccount(professional, "Hulpverlener (test)", "a-long-test-password", Set.of(Role.PROFESSIONAL),
                Optional.of(north)));
        var family = families.createFamily("Gezin Terugzet" + suffix, north, FamilyStatus.ACTIVE, false);
        var youth = families.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.empty(), "Romy" + suffix, "Terugzet",
                Relation.YOUTH, Optional.of(LocalDate.now().minusYears(13)), false));
        families.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.of(motherId), "Wendela" + suffix, "Terugzet",
                Relation.PARENT, Optional.of(LocalDate.now().minusYears(40)), true));
        families.addNote(family, Optional.of(motherId), "Een notitie (test)");
        families.assignProfessional(family, proId);
        maps.createMap(family, "Kaart van Romy" + suffix, MapSummary.Perspective.YOUTH, MapSummary.CentreKind.YOUTH, Optional.of(youth),
                List.of(new MapVersion(Centre.named("Romy" + suffix), List.of(MapPerson.builder("x", "Tante Ilse").at(45, 30).build()), List.of())));
        return family;
    }

    /** What must come back: counts of the main records, and a fingerprint of every audit line up to {@code lastAuditId}. */
    record Contents(long families, long mapVersions, long consents, long destructionRecords, String audit) {}

    static Contents contents(JdbcClient db, long lastAuditId) {
        return new Contents(count(db, "family"), count(db, "network_map_version"), count(db, "consent"), count(db, "destruction_request"),
                db.sql("""
                        select md5(string_agg(id || '|' || occurred_at || '|' || coalesce(account_id::text, '') || '|' || coalesce(family_id::text, '')
                               || '|' || array_to_string(record_ids, ',') || '|' || action || '|' || outcome, ';' order by id))
                          from audit_event where id <= ?
                        """).param(lastAuditId).query(String.class).single());
    }

    static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aBackupRestoresEverythingAndAFileDestroyedSinceStaysDestroyed() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var mother = "test-backup-mother-" + suffix;
        var professional = "test-backup-pro-" + suffix;
        var doomed = aFamily(suffix, mother, professional);
        var kept = aFamily(suffix + "k", "test-backup-mother-k" + suffix, "test-backup-pro-k" + suffix);

        long lastAuditId = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        var atBackup = contents(jdbc, lastAuditId);
        var file = temp.resolve("kring.dump");
        var backup = tool(with(database("postgres"), "backup", file.toString()));
        assertThat(backup.status()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backup of").contains(file.toString());
        assertThat(Files.size(file)).isPositive();
        assertThat(temp.resolve("kring.dump.partial")).doesNotExist();

        // after the backup, the family asks and its professional destroys the file
        var page = "/families/" + doomed + "/privacy";
        var asking = Http.signedIn(port, mother, "a-long-test-password");
        assertThat(asking.submit(page, page + "/destruction", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        var request = jdbc.sql("select id from destruction_request where family_id = ?").param(doomed).query(UUID.class).single();
        var executing = Http.signedIn(port, professional, "a-long-test-password");
        assertThat(executing.submit(page, page + "/destruction/" + request + "/execute", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        assertThat(Files.readString(destructionLedger.file())).contains(request.toString()).contains(doomed.toString()).doesNotContain("Terugzet");

        // restore into an empty database on the same server
        var name = "kring_restore_" + suffix;
        jdbc.sql("create database " + name).update();
        var restored = tool(with(database(name), "restore", file.toString()));
        assertThat(restored.status()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("1 file(s) destroyed after this backup was made").contains(request.toString())
                .contains(doomed.toString());
        var url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
        var db = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
        var now = contents(db, lastAuditId);
        assertThat(now.audit()).as("every audit line up to the backup, unchanged").isEqualTo(atBackup.audit());
        assertThat(now.families()).isEqualTo(atBackup.families() - 1);
        assertThat(now.mapVersions()).isEqualTo(atBackup.mapVersions() - 1);
        assertThat(now.consents()).isEqualTo(atBackup.consents());
        assertThat(db.sql("select count(*) from family where id = ?").param(doomed).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from family where id = ?").param(kept).query(Long.class).single()).isOne();
        // the anonymous record of the destruction is back, and the destruction again is in the audit log
        assertThat(db.sql("select status from destruction_request where id = ?").param(request).query(String.class).single()).isEqualTo("EXECUTED");
        assertThat(db.sql("select count(*) from audit_event where family_id = ? and action = 'DESTRUCTION_REAPPLIED'").param(doomed)
                .query(Long.class).single()).isOne();
        // still append-only
        assertThatThrownBy(() -> db.sql("update audit_event set action = 'CHANGED' where id = ?").param(lastAuditId).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit_event where id = ?").param(lastAuditId).update()).rootCause()
                .hasMessageContaining("append-only");
        // a second restore into it is refused: nothing is overwritten
        var again = tool(with(database(name), "restore", file.toString()));
        assertThat(again.status()).isOne();
        assertThat(again.output()).contains("is not empty");
        assertThat(count(db, "family")).isEqualTo(atBackup.families() - 1);
    }

    @Test
    void aBackupRestoresIntoAnEmptyEmbeddedDataDirectory() throws Exception {
        long lastAuditId = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        var file = temp.resolve("embedded.dump");
        assertThat(tool(with(database("postgres"), "backup", file.toString())).status()).isZero();
        var atBackup = contents(jdbc, lastAuditId);

        var directory = temp.resolve("restored-data");
        var embedded = new String[] {"--kring.db.url=", "--kring.db.embedded-data-directory=" + directory,
                "--kring.db.embedded-clean-on-start=false", "--kring.db.embedded-durable=false"};
        var restored = tool(with(embedded, "restore", file.toString()));
        assertThat(restored.status()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("the embedded database in " + directory);
        try (var server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start()) {
            var db = JdbcClient.create(server.getPostgresDatabase());
            var now = contents(db, lastAuditId);
            assertThat(now.audit()).isEqualTo(atBackup.audit());
            assertThat(now.families()).isEqualTo(atBackup.families());
            assertThat(now.consents()).isEqualTo(atBackup.consents());
        }
        // a data directory that already holds a database is never overwritten
        var refused = tool(with(embedded, "restore", file.toString()));
        assertThat(refused.status()).isOne();
        assertThat(refused.output()).contains("already holds a database");
    }

    @Test
    void aWrongCallOrAMissingBackupIsRefusedClearly() {
        assertThat(tool("backup").status()).isEqualTo(2);
        var missing = tool(with(database("postgres"), "restore", temp.resolve("nothing.dump").toString()));
        assertThat(missing.status()).isOne();
        assertThat(missing.output()).contains("no readable backup");
        var name = "kring_empty_" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("create database " + name).update();
        var empty = tool(with(database(name), "backup", temp.resolve("empty.dump").toString()));
        assertThat(empty.status()).isOne();
        assertThat(empty.output()).contains("holds no Kring data yet");
        assertThat(temp.resolve("empty.dump")).doesNotExist();
        var wrongUrl = tool("--kring.db.url=mysql://elsewhere/kring", "backup", temp.resolve("x.dump").toString());
        assertThat(wrongUrl.status()).isOne();
        assertThat(wrongUrl.output()).contains("not a PostgreSQL JDBC URL");
    }
}
