package nl.kring.mentor.domain;

/** A step the mentor rules do not allow; {@link Rule} says which, with its HTTP status and field. */
public final class MentorRuleBroken extends RuntimeException {

    public enum Rule {
        NOT_A_PERSON(400, "person"),
        A_PARENT(400, "person"),
        A_PROFESSIONAL(400, "person"),
        DECEASED(400, "person"),
        ALREADY_NOMINATED(400, "person"),
        NO_PARENT_WITH_AUTHORITY(422, null),
        NOT_ASKED(403, null),
        ALREADY_ANSWERED(409, null),
        NOT_AWAITING_PARENTS(409, null),
        NOT_AWAITING_MENTOR(409, null),
        REASON_TOO_LONG(400, "reason"),
        NOT_STANDING(409, null);

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
            return "mentor.error." + name();
        }
    }

    private final Rule rule;

    public MentorRuleBroken(Rule rule) {
        super(rule.name(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
