package nl.kring.insights;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.ClosingReason;
import nl.kring.insights.domain.Contributions;
import nl.kring.insights.domain.CourseOfCare;
import org.postgresql.PGConnection;

/**
 * Generates a large, fictional, reproducible data set for measuring the insights at national scale: family files
 * with youths, a parent with a postal code, care situations over five years, closings with reasons, one network map
 * per file with its persons, and the insights' own lines and sums as Kring keeps them (computed by the same
 * {@link Contributions} as the running application). Every name reads "Fictief", every file is marked demo, and all of
 * it belongs to one generated team, so the set is recognisable and removable. Written with COPY; the same seed and
 * arguments give the same data.
 *
 * <pre>
 *   jdbc:postgresql://HOST:PORT/DB USER PASSWORD [files=500000] [persons=20] [seed=42] [until=2026-11-30] [areas=400]
 * </pre>
 *
 * The schema must be Kring's (start Kring once against the database, so Flyway migrates it). Refused when the
 * database already holds a generated set. Prints the municipalities setting (KRING_INSIGHTS_MUNICIPALITIES) that
 * maps the generated postcode areas to their fictional municipalities.
 */
public final class InsightsDataGenerator {

    static final String TEAM = "Gegenereerde regio (fictief)";
    private static final int AREAS_PER_MUNICIPALITY = 10;
    private static final int FIRST_AREA = 1000;

    record Settings(String url, String user, String password, int files, int persons, long seed, LocalDate until, int areas) {}

    private final Settings settings;
    private final PrintStream out;

