package nl.kring.network;

import java.util.UUID;
import nl.kring.network.domain.ActivationInfo;

/**
 * What the family's plans say about the persons on a map, for the signals "mapped but never asked"
 * and "one person carrying too much". The plan module answers; without it every map reads as
 * having no plan.
 */
public interface PlanActivity {

    ActivationInfo activationOf(UUID familyId, UUID mapId);
}
