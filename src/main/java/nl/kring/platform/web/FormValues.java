package nl.kring.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads typed form values as they arrive (text), refusing bad ones with a translated 400 that names
 * the field, so that every form answers the same way and keeps what was typed.
 */
public final class FormValues {

    private FormValues() {}

    /** An id chosen in the form; anything else is refused with {@code messageKey}. */
    public static UUID uuid(String value, String messageKey, String field) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput(messageKey, field);
        }
    }

    /** A date as yyyy-mm-dd, or empty when left blank; anything else is refused with {@code messageKey}. */
    public static Optional<LocalDate> optionalDate(String value, String messageKey, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw Refusal.badInput(messageKey, field);
        }
    }
}
