package nl.kring.intake;

import java.time.Instant;
import java.util.UUID;
import nl.kring.intake.domain.NewRequest;
import nl.kring.intake.store.IntakeStore;
import org.springframework.stereotype.Service;

/** For the demo data only: postcode areas and support requests written directly, without a person acting. */
@Service
public class IntakeRegistry {

    private final IntakeStore store;

    IntakeRegistry(IntakeStore store) {
        this.store = store;
    }

    public boolean hasAreas() {
        return !store.areas().isEmpty();
    }

    public UUID addArea(UUID teamId, int from, int to) {
        return store.insertArea(teamId, from, to);
    }

    public UUID addRequest(UUID teamId, NewRequest request, Instant receivedAt) {
        return store.insertRequest(teamId, request, receivedAt);
    }
}
