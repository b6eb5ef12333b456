package nl.kring.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A personal access token as its owner sees it; the token itself is shown only once, at creation. */
public record AccessTokenSummary(
        UUID id, String name, Instant createdAt, Instant expiresAt, Optional<Instant> revokedAt, Optional<Instant> lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
