package nl.kring.matching;

import java.util.List;
import nl.kring.matching.domain.CentroidCsv;

/** A centroid list that was not imported (400), with every line that could not be read. */
public final class CentroidImportRefused extends MatchingRefusal {

    private final List<CentroidCsv.Problem> problems;

    public CentroidImportRefused(List<CentroidCsv.Problem> problems, String field) {
        super(400, "matching.postcodes.error.lines", field);
        this.problems = List.copyOf(problems);
    }

    public List<CentroidCsv.Problem> problems() {
        return problems;
    }
}
