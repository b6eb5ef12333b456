package nl.kring.insights.domain;

import java.util.List;

/** A protected table as an analyst sees it: labels, and every cell and total shown or hidden. */
public record InsightsTable(Measure measure, Dimension rowDimension, Dimension columnDimension, Periods periods, int threshold,
        List<String> rows, List<String> columns, Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell total) {

    public static InsightsTable of(Measure measure, Dimension rowDimension, Dimension columnDimension, Periods periods,
            SmallCells.Protected counts) {
        var t = counts.table();
        return new InsightsTable(measure, rowDimension, columnDimension, periods, counts.threshold(), t.rows(), t.columns(), counts.cells(),
                counts.rowTotals(), counts.columnTotals(), counts.total());
    }

    /**
     * An average (sum over count) protected by its counts: shown only where its count shows and is not zero, so an
     * average never tells more about a small group than its hidden count would.
     */
    public static InsightsTable average(Measure measure, Dimension rowDimension, Dimension columnDimension, Periods periods,
            SmallCells.Protected counts, CountTable sums) {
        var t = counts.table();
        int rows = t.rows().size();
        int columns = t.columns().size();
        var cells = new Cell[rows][columns];
        var rowTotals = new Cell[rows];
        var columnTotals = new Cell[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = divide(sums.count(r, c), counts.cells()[r][c]);
            }
            rowTotals[r] = divide(sums.rowTotal(r), counts.rowTotals()[r]);
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = divide(sums.columnTotal(c), counts.columnTotals()[c]);
        }
        return new InsightsTable(measure, rowDimension, columnDimension, periods, counts.threshold(), t.rows(), t.columns(), cells,
                rowTotals, columnTotals, divide(sums.total(), counts.total()));
    }

    private static Cell divide(long sum, Cell count) {
        if (count.hidden() || ((Cell.Shown) count).value() == 0) {
            return Cell.HIDDEN;
        }
        return new Cell.Shown(Math.round((double) sum / ((Cell.Shown) count).value()));
    }
}
