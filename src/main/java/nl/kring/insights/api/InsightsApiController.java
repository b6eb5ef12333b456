package nl.kring.insights.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import nl.kring.identity.CurrentUser;
import nl.kring.insights.Insights;
import nl.kring.insights.InsightsAuditAction;
import nl.kring.insights.TableCsv;
import nl.kring.insights.domain.Cell;
import nl.kring.insights.domain.InsightsTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The anonymous insights over the API: for the analyst role only (403 for every other role), every read audited. */
@RestController
@Tag(name = "Insights", description = "Anonymous aggregates with small-cell protection, for the analyst role only")
class InsightsApiController {

    private final Insights insights;

    InsightsApiController(Insights insights) {
        this.insights = insights;
    }

    record MeasureInfo(String code, String kind, List<String> categories) {}

    record Measures(List<MeasureInfo> measures, List<String> dimensions, List<String> periods, List<String> municipalities, int threshold,
            List<String> notYetMeasured) {}

    record CellValue(String row, String column, Long value, boolean suppressed) {}

    record RowTotal(String row, Long value, boolean suppressed) {}

    record ColumnTotal(String column, Long value, boolean suppressed) {}

    record Total(Long value, boolean suppressed) {}

    record Table(String measure, int threshold, String rows, String columns, String period, List<CellValue> cells, List<RowTotal> rowTotals,
            List<ColumnTotal> columnTotals, Total total) {}

    @GetMapping("/api/v1/insights/measures")
    @Operation(summary = "The measures and dimensions an analyst may ask for (analyst role only; audited)")
    Measures measures(@AuthenticationPrincipal CurrentUser user) {
        var catalogue = insights.measures(user);
        return new Measures(catalogue.measures().stream().map(m -> new MeasureInfo(m.code(), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                m.categories())).toList(), catalogue.dimensions().stream().map(d -> d.code()).toList(),
                List.of("yyyy", "yyyy-Qn", "yyyy-MM", "a range of one kind: from..to"), catalogue.municipalities(), catalogue.threshold(),
                List.of("network maps", "professional tasks handed over", "volunteer matches", "who can help?"));
    }

    @GetMapping("/api/v1/insights/table")
    @Operation(summary = "One measure by two dimensions over whole months, quarters or years, with small-cell protection: a count from 1 to "
            + "k-1 and every cell that would give one away is suppressed (value null). 400 names the parameter it cannot read")
    Table table(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "A measure's code from /measures") @RequestParam(required = false) String measure,
            @Parameter(description = "category, municipality, area or period") @RequestParam(required = false) String rows,
            @Parameter(description = "category, municipality, area or period; not the same as rows") @RequestParam(required = false) String columns,
            @Parameter(description = "2025, 2025-Q2 or 2025-06, or a range of one kind such as 2021..2025") @RequestParam(required = false) String period,
            @Parameter(description = "Only this municipality") @RequestParam(required = false) String municipality) {
        return shape(insights.table(user, new Insights.Question(measure, rows, columns, period, municipality),
                InsightsAuditAction.INSIGHTS_TABLE_READ), period);
    }

    @GetMapping(value = "/api/v1/insights/table.csv", produces = "text/csv")
    @Operation(summary = "The same table as CSV, with the same protection (a suppressed cell reads <k)")
    ResponseEntity<String> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
            @RequestParam(required = false) String period, @RequestParam(required = false) String municipality) {
        var table = insights.table(user, new Insights.Question(measure, rows, columns, period, municipality),
                InsightsAuditAction.INSIGHTS_TABLE_EXPORT);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kring-" + table.measure().code() + ".csv\"")
                .body(TableCsv.of(table, "total"));
    }

    static Table shape(InsightsTable table, String period) {
        var cells = new ArrayList<CellValue>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                var cell = table.cells()[r][c];
                cells.add(new CellValue(table.rows().get(r), table.columns().get(c), value(cell), cell.hidden()));
            }
        }
        var rowTotals = new ArrayList<RowTotal>();
        for (int r = 0; r < table.rows().size(); r++) {
            rowTotals.add(new RowTotal(table.rows().get(r), value(table.rowTotals()[r]), table.rowTotals()[r].hidden()));
        }
        var columnTotals = new ArrayList<ColumnTotal>();
        for (int c = 0; c < table.columns().size(); c++) {
            columnTotals.add(new ColumnTotal(table.columns().get(c), value(table.columnTotals()[c]), table.columnTotals()[c].hidden()));
        }
        return new Table(table.measure().code(), table.threshold(), table.rowDimension().code(), table.columnDimension().code(), period.strip(),
                cells, rowTotals, columnTotals, new Total(value(table.total()), table.total().hidden()));
    }

    private static Long value(Cell cell) {
        return cell instanceof Cell.Shown shown ? shown.value() : null;
    }
}
