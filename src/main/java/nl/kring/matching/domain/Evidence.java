package nl.kring.matching.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a volunteer showed for a requirement: the kind, the date it was issued or done (a certificate's
 * date, the day the ID was checked or the training finished) and, for a certificate of conduct, its
 * screening profile.
 */
public record Evidence(RequirementKind kind, LocalDate date, Optional<String> screeningProfile) {

    public Evidence {
        if (kind == null || date == null) {
            throw new IllegalArgumentException("kind and date are required");
        }
        screeningProfile = screeningProfile == null ? Optional.empty()
                : screeningProfile.map(String::strip).filter(profile -> !profile.isEmpty());
    }
}
