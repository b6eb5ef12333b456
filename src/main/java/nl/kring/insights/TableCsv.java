package nl.kring.insights;

import nl.kring.insights.domain.Cell;
import nl.kring.insights.domain.InsightsTable;

/** A protected table as CSV: the same cells as the page and the API, a hidden one written as {@code <k}. */
public final class TableCsv {

    private TableCsv() {}

    public static String of(InsightsTable table, String totalLabel) {
        var out = new StringBuilder();
        out.append(quote(table.rowDimension().code() + " \\ " + table.columnDimension().code()));
        for (var column : table.columns()) {
            out.append(',').append(quote(column));
        }
        out.append(',').append(quote(totalLabel)).append("\r\n");
        for (int r = 0; r < table.rows().size(); r++) {
            out.append(quote(table.rows().get(r)));
            for (int c = 0; c < table.columns().size(); c++) {
                out.append(',').append(text(table.cells()[r][c], table.threshold()));
            }
            out.append(',').append(text(table.rowTotals()[r], table.threshold())).append("\r\n");
        }
        out.append(quote(totalLabel));
        for (var total : table.columnTotals()) {
            out.append(',').append(text(total, table.threshold()));
        }
        out.append(',').append(text(table.total(), table.threshold())).append("\r\n");
        return out.toString();
    }

    public static String text(Cell cell, int threshold) {
        return cell instanceof Cell.Shown shown ? Long.toString(shown.value()) : "<" + threshold;
    }

    /** Quoted, with a leading formula character neutralised so a spreadsheet does not run it. */
    private static String quote(String text) {
        var safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
