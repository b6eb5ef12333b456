package nl.kring.insights;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.FileChanged;
import nl.kring.family.FileFacts;
import nl.kring.family.FileOpened;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.insights.domain.Contributions;
import nl.kring.insights.domain.CountTable;
import nl.kring.insights.domain.CourseOfCare;
import nl.kring.insights.domain.Dimension;
import nl.kring.insights.domain.InsightsTable;
import nl.kring.insights.domain.Measure;
import nl.kring.insights.domain.Municipalities;
import nl.kring.insights.domain.Periods;
import nl.kring.insights.domain.SmallCells;
import nl.kring.insights.store.InsightsStore;
import nl.kring.platform.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The anonymous insights: counts kept up to date in the transaction of every change to a file (its lines in
 * {@code insights_contribution}, their sums in {@code insights_count}), and read by the analyst as tables with
 * small-cell protection. Only the analyst role reads them; every read is audited, with no ids.
 */
@Service
public class Insights {

    private final FamilyRegistry registry;
    private final nl.kring.plan.PlanSteps plans;
    private final InsightsStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final Municipalities municipalities;
    private final int threshold;

    Insights(FamilyRegistry registry, nl.kring.plan.PlanSteps plans, InsightsStore store, AuditLog audit, TransactionTemplate transactions, PlatformTransactionManager manager,
            @Value("${kring.insights.municipalities:}") String municipalities, @Value("${kring.insights.threshold:10}") int threshold) {
        this.registry = registry;
        this.plans = plans;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(manager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.municipalities = Municipalities.parse(municipalities);
        if (threshold < 2) {
            throw new IllegalArgumentException("kring.insights.threshold is at least 2: " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    // --- keeping the counts ---

    @EventListener
    void on(FileChanged changed) {
        refresh(changed.familyId());
    }

    @EventListener
    void on(FileOpened opened) {
        refresh(opened.familyId());
    }

    @EventListener
    void on(nl.kring.privacy.DestructionAsked asked) {
        store.withhold(asked.familyId(), asked.pending());
        refresh(asked.familyId());
    }

    /** Files that have no lines yet (kept before this module, or written around the door) are counted once at start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Integer.MAX_VALUE)
    void catchUp() {
        var counted = store.counted();
        for (var id : registry.ids()) {
            if (!counted.contains(id)) {
                transactions.executeWithoutResult(tx -> refresh(id));
            }
        }
    }

    /** Brings one file's lines up to date; a file that is gone has none (they went with it), nor one whose family asked for destruction. */
    void refresh(UUID familyId) {
        if (store.withheld(familyId)) {
            store.replace(familyId, List.of());
            return;
        }
        registry.facts(familyId).ifPresent(facts -> {
            var area = Municipalities.area(facts.postalCode());
            var steps = plans.of(familyId).stream().map(s -> new CourseOfCare.PlanStep(s.kind().name(), s.on())).toList();
            store.replace(familyId, Contributions.of(course(facts, steps), municipalities.of(area), area));
        });
    }

    static CourseOfCare course(FileFacts facts, List<CourseOfCare.PlanStep> steps) {
        var zone = ZoneId.of("Europe/Amsterdam");
        var closings = facts.closures().stream().map(c -> new CourseOfCare.Closing(c.closedOn(), c.reason(),
                c.reopenedAt().map(at -> at.atZone(zone).toLocalDate()))).toList();
        var situations = facts.careSituations().stream().map(e -> new CourseOfCare.Situation(e.youthId(), e.situation(), e.since())).toList();
        return new CourseOfCare(facts.openedOn(), closings, situations, steps);
    }

    // --- reading ---

    /** The measures, dimensions, periods and municipalities an analyst may choose from. */
    public record Catalogue(List<Measure> measures, List<Dimension> dimensions, List<String> municipalities, int threshold) {}

    public Catalogue measures(CurrentUser user) {
        requireAnalyst(user, InsightsAuditAction.INSIGHTS_MEASURES_READ);
        return transactions.execute(tx -> {
            audit.record(entry(user, InsightsAuditAction.INSIGHTS_MEASURES_READ, Outcome.ALLOWED));
            return new Catalogue(List.of(Measure.values()), List.of(Dimension.values()), municipalityNames(), threshold);
        });
    }

    public List<String> municipalityNames() {
        var names = new ArrayList<String>();
        municipalities.ranges().forEach(r -> {
            if (!names.contains(r.name())) {
                names.add(r.name());
            }
        });
        names.add(Municipalities.UNKNOWN);
        return names;
    }

    /** What the analyst asked for, each part still as text: 400 names the part that cannot be read. */
    public record Question(String measure, String rows, String columns, String period, String municipality) {}

    public InsightsTable table(CurrentUser user, Question question, InsightsAuditAction action) {
        requireAnalyst(user, action);
        var measure = Measure.ofCode(question.measure() == null ? "" : question.measure())
                .orElseThrow(() -> Refusal.badInput("insights.error.measure", "measure"));
        var rows = Dimension.ofCode(question.rows() == null ? "" : question.rows())
                .orElseThrow(() -> Refusal.badInput("insights.error.dimension", "rows"));
        var columns = Dimension.ofCode(question.columns() == null ? "" : question.columns())
                .orElseThrow(() -> Refusal.badInput("insights.error.dimension", "columns"));
        if (rows == columns) {
            throw Refusal.badInput("insights.error.sameDimension", "columns");
        }
        var periods = Periods.parse(question.period()).orElseThrow(() -> Refusal.badInput("insights.error.period", "period"));
        var municipality = Optional.ofNullable(question.municipality()).map(String::strip).filter(m -> !m.isEmpty());
        if (municipality.isPresent() && !municipalityNames().contains(municipality.get())) {
            throw Refusal.badInput("insights.error.municipality", "municipality");
        }
        return transactions.execute(tx -> {
            var counts = counts(measure.countedBy(), rows, columns, periods, municipality);
            var table = measure.kind() == Measure.Kind.AVERAGE
                    ? InsightsTable.average(measure, rows, columns, periods, SmallCells.protect(counts, threshold),
                            align(counts, counts(measure, rows, columns, periods, municipality)))
                    : InsightsTable.of(measure, rows, columns, periods, SmallCells.protect(counts, threshold));
            audit.record(entry(user, action, Outcome.ALLOWED));
            return table;
        });
    }

    /** The sums laid out on the rows and columns of the counts (a sum without a count there is left out). */
    private static CountTable align(CountTable counts, CountTable sums) {
        var values = new long[counts.rows().size()][counts.columns().size()];
        for (int r = 0; r < counts.rows().size(); r++) {
            int sr = sums.rows().indexOf(counts.rows().get(r));
            for (int c = 0; c < counts.columns().size(); c++) {
                int sc = sums.columns().indexOf(counts.columns().get(c));
                values[r][c] = sr < 0 || sc < 0 ? 0 : sums.count(sr, sc);
            }
        }
        return new CountTable(counts.rows(), counts.columns(), values);
    }

    /** The unprotected counts of a measure on two dimensions over the periods. */
    CountTable counts(Measure measure, Dimension rows, Dimension columns, Periods periods, Optional<String> municipality) {
        boolean byPeriod = rows == Dimension.PERIOD || columns == Dimension.PERIOD;
        var groups = new ArrayList<String>();
        for (var d : List.of(rows, columns)) {
            groups.add(column(d));
        }
        // cell (row key, column key) -> value
        var cells = new HashMap<List<String>, Long>();
        if (measure.kind() == Measure.Kind.STOCK) {
            if (byPeriod) {
                // changes per month up to the last period's end, summed up to each period's end
                var other = rows == Dimension.PERIOD ? columns : rows;
                var perMonth = new TreeMap<String, Map<String, Long>>();
                for (var sum : store.sums(measure, Optional.empty(), periods.last(), municipality, List.of("month", column(other)))) {
                    perMonth.computeIfAbsent(sum.keys().get(0), k -> new HashMap<>()).merge(sum.keys().get(1), sum.value(), Long::sum);
                }
                var running = new HashMap<String, Long>();
                var months = new ArrayList<>(perMonth.entrySet());
                int next = 0;
                for (var period : periods.periods()) {
                    while (next < months.size() && YearMonth.parse(months.get(next).getKey()).compareTo(period.last()) <= 0) {
                        months.get(next).getValue().forEach((k, v) -> running.merge(k, v, Long::sum));
                        next++;
                    }
                    running.forEach((k, v) -> cells.put(rows == Dimension.PERIOD ? List.of(period.label(), k) : List.of(k, period.label()), v));
                }
            } else {
                for (var sum : store.sums(measure, Optional.empty(), periods.last(), municipality, groups)) {
                    cells.merge(sum.keys(), sum.value(), Long::sum);
                }
            }
        } else {
            for (var sum : store.sums(measure, Optional.of(periods.first()), periods.last(), municipality, groups)) {
                var keys = new ArrayList<>(sum.keys());
                for (int i = 0; i < 2; i++) {
                    if (List.of(rows, columns).get(i) == Dimension.PERIOD) {
                        keys.set(i, periods.holding(YearMonth.parse(keys.get(i))).orElseThrow().label());
                    }
                }
                cells.merge(keys, sum.value(), Long::sum);
            }
        }
        var rowLabels = labels(rows, measure, periods, cells, 0);
        var columnLabels = labels(columns, measure, periods, cells, 1);
        var values = new long[rowLabels.size()][columnLabels.size()];
        for (int r = 0; r < rowLabels.size(); r++) {
            for (int c = 0; c < columnLabels.size(); c++) {
                values[r][c] = Math.max(0, cells.getOrDefault(List.of(rowLabels.get(r), columnLabels.get(c)), 0L));
            }
        }
        return new CountTable(rowLabels, columnLabels, values);
    }

    private static String column(Dimension d) {
        return switch (d) {
            case CATEGORY -> "category";
            case MUNICIPALITY -> "municipality";
            case AREA -> "area";
            case PERIOD -> "month";
        };
    }

    /** The labels of a dimension: every category and period, and the places that have a count, in order (unknown last). */
    private static List<String> labels(Dimension d, Measure measure, Periods periods, Map<List<String>, Long> cells, int index) {
        return switch (d) {
            case CATEGORY -> measure.categories();
            case PERIOD -> periods.periods().stream().map(Periods.Period::label).toList();
            case MUNICIPALITY, AREA -> {
                var found = new LinkedHashSet<String>();
                cells.forEach((k, v) -> {
                    if (v != 0) {
                        found.add(k.get(index));
                    }
                });
                yield found.stream().sorted(Comparator.comparing((String s) -> s.equals(Municipalities.UNKNOWN)).thenComparing(s -> s)).toList();
            }
        };
    }

    private void requireAnalyst(CurrentUser user, InsightsAuditAction action) {
        if (user == null || !user.has(Role.ANALYST)) {
            if (user != null) {
                ownTransaction.executeWithoutResult(tx -> audit.record(entry(user, action, Outcome.DENIED_FORBIDDEN)));
            }
            throw new Refusal(403, "error.forbidden", null);
        }
    }

    private static AuditEntry entry(CurrentUser user, InsightsAuditAction action, Outcome outcome) {
        return new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.empty(), List.of(), action, Channel.current(), outcome);
    }
}
