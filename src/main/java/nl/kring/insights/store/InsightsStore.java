package nl.kring.insights.store;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.insights.domain.Contribution;
import nl.kring.insights.domain.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The insights' own tables: each file's lines and the sums the triggers keep of them (V42). */
@Repository
public class InsightsStore {

    /** The columns a sum may be grouped by, by their names in the query (never text from a request). */
    public static final Set<String> GROUPS = Set.of("month", "category", "municipality", "area");

    private static final Comparator<Contribution> ORDER = Comparator.comparing((Contribution c) -> c.measure().name())
            .thenComparing(Contribution::month).thenComparing(Contribution::municipality).thenComparing(Contribution::area)
            .thenComparing(Contribution::category).thenComparingLong(Contribution::weight);

    private final JdbcClient jdbc;

    public InsightsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces a file's lines when they changed; the sums follow through the trigger. Lines are written in one order, so two files never wait on each other's sums crosswise. */
    public boolean replace(UUID familyId, List<Contribution> lines) {
        var sorted = lines.stream().sorted(ORDER).toList();
        if (linesOf(familyId).equals(sorted)) {
            return false;
        }
        jdbc.sql("delete from insights_contribution where family_id = ?").param(familyId).update();
        for (var line : sorted) {
            jdbc.sql("""
                    insert into insights_contribution (family_id, measure, category, month, municipality, area, weight)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(familyId, line.measure().name(), line.category(), Date.valueOf(line.month().atDay(1)), line.municipality(),
                            line.area(), line.weight())
                    .update();
        }
        return true;
    }

    public List<Contribution> linesOf(UUID familyId) {
        return jdbc.sql("select measure, category, month, municipality, area, weight from insights_contribution where family_id = ?")
                .param(familyId)
                .query((rs, n) -> new Contribution(Measure.valueOf(rs.getString("measure")), rs.getString("category"),
                        YearMonth.from(rs.getDate("month").toLocalDate()), rs.getString("municipality"), rs.getString("area"),
                        rs.getLong("weight")))
                .list().stream().sorted(ORDER).toList();
    }

    /** Leaves a file out of every count from now on (its family asked for destruction), or counts it again. */
    public void withhold(UUID familyId, boolean withheld) {
        if (withheld) {
            jdbc.sql("insert into insights_withheld (family_id) values (?) on conflict do nothing").param(familyId).update();
        } else {
            jdbc.sql("delete from insights_withheld where family_id = ?").param(familyId).update();
        }
    }

    public boolean withheld(UUID familyId) {
        return jdbc.sql("select exists (select 1 from insights_withheld where family_id = ?)").param(familyId).query(Boolean.class).single();
    }

    /** The files that have lines, or are left out. */
    public Set<UUID> counted() {
        return new java.util.HashSet<>(jdbc.sql("select distinct family_id from insights_contribution union select family_id from insights_withheld")
                .query(UUID.class).list());
    }

    /** One group of a sum: the values of the grouped columns, in the order asked, and the sum. */
    public record Sum(List<String> keys, long value) {}

    /**
     * The sums of a measure over the months from {@code from} (or the beginning) to {@code to}, in one municipality or
     * all, grouped by the given columns (from {@link #GROUPS}; {@code month} comes back as {@code yyyy-MM}).
     */
    public List<Sum> sums(Measure measure, Optional<YearMonth> from, YearMonth to, Optional<String> municipality, List<String> groups) {
        for (var g : groups) {
            if (!GROUPS.contains(g)) {
                throw new IllegalArgumentException("not a group: " + g);
            }
        }
        var select = new ArrayList<String>();
        for (var g : groups) {
            select.add(g.equals("month") ? "to_char(month, 'YYYY-MM')" : g);
        }
        var sql = new StringBuilder("select ");
        for (var s : select) {
            sql.append(s).append(", ");
        }
        sql.append("sum(value) from insights_count where measure = :measure and month <= :to");
        from.ifPresent(f -> sql.append(" and month >= :from"));
        municipality.ifPresent(m -> sql.append(" and municipality = :municipality"));
        if (!groups.isEmpty()) {
            sql.append(" group by ").append(String.join(", ", select));
        }
        var spec = jdbc.sql(sql.toString()).param("measure", measure.name()).param("to", Date.valueOf(to.atDay(1)));
        if (from.isPresent()) {
            spec = spec.param("from", Date.valueOf(from.get().atDay(1)));
        }
        if (municipality.isPresent()) {
            spec = spec.param("municipality", municipality.get());
        }
        int n = groups.size();
        return spec.query((rs, row) -> {
            var keys = new ArrayList<String>(n);
            for (int i = 1; i <= n; i++) {
                keys.add(rs.getString(i));
            }
            return new Sum(keys, rs.getLong(n + 1));
        }).list();
    }
}
