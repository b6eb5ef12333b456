package nl.kring.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.CareSituationEntry;
import nl.kring.family.domain.Closure;

/**
 * What a file says about the course of care, without names: when it was opened, its closings (with their
 * reopenings), each youth's care situations over time and one postal code of the family (for its area).
 * For the anonymous insights only, which keep no more of it than counts.
 */
public record FileFacts(UUID familyId, LocalDate openedOn, List<Closure> closures, List<CareSituationEntry> careSituations,
        Optional<String> postalCode) {

    public FileFacts {
        closures = List.copyOf(closures);
        careSituations = List.copyOf(careSituations);
    }
}
