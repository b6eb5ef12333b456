package nl.kring.consultation.domain;

/** A change the consultation's rules do not allow; {@link Rule} says which, and how the answer reads. */
public final class ConsultationRuleBroken extends RuntimeException {

    /** The rules, each with its HTTP status (400 bad input, 409 the record no longer allows it) and the field it is about. */
    public enum Rule {
        QUESTION_EMPTY(400, "question"),
        QUESTION_TOO_LONG(400, "question"),
        NOT_A_YOUTH(400, "youth"),
        DISCIPLINE_MISSING(400, "discipline"),
        ALREADY_ON_PANEL(400, "username"),
        PANEL_FULL(400, "username"),
        ADVICE_EMPTY(400, "text"),
        TEXT_TOO_LONG(400, "text"),
        NOT_ON_PANEL(403, null),
        NO_ADVICE_YET(409, null),
        MATCH_KIND_MISSING(400, "kind"),
        PROGRAMME_MISSING(400, "programme"),
        PROVIDER_MISSING(400, "provider"),
        NO_SUCH_ADVICE(404, null),
        REACTION_EMPTY(400, "text"),
        MATCHED(409, null);

        private final int status;
        private final String field;

        Rule(int status, String field) {
            this.status = status;
            this.field = field;
        }

        public int status() {
            return status;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return "consultation.error." + name();
        }
    }

    private final Rule rule;

    public ConsultationRuleBroken(Rule rule) {
        super(rule.name(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
