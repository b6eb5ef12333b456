package nl.kring.intake;

import java.util.List;
import nl.kring.intake.domain.RequestRules;
import nl.kring.platform.web.Refusal;

/** Bad input in a support request: every broken rule with its field, so the form can mark them all. */
public final class IntakeRefused extends Refusal {

    private final List<RequestRules.Problem> problems;

    public IntakeRefused(int status, List<RequestRules.Problem> problems) {
        super(status, problems.getFirst().messageKey(), problems.getFirst().field());
        this.problems = List.copyOf(problems);
    }

    static IntakeRefused of(int status, String field, String messageKey) {
        return new IntakeRefused(status, List.of(new RequestRules.Problem(field, messageKey)));
    }

    public List<RequestRules.Problem> problems() {
        return problems;
    }
}
