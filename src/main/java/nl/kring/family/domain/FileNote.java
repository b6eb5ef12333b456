package nl.kring.family.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A note in the family file, by a family member or a professional. Notes are added, not changed. */
public record FileNote(UUID id, UUID familyId, Optional<UUID> authorId, String text, Instant createdAt) {

    public static final int MAX_TEXT = 4000;

    /** The text as it will be kept, or empty when it is blank or too long. */
    public static Optional<String> cleanText(String text) {
        var clean = text == null ? "" : text.strip();
        return clean.isEmpty() || clean.length() > MAX_TEXT ? Optional.empty() : Optional.of(clean);
    }
}