    InsightsDataGenerator(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: JDBC-URL USER PASSWORD [files=500000] [persons=20] [seed=42] [until=2026-11-30] [areas=400]");
            System.exit(2);
        }
        var options = new LinkedHashMap<String, String>(Map.of("files", "500000", "persons", "20", "seed", "42", "until", "2026-11-30",
                "areas", "400"));
        for (int i = 3; i < args.length; i++) {
            var kv = args[i].split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                System.err.println("unknown option: " + args[i]);
                System.exit(2);
            }
            options.put(kv[0], kv[1]);
        }
        var settings = new Settings(args[0], args[1], args[2], Integer.parseInt(options.get("files")), Integer.parseInt(options.get("persons")),
                Long.parseLong(options.get("seed")), LocalDate.parse(options.get("until")), Integer.parseInt(options.get("areas")));
        new InsightsDataGenerator(settings, System.out).run();
    }

    /** The municipalities setting for the generated areas: ten postcode areas per fictional municipality. */
    static String municipalities(int areas) {
        var items = new ArrayList<String>();
        for (int m = 0; m * AREAS_PER_MUNICIPALITY < areas; m++) {
            int from = FIRST_AREA + m * AREAS_PER_MUNICIPALITY;
            int to = Math.min(FIRST_AREA + areas - 1, from + AREAS_PER_MUNICIPALITY - 1);
            items.add(municipality(m) + ":" + from + "-" + to);
        }
        return String.join(",", items);
    }

    static String municipality(int index) {
        return "Fictiefstad %02d".formatted(index + 1);
    }

    // --- one generated file ---

    record Youth(UUID id, LocalDate born, List<CourseOfCare.Situation> situations) {}

    record File(int index, UUID id, UUID parent, LocalDate opened, Optional<CourseOfCare.Closing> closing, List<Youth> youths, String area,
            String municipality) {

        CourseOfCare course() {
            var situations = new ArrayList<CourseOfCare.Situation>();
            youths.forEach(y -> situations.addAll(y.situations()));
            return new CourseOfCare(opened, closing.stream().toList(), situations);
        }
    }

    private static final CareSituation[] FIRST = {CareSituation.OUTPATIENT, CareSituation.OUTPATIENT, CareSituation.OUTPATIENT,
            CareSituation.OWN_NETWORK_ONLY, CareSituation.OWN_NETWORK_ONLY, CareSituation.DAY_TREATMENT, CareSituation.NO_CARE,
            CareSituation.PLACEMENT_KINSHIP_FOSTER, CareSituation.PLACEMENT_FOSTER, CareSituation.PLACEMENT_RESIDENTIAL};
    private static final ClosingReason[] REASONS = {ClosingReason.GOALS_REACHED, ClosingReason.GOALS_REACHED, ClosingReason.GOALS_REACHED,
            ClosingReason.MOVED_AWAY, ClosingReason.TRANSFERRED, ClosingReason.FAMILY_STOPPED, ClosingReason.PLACEMENT};

    /** File number {@code i}, the same for the same seed whatever else is generated. */
    File file(int i) {
        var random = new SplittableRandom(settings.seed() * 1_000_003L + i);
        var first = settings.until().minusYears(5).plusDays(1);
        int span = (int) ChronoUnit.DAYS.between(first, settings.until());
        var opened = first.plusDays(random.nextInt(span + 1));
        Optional<LocalDate> closedOn = Optional.empty();
        if (random.nextDouble() < 0.65) {
            var day = opened.plusDays(30 + random.nextInt(900));
            if (!day.isAfter(settings.until())) {
                closedOn = Optional.of(day);
            }
        }
        var end = closedOn.orElse(settings.until());
        var youths = new ArrayList<Youth>();
        int count = random.nextDouble() < 0.45 ? 2 : 1;
        for (int y = 0; y < count; y++) {
            var id = uuid("y", i * 4L + y);
            var born = opened.minusDays(365L + random.nextInt(365 * 17));
            var situations = new ArrayList<CourseOfCare.Situation>();
            var situation = FIRST[random.nextInt(FIRST.length)];
            situations.add(new CourseOfCare.Situation(id, situation, opened));
            var day = opened;
            int changes = random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                day = day.plusDays(20 + random.nextInt(240));
                if (!day.isBefore(end)) {
                    break;
                }
                situation = next(situation, random);
                situations.add(new CourseOfCare.Situation(id, situation, day));
            }
            if (closedOn.isPresent()) {
                situations.add(new CourseOfCare.Situation(id, random.nextDouble() < 0.7 ? CareSituation.OWN_NETWORK_ONLY : situation, closedOn.get()));
            }
            youths.add(new Youth(id, born, situations));
        }
        var closing = closedOn.map(d -> new CourseOfCare.Closing(d, REASONS[random.nextInt(REASONS.length)], Optional.empty()));
        int area = random.nextInt(settings.areas());
        return new File(i, uuid("f", i), uuid("p", i), opened, closing, youths, Integer.toString(FIRST_AREA + area),
                municipality(area / AREAS_PER_MUNICIPALITY));
    }

    /** Care tends to step down: lighter more often than heavier. */
    private static CareSituation next(CareSituation now, SplittableRandom random) {
        var all = CareSituation.values();
        int step = random.nextDouble() < 0.6 ? -1 - random.nextInt(2) : 1 + random.nextInt(2);
        return all[Math.max(0, Math.min(all.length - 1, now.ordinal() + step))];
    }

    private UUID uuid(String kind, long n) {
        return UUID.nameUUIDFromBytes(("kring-generated-" + settings.seed() + "-" + kind + "-" + n).getBytes(StandardCharsets.UTF_8));
    }

    // --- writing ---

    void run() throws SQLException, IOException {
        long started = System.nanoTime();
        try (var connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            connection.setAutoCommit(false);
            try (var check = connection.prepareStatement("select count(*) from team where name = ?")) {
                check.setString(1, TEAM);
                try (var rs = check.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        out.println("This database already holds a generated set (team \"" + TEAM + "\"); generate into a new one.");
                        return;
                    }
                }
            }
            var team = uuid("team", 0);
            try (var insert = connection.prepareStatement("insert into team (id, name) values (?, ?)")) {
                insert.setObject(1, team);
                insert.setString(2, TEAM);
                insert.executeUpdate();
            }
            try (var s = connection.createStatement()) {
                s.execute("alter table insights_contribution disable trigger insights_contribution_count");
            }
            copy(connection, "family (id, name, team_id, status, demo, created_at, closed_at)", (f, row) -> row.accept(f,
                    Arrays.asList(f.id().toString(), "Fictief gezin %06d".formatted(f.index()), team.toString(), f.closing().isPresent() ? "CLOSED" : "ACTIVE",
                            "t", f.opened() + " 09:00:00+00", f.closing().map(c -> c.closedOn() + " 17:00:00+00").orElse(null))));
            copy(connection, "family_member (id, family_id, given_name, family_name, relation, birth_date, parental_authority, carer_kind, authority_since)",
                    (f, row) -> {
                        row.accept(f, Arrays.asList(f.parent().toString(), f.id().toString(), "Ouder", "Fictief", "PARENT", null, "t", "MOTHER", null));
                        int n = 0;
                        for (var y : f.youths()) {
                            row.accept(f, Arrays.asList(y.id().toString(), f.id().toString(), "Kind " + (++n), "Fictief", "YOUTH", y.born().toString(), "f",
                                    null, null));
                        }
                    });
            copy(connection, "member_contact (member_id, family_id, postal_code, city)",
                    (f, row) -> row.accept(f, Arrays.asList(f.parent().toString(), f.id().toString(), f.area() + " XX", f.municipality())));
            copy(connection, "care_situation (id, family_id, youth_id, situation, since)", (f, row) -> {
                long n = 0;
                for (var y : f.youths()) {
                    for (var s : y.situations()) {
                        row.accept(f, Arrays.asList(uuid("c", f.index() * 64L + n++).toString(), f.id().toString(), y.id().toString(), s.situation().name(),
                                s.since().toString()));
                    }
                }
            });
            copy(connection, "file_closure (id, family_id, closed_on, reason, reason_text)", (f, row) -> f.closing().ifPresent(c -> row.accept(f,
                    Arrays.asList(uuid("z", f.index()).toString(), f.id().toString(), c.closedOn().toString(), c.reason().name(), null))));
            copy(connection, "insights_contribution (family_id, measure, category, month, municipality, area, weight)", (f, row) -> {
                for (var line : Contributions.of(f.course(), f.municipality(), f.area())) {
                    row.accept(f, Arrays.asList(f.id().toString(), line.measure().name(), line.category(), line.month().atDay(1).toString(),
                            line.municipality(), line.area(), Long.toString(line.weight())));
                }
            });
            try (var s = connection.createStatement()) {
                s.execute("alter table insights_contribution enable trigger insights_contribution_count");
                s.execute("""
                        insert into insights_count (measure, month, municipality, area, category, value)
                        select measure, month, municipality, area, category, sum(weight) from insights_contribution
                         group by measure, month, municipality, area, category
                        on conflict (measure, month, municipality, area, category) do update set value = insights_count.value + excluded.value
                        """);
            }
            connection.commit();
            out.printf("files and insights: %.0f s%n", (System.nanoTime() - started) / 1e9);
            maps(connection, team);
            try (var s = connection.createStatement()) {
                s.execute("analyze");
            }
            connection.commit();
        }
        out.printf("generated %d fictional files with %d persons per map in %.0f s (seed %d, until %s)%n", settings.files(), settings.persons(),
                (System.nanoTime() - started) / 1e9, settings.seed(), settings.until());
        out.println("KRING_INSIGHTS_MUNICIPALITIES=" + municipalities(settings.areas()));
    }

    /** One map per file, its first version and the persons on it; written by the database itself. */
    private void maps(Connection connection, UUID team) throws SQLException {
        long started = System.nanoTime();
        try (var s = connection.prepareStatement("""
                insert into network_map (id, family_id, title, perspective, centre_kind, created_at)
                select md5('map' || f.id::text)::uuid, f.id, 'Netwerkkaart (fictief)', 'PARENT', 'HOUSEHOLD', f.created_at
                  from family f where f.team_id = ?
                """)) {
            s.setObject(1, team);
            s.executeUpdate();
        }
        try (var s = connection.prepareStatement("""
                insert into network_map_version (id, map_id, number, centre_name, created_at, updated_at)
                select md5('version' || m.id::text)::uuid, m.id, 1, 'Gezin (fictief)', m.created_at, m.created_at
                  from network_map m join family f on f.id = m.family_id where f.team_id = ?
                """)) {
            s.setObject(1, team);
            s.executeUpdate();
        }
        connection.commit();
        try (var s = connection.prepareStatement("""
                insert into network_map_person (version_id, person_id, name, gender, kind, level, angle, distance, centre_tie, factor,
                                                available, reachable, conflict, deceased, position)
                select v.id, 'p' || n, 'Persoon ' || n || ' (fictief)', 'UNKNOWN', 'PERSON', 1 + (n % 4), (n * 37 % 360) - 180,
                       1 + (n % 4), case when n % 3 = 0 then 'STRONG' else 'EXISTING' end, 'NONE', true, true, false, false, n
                  from network_map_version v join network_map m on m.id = v.map_id join family f on f.id = m.family_id
                 cross join generate_series(1, ?) n
                 where f.team_id = ?
                """)) {
            s.setInt(1, settings.persons());
            s.setObject(2, team);
            s.executeUpdate();
        }
        connection.commit();
        out.printf("maps: %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** COPY into a table the rows that each file gives, in the text format (\N for null). */
    private void copy(Connection connection, String table, BiConsumer<File, BiConsumer<File, List<String>>> rows) throws SQLException, IOException {
        long started = System.nanoTime();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
        var buffer = new StringBuilder(1 << 20);
        long[] count = {0};
        BiConsumer<File, List<String>> row = (f, values) -> {
            for (int v = 0; v < values.size(); v++) {
                if (v > 0) {
                    buffer.append('\t');
                }
                var value = values.get(v);
                buffer.append(value == null ? "\\N" : value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
            }
            buffer.append('\n');
            count[0]++;
        };
        try {
            for (int i = 0; i < settings.files(); i++) {
                rows.accept(file(i), row);
                if (buffer.length() > (1 << 20)) {
                    var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    buffer.setLength(0);
                }
            }
            var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        out.printf("%s: %d rows in %.0f s%n", table.substring(0, table.indexOf(' ')), count[0], (System.nanoTime() - started) / 1e9);
    }

}
