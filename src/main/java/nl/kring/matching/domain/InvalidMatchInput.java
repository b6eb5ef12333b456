package nl.kring.matching.domain;

/** Input for a match that the rules refuse: the field and the message key that says why. */
public final class InvalidMatchInput extends RuntimeException {

    private final FieldProblem problem;

    public InvalidMatchInput(String field, String messageKey) {
        super(field + ": " + messageKey, null, false, false);
        this.problem = new FieldProblem(field, messageKey);
    }

    public FieldProblem problem() {
        return problem;
    }
}
