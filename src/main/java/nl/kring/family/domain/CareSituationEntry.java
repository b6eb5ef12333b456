package nl.kring.family.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** From {@code since} on, this youth's care situation was {@code situation}. */
public record CareSituationEntry(UUID id, UUID youthId, CareSituation situation, LocalDate since, Optional<UUID> recordedBy,
        Instant recordedAt) {}
