package nl.kring.insights.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell protection of a table of counts, so that no aggregate points at one family.
 *
 * <ol>
 *   <li><b>Primary:</b> a count from 1 to k−1 is hidden, in the body and among the totals. Zeros show.</li>
 *   <li><b>Complementary:</b> no hidden count may be worked out from what shows. So a row or column whose total
 *       shows never has exactly one hidden cell: another cell is hidden with it (the smallest count that shows,
 *       preferring one that is not zero), or, when the line has no other cell, its total. The row totals, with the
 *       grand total as their sum, and the column totals likewise, follow the same rule. Repeated until nothing
 *       changes: every new hidden cell can leave another line with one.</li>
 * </ol>
 *
 * A rate or average computed from a hidden count is hidden too ({@link #mayShowRate}).
 */
public final class SmallCells {

    private SmallCells() {}

    /** The protected table: every cell, row total, column total and the grand total, shown or hidden. */
    public record Protected(CountTable table, int threshold, Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell total) {}

    public static Protected protect(CountTable table, int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("the threshold k is at least 2, or nothing is protected: " + threshold);
        }
        int rows = table.rows().size();
        int columns = table.columns().size();
        // hidden[r][c] for the body; row totals sit in column "columns", column totals in row "rows", the grand total at [rows][columns]
        var hidden = new boolean[rows + 1][columns + 1];
        var value = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                value[r][c] = table.count(r, c);
            }
            value[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            value[rows][c] = table.columnTotal(c);
        }
        value[rows][columns] = table.total();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = small(value[r][c], threshold);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            // each row, the row of column totals included: its members are the columns 0..columns-1, its total at "columns"
            for (int r = 0; r <= rows; r++) {
                changed |= complement(hidden, value, line(r, columns, true), new int[] {r, columns});
            }
            for (int c = 0; c <= columns; c++) {
                changed |= complement(hidden, value, line(c, rows, false), new int[] {rows, c});
            }
        }
        var cells = new Cell[rows][columns];
        var rowTotals = new Cell[rows];
        var columnTotals = new Cell[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = cell(hidden[r][c], value[r][c]);
            }
            rowTotals[r] = cell(hidden[r][columns], value[r][columns]);
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = cell(hidden[rows][c], value[rows][c]);
        }
        return new Protected(table, threshold, cells, rowTotals, columnTotals, cell(hidden[rows][columns], value[rows][columns]));
    }

    /** Whether a rate or average computed from these counts may show: only when both show and the denominator is not zero. */
    public static boolean mayShowRate(Cell numerator, Cell denominator) {
        return !numerator.hidden() && !denominator.hidden() && ((Cell.Shown) denominator).value() > 0;
    }

    private static boolean small(long count, int threshold) {
        return count >= 1 && count < threshold;
    }

    private static Cell cell(boolean hidden, long value) {
        return hidden ? Cell.HIDDEN : new Cell.Shown(value);
    }

    /** The positions of one line's members: a row's cells across the columns, or a column's cells down the rows. */
    private static List<int[]> line(int index, int length, boolean row) {
        var members = new ArrayList<int[]>(length);
        for (int i = 0; i < length; i++) {
            members.add(row ? new int[] {index, i} : new int[] {i, index});
        }
        return members;
    }

    /** Hides one more member (or the total) of a line whose total shows and that has exactly one hidden member. */
    private static boolean complement(boolean[][] hidden, long[][] value, List<int[]> members, int[] total) {
        if (hidden[total[0]][total[1]]) {
            return false;
        }
        int hiddenMembers = 0;
        for (var m : members) {
            hiddenMembers += hidden[m[0]][m[1]] ? 1 : 0;
        }
        if (hiddenMembers != 1) {
            return false;
        }
        int[] choice = null;
        for (var m : members) {
            if (hidden[m[0]][m[1]]) {
                continue;
            }
            // the smallest count that shows, a positive one before a zero (hiding a zero protects less: zeros usually show)
            if (choice == null || better(value[m[0]][m[1]], value[choice[0]][choice[1]])) {
                choice = m;
            }
        }
        if (choice == null) {
            choice = total;
        }
        hidden[choice[0]][choice[1]] = true;
        return true;
    }

    private static boolean better(long candidate, long current) {
        if ((candidate > 0) != (current > 0)) {
            return candidate > 0;
        }
        return candidate < current;
    }
}
