package nl.kring.matching;

import java.util.List;
import nl.kring.matching.domain.FieldProblem;

/** A refused registration or evidence (400): every problem with its field, the first one as the message. */
public final class VolunteerRefused extends MatchingRefusal {

    private final List<FieldProblem> problems;

    public VolunteerRefused(List<FieldProblem> problems) {
        super(400, problems.getFirst().messageKey(), problems.getFirst().field());
        this.problems = List.copyOf(problems);
    }

    public static VolunteerRefused of(String field, String messageKey) {
        return new VolunteerRefused(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
