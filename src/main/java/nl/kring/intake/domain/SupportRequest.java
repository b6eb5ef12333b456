package nl.kring.intake.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored support request. Once handled and past the retention period its personal data is erased:
 * then {@code question}, {@code email}, {@code phone}, {@code addressedAs}, {@code postcode}'s letters and
 * {@code referralText} are empty and {@code erasedAt} says when.
 *
 * @param postcode the postcode as {@code 1234 AB}, or only its digits once erased
 */
public record SupportRequest(UUID id, UUID teamId, Optional<String> question, String postcode, Optional<String> email,
        Optional<String> phone, Optional<String> addressedAs, String language, Instant receivedAt, RequestState state,
        Optional<UUID> familyId, Optional<String> referralText, Optional<UUID> handledBy, Optional<Instant> handledAt,
        Optional<Instant> erasedAt) {

    public boolean open() {
        return state == RequestState.RECEIVED;
    }
}
