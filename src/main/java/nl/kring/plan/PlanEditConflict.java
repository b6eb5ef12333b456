package nl.kring.plan;

import nl.kring.platform.web.HttpRefusal;

/**
 * A change was based on a revision that is no longer the current one: someone else changed the plan
 * first. Nothing was saved; the person gets the current version to set beside their own change.
 */
public class PlanEditConflict extends RuntimeException implements HttpRefusal {

    private final StoredPlanVersion current;
    private final int basedOn;

    public PlanEditConflict(StoredPlanVersion current, int basedOn) {
        super("plan changed since revision " + basedOn, null, false, false);
        this.current = current;
        this.basedOn = basedOn;
    }

    public StoredPlanVersion current() {
        return current;
    }

    public int basedOn() {
        return basedOn;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String messageKey() {
        return "plan.error.conflict";
    }
}
