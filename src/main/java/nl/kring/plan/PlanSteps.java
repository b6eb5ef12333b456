package nl.kring.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.plan.store.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days on which a family's plans took a step — made, accepted, evaluated, an agreement done — without any
 * content, for the anonymous insights only (which count them in the transaction of the change, see
 * {@code family.FileChanged}).
 */
@Service
public class PlanSteps {

    /** One step of a plan on a day. */
    public record Step(Kind kind, LocalDate on) {}

    public enum Kind {
        MADE,
        ACCEPTED,
        EVALUATED,
        AGREEMENT_DONE
    }

    private final PlanStore store;

    PlanSteps(PlanStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<Step> of(UUID familyId) {
        return store.stepDays(familyId).stream().map((Map.Entry<String, LocalDate> e) -> new Step(Kind.valueOf(e.getKey()), e.getValue())).toList();
    }
}
