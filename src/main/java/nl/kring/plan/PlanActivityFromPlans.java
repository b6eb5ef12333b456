package nl.kring.plan;

import java.util.UUID;
import nl.kring.network.PlanActivity;
import nl.kring.network.domain.ActivationInfo;
import org.springframework.stereotype.Component;

/** Tells the map's signals how many agreements each person holds in the family's plans. */
@Component
class PlanActivityFromPlans implements PlanActivity {

    private final Plans plans;

    PlanActivityFromPlans(Plans plans) {
        this.plans = plans;
    }

    @Override
    public ActivationInfo activationOf(UUID familyId, UUID mapId) {
        return plans.hasPlans(familyId) ? ActivationInfo.plans(plans.agreementsOnMap(familyId, mapId)) : ActivationInfo.none();
    }
}
