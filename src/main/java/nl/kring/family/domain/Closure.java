package nl.kring.family.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One closing of a file, with its outcome; a reopening is recorded on the same closure. */
public record Closure(UUID id, LocalDate closedOn, ClosingReason reason, Optional<String> reasonText, Optional<UUID> closedBy,
        Optional<Instant> reopenedAt, Optional<String> reopenReason, Optional<UUID> reopenedBy) {

    public boolean reopened() {
        return reopenedAt.isPresent();
    }
}
