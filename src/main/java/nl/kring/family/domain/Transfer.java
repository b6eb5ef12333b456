package nl.kring.family.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A hand-over of the file from one team to another, with the note the new team reads. */
public record Transfer(UUID id, UUID fromTeam, UUID toTeam, String note, Optional<UUID> transferredBy, Instant transferredAt,
        Optional<UUID> takenUpBy) {}
