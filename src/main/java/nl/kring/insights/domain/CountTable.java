package nl.kring.insights.domain;

import java.util.List;
import java.util.Objects;

/**
 * Counts by two dimensions (for example care situation by area), before protection. {@code counts[r][c]} is the
 * count for row {@code r} and column {@code c}; the totals are the sums, as the analyst would see them.
 */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        Objects.requireNonNull(counts, "counts");
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one row of counts per row label");
        }
        var copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("one count per column in row " + r);
            }
            for (long count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("a count is never negative");
                }
            }
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (long count : counts[row]) {
            sum += count;
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (var row : counts) {
            sum += row[column];
        }
        return sum;
    }

    public long total() {
        long sum = 0;
        for (int r = 0; r < counts.length; r++) {
            sum += rowTotal(r);
        }
        return sum;
    }
}
