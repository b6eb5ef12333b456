package nl.kring.intake.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.intake.domain.RequestState;
import nl.kring.intake.domain.SupportRequest;

/** A support request as the pages show it: times in Dutch time in the reader's language's format, the question shortened for the list. */
public record RequestView(UUID id, String receivedAt, String postcode, String question, String excerpt, Optional<String> addressedAs,
        Optional<String> email, Optional<String> phone, String language, RequestState state, Optional<UUID> familyId,
        Optional<String> referralText, String handledBy, String handledAt, boolean erased) {

    static final int EXCERPT = 90;
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    static RequestView of(SupportRequest r, Map<UUID, String> handlers, Locale locale) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(DUTCH);
        var question = r.question().orElse("");
        var excerpt = question.length() <= EXCERPT ? question : question.substring(0, EXCERPT).strip() + "…";
        return new RequestView(r.id(), when.format(r.receivedAt()), r.postcode(), question, excerpt, r.addressedAs(), r.email(), r.phone(),
                r.language(), r.state(), r.familyId(), r.referralText(), r.handledBy().map(h -> handlers.getOrDefault(h, "")).orElse(""),
                r.handledAt().map(when::format).orElse(""), r.erasedAt().isPresent());
    }
}
