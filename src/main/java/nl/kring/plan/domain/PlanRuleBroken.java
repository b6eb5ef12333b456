package nl.kring.plan.domain;

/** A plan rule that a change or decision breaks: nothing is saved; the answer names the rule and the field. */
public final class PlanRuleBroken extends RuntimeException {

    /** The rules, each with the answer's status and the key of its translated explanation. */
    public enum Rule {
        TEXT_TOO_LONG(400, "plan.error.tooLong"),
        TOO_MANY(400, "plan.error.tooMany"),
        AGREEMENT_WITHOUT_PERSON(400, "plan.error.agreementPerson"),
        AGREEMENT_WITHOUT_WHAT(400, "plan.error.agreementWhat"),
        AGREEMENT_WITHOUT_SUPPORT_TYPE(400, "plan.error.agreementSupportType"),
        AGREEMENT_WITHOUT_START(400, "plan.error.agreementStart"),
        AGREEMENT_ENDS_BEFORE_START(400, "plan.error.agreementEnd"),
        UNKNOWN_PERSON(400, "plan.error.unknownPerson"),
        TASK_WITHOUT_DESCRIPTION(400, "plan.error.taskDescription"),
        CONDITION_WITHOUT_TEXT(400, "plan.error.conditionText"),
        UNKNOWN_AGREEMENT(400, "plan.error.unknownAgreement"),
        /** An evaluation says how every agreement went. */
        AGREEMENT_NOT_MARKED(422, "plan.error.agreementNotMarked"),
        /** Only an accepted version is evaluated. */
        NOT_YET_ACCEPTED(409, "plan.error.evaluateAccepted"),
        /** The youth does not want this person involved. */
        REFUSED_PERSON(422, "plan.error.refusedPerson"),
        /** A plan is accepted only with at least one evaluation moment. */
        NO_EVALUATION_MOMENT(422, "plan.error.noEvaluationMoment"),
        /** Only parents with parental authority and youths from 12 accept the plan. */
        NOT_AN_ACCEPTOR(403, "plan.error.notAnAcceptor"),
        /** Only the family writes its own part; a professional proposes and comments beside it. */
        FAMILY_TEXT(403, "plan.error.familyText"),
        /** Only professionals set safety conditions and step-down of their own tasks. */
        PROFESSIONAL_PART(403, "plan.error.professionalPart"),
        /** Only a youth of the family marks persons they do not want involved. */
        NOT_THE_YOUTH(403, "plan.error.notTheYouth"),
        /** An accepted version is kept as it is; changes go into a next version. */
        ACCEPTED_READ_ONLY(409, "plan.error.acceptedReadOnly"),
        /** A next version starts from an accepted one, so there is one draft at a time. */
        DRAFT_OPEN(409, "plan.error.draftOpen");

        private final int status;
        private final String messageKey;

        Rule(int status, String messageKey) {
            this.status = status;
            this.messageKey = messageKey;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Rule rule;
    private final String field;

    public PlanRuleBroken(Rule rule, String field) {
        super(rule.name() + (field == null ? "" : " (" + field + ")"), null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public Rule rule() {
        return rule;
    }

    /** The field the rule is about, for example {@code agreements[2].persons}; null when it is about the whole plan. */
    public String field() {
        return field;
    }
}
