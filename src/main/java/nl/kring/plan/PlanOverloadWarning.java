package nl.kring.plan;

import java.util.List;
import nl.kring.plan.domain.PersonRef;

/**
 * Saving these agreements would give persons who already carry much even more: a warning, not a block.
 * Nothing was saved yet; the same change saved again with the warning acknowledged goes through.
 */
public class PlanOverloadWarning extends RuntimeException {

    private final List<PersonRef> persons;
    private final int threshold;

    public PlanOverloadWarning(List<PersonRef> persons, int threshold) {
        super("overload", null, false, false);
        this.persons = List.copyOf(persons);
        this.threshold = threshold;
    }

    public List<PersonRef> persons() {
        return persons;
    }

    public int threshold() {
        return threshold;
    }
}
