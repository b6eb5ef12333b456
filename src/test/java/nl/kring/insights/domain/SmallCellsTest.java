package nl.kring.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    static CountTable table(long[][] counts) {
        var rows = new ArrayList<String>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("r" + r);
        }
        var columns = new ArrayList<String>();
        for (int c = 0; c < counts[0].length; c++) {
            columns.add("c" + c);
        }
        return new CountTable(rows, columns, counts);
    }

    static boolean hidden(SmallCells.Protected table, int row, int column) {
        return table.cells()[row][column].hidden();
    }

    @Test
    void aSmallCountIsHiddenWithAComplementInItsRowAndColumnAndZerosShow() {
        // areas by care situation: 3 youths in placement in the first area would point at a family
        var protectedTable = SmallCells.protect(table(new long[][] {{40, 3, 0}, {25, 30, 12}, {18, 22, 15}}), 10);
        assertThat(hidden(protectedTable, 0, 1)).isTrue();
        // its row and its column each get a complement, the smallest count that shows
        assertThat(hidden(protectedTable, 0, 0)).as("row complement: 40 is the only other count above zero").isTrue();
        assertThat(hidden(protectedTable, 2, 1)).as("column complement: 22 is smaller than 30").isTrue();
        assertThat(protectedTable.cells()[0][2]).isEqualTo(new Cell.Shown(0));
        assertThat(protectedTable.cells()[1][2]).isEqualTo(new Cell.Shown(12));
        assertNoLoneHiddenCell(protectedTable);
    }

    @Test
    void totalsBelowTheThresholdAreHiddenTooAndProtectedAmongThemselves() {
        var protectedTable = SmallCells.protect(table(new long[][] {{2, 3}, {40, 50}, {30, 35}}), 10);
        assertThat(protectedTable.rowTotals()[0].hidden()).as("5 youths in one row").isTrue();
        assertThat(protectedTable.total()).isEqualTo(new Cell.Shown(160));
        // with the grand total showing, a second row total is hidden so that the first cannot be subtracted out
        assertThat(protectedTable.rowTotals()[1].hidden() || protectedTable.rowTotals()[2].hidden()).isTrue();
        assertNoLoneHiddenCell(protectedTable);
    }

    @Test
    void aLineWithOneCellHidesItsTotal() {
        var protectedTable = SmallCells.protect(table(new long[][] {{4}, {50}}), 10);
        assertThat(protectedTable.rowTotals()[0].hidden()).isTrue();
        assertNoLoneHiddenCell(protectedTable);
    }

    @Test
    void noHiddenCountCanBeWorkedOutFromItsRowOrColumnOnAThousandRandomTables() {
        var random = new Random(20261204);
        for (int i = 0; i < 1000; i++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            var counts = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(60);
                }
            }
            var protectedTable = SmallCells.protect(table(counts), 10);
            assertNoLoneHiddenCell(protectedTable);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (counts[r][c] >= 1 && counts[r][c] < 10) {
                        assertThat(hidden(protectedTable, r, c)).isTrue();
                    }
                    if (!hidden(protectedTable, r, c)) {
                        assertThat(protectedTable.cells()[r][c]).isEqualTo(new Cell.Shown(counts[r][c]));
                    }
                }
            }
        }
    }

    @Test
    void aRateFromAHiddenCountIsHidden() {
        assertThat(SmallCells.mayShowRate(new Cell.Shown(12), new Cell.Shown(40))).isTrue();
        assertThat(SmallCells.mayShowRate(Cell.HIDDEN, new Cell.Shown(40))).isFalse();
        assertThat(SmallCells.mayShowRate(new Cell.Shown(12), Cell.HIDDEN)).isFalse();
        assertThat(SmallCells.mayShowRate(new Cell.Shown(0), new Cell.Shown(0))).isFalse();
        assertThatThrownBy(() -> SmallCells.protect(table(new long[][] {{1}}), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** No row or column (totals included) whose total shows has exactly one hidden member. */
    static void assertNoLoneHiddenCell(SmallCells.Protected t) {
        int rows = t.cells().length;
        int columns = rows == 0 ? 0 : t.cells()[0].length;
        for (int r = 0; r < rows; r++) {
            if (!t.rowTotals()[r].hidden()) {
                int hidden = 0;
                for (int c = 0; c < columns; c++) {
                    hidden += t.cells()[r][c].hidden() ? 1 : 0;
                }
                assertThat(hidden).as("row " + r).isNotEqualTo(1);
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!t.columnTotals()[c].hidden()) {
                int hidden = 0;
                for (int r = 0; r < rows; r++) {
                    hidden += t.cells()[r][c].hidden() ? 1 : 0;
                }
                assertThat(hidden).as("column " + c).isNotEqualTo(1);
            }
        }
        if (!t.total().hidden()) {
            assertThat(List.of(t.rowTotals()).stream().filter(Cell::hidden).count()).as("row totals").isNotEqualTo(1);
            assertThat(List.of(t.columnTotals()).stream().filter(Cell::hidden).count()).as("column totals").isNotEqualTo(1);
        }
    }
}
