package nl.kring.plan;

import nl.kring.plan.domain.PlanRuleBroken;
import nl.kring.platform.web.Refusal;

/** A plan request refused with an answer for the user: a broken plan rule, an unknown plan or version. */
public class PlanRefusal extends Refusal {

    public PlanRefusal(int status, String messageKey, String field) {
        super(status, messageKey, field);
    }

    static PlanRefusal of(PlanRuleBroken broken) {
        return new PlanRefusal(broken.rule().status(), broken.rule().messageKey(), broken.field());
    }

    static PlanRefusal notFound() {
        return new PlanRefusal(404, "error.notFound", null);
    }

    public static PlanRefusal badInput(String messageKey, String field) {
        return new PlanRefusal(400, messageKey, field);
    }
}
