package nl.kring.insights.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kring.identity.CurrentUser;
import nl.kring.insights.Insights;
import nl.kring.insights.InsightsAuditAction;
import nl.kring.insights.TableCsv;
import nl.kring.insights.domain.Cell;
import nl.kring.insights.domain.Dimension;
import nl.kring.insights.domain.InsightsTable;
import nl.kring.insights.domain.Measure;
import nl.kring.insights.domain.Municipalities;
import nl.kring.platform.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's page: choose a measure, rows, columns, period and municipality (a plain GET form, so every view has
 * its own address); a chart drawn on the server with the protected table beside it, and the same table as CSV.
 * Only the analyst role; a question that cannot be read is answered 400 with the form as typed and the message.
 */
@Controller
class InsightsPageController {

    private final Insights insights;
    private final MessageSource messages;

    InsightsPageController(Insights insights, MessageSource messages) {
        this.insights = insights;
        this.messages = messages;
    }

    /** The form as typed. */
    public record Form(String measure, String rows, String columns, String period, String municipality) {}

    /** One row of the table as the page shows it: label, cells and total as text, and whether each is hidden. */
    public record Line(String label, List<String> cells, List<Boolean> hidden, String total, boolean totalHidden) {}

    @GetMapping("/inzichten")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
            @RequestParam(required = false) String period, @RequestParam(required = false) String municipality, Model model, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        var form = defaults(measure, rows, columns, period, municipality);
        model.addAttribute("form", form);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("municipalities", insights.municipalityNames());
        model.addAttribute("threshold", insights.threshold());
        try {
            var table = insights.table(user, question(form), InsightsAuditAction.INSIGHTS_TABLE_READ);
            model.addAttribute("table", table);
            model.addAttribute("rowDimensionLabel", messages.getMessage("insights.dimension." + table.rowDimension().code(), null, locale));
            model.addAttribute("columnDimensionLabel", messages.getMessage("insights.dimension." + table.columnDimension().code(), null, locale));
            model.addAttribute("columnLabels", table.columns().stream().map(c -> label(table, table.columnDimension(), c, locale)).toList());
            model.addAttribute("lines", lines(table, locale));
            model.addAttribute("totals", new Line(messages.getMessage("insights.total", null, locale),
                    java.util.Arrays.stream(table.columnTotals()).map(c -> text(c, table, locale)).toList(),
                    java.util.Arrays.stream(table.columnTotals()).map(Cell::hidden).toList(), text(table.total(), table, locale), table.total().hidden()));
            model.addAttribute("chart", chart(table, locale));
            model.addAttribute("csv", "/inzichten/export.csv?measure=" + form.measure() + "&rows=" + form.rows() + "&columns=" + form.columns()
                    + "&period=" + form.period() + (form.municipality().isEmpty() ? "" : "&municipality=" + form.municipality()));
        } catch (Refusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            response.setStatus(400);
            model.addAttribute("error", refusal);
        }
        return "insights/page";
    }

    @GetMapping(value = "/inzichten/export.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
            @RequestParam(required = false) String period, @RequestParam(required = false) String municipality, Locale locale) {
        var table = insights.table(user, question(defaults(measure, rows, columns, period, municipality)), InsightsAuditAction.INSIGHTS_TABLE_EXPORT);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kring-" + table.measure().code() + ".csv\"")
                .body(TableCsv.of(table, messages.getMessage("insights.total", null, locale)));
    }

    private Form defaults(String measure, String rows, String columns, String period, String municipality) {
        int year = LocalDate.now().getYear();
        return new Form(measure == null ? Measure.YOUTHS_BY_CARE_SITUATION.code() : measure.strip(),
                rows == null ? Dimension.CATEGORY.code() : rows.strip(), columns == null ? Dimension.PERIOD.code() : columns.strip(),
                period == null ? year + "-Q1.." + year + "-Q4" : period.strip(),
                municipality == null ? insights.municipalityNames().getFirst() : municipality.strip());
    }

    private static Insights.Question question(Form form) {
        return new Insights.Question(form.measure(), form.rows(), form.columns(), form.period(), form.municipality());
    }

    private List<Line> lines(InsightsTable table, Locale locale) {
        var lines = new ArrayList<Line>();
        for (int r = 0; r < table.rows().size(); r++) {
            var cells = new ArrayList<String>();
            var hidden = new ArrayList<Boolean>();
            for (var cell : table.cells()[r]) {
                cells.add(text(cell, table, locale));
                hidden.add(cell.hidden());
            }
            lines.add(new Line(label(table, table.rowDimension(), table.rows().get(r), locale), cells, hidden,
                    text(table.rowTotals()[r], table, locale), table.rowTotals()[r].hidden()));
        }
        return lines;
    }

    private String chart(InsightsTable table, Locale locale) {
        var title = messages.getMessage("insights.measure." + table.measure().code(), null, locale);
        if (table.columnDimension() == Dimension.PERIOD) {
            return InsightsChart.line(title, table.columns(), table.columnTotals(), c -> text(c, table, locale));
        }
        var labels = table.rows().stream().map(r -> label(table, table.rowDimension(), r, locale)).toList();
        if (table.rowDimension() == Dimension.PERIOD) {
            return InsightsChart.line(title, labels, table.rowTotals(), c -> text(c, table, locale));
        }
        return InsightsChart.bars(title, labels, table.rowTotals(), c -> text(c, table, locale));
    }

    private String text(Cell cell, InsightsTable table, Locale locale) {
        if (cell instanceof Cell.Shown shown) {
            return java.text.NumberFormat.getIntegerInstance(locale).format(shown.value());
        }
        return messages.getMessage("insights.hidden", new Object[] {table.threshold()}, locale);
    }

    private String label(InsightsTable table, Dimension dimension, String key, Locale locale) {
        if (Municipalities.UNKNOWN.equals(key)) {
            return messages.getMessage("insights.unknown", null, locale);
        }
        if (dimension != Dimension.CATEGORY) {
            return key;
        }
        var code = switch (table.measure()) {
            case YOUTHS_BY_CARE_SITUATION -> "lifecycle.care." + key;
            case FILES_CLOSED, TIME_IN_CARE -> "lifecycle.closing.reason." + key;
            case CARE_MOVEMENTS -> "insights.movement." + key;
            case FILES_OPENED -> "insights.category.ALL";
            case PLAN_STEPS -> "insights.planStep." + key;
        };
        return messages.getMessage(code, null, key, locale);
    }
}
