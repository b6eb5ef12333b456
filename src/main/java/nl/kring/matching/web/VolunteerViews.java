package nl.kring.matching.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kring.matching.RecordedEvidence;
import nl.kring.matching.Volunteer;
import nl.kring.matching.Volunteers;
import nl.kring.matching.domain.Availability;
import nl.kring.matching.domain.TimeSlot;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Volunteers as the pages show them, in the page's language: the parts of days they are available, and
 * whether they can be matched in a programme with every reason why not, written out.
 */
@Component
class VolunteerViews {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource messages;

    VolunteerViews(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether a volunteer can be matched, as a headline and the reasons why not. */
    record AvailabilityView(boolean available, String headline, List<String> reasons) {}

    /** A programme the volunteer signed up for, with their standing and the evidence recorded. */
    record StandingView(UUID programmeId, String programme, String organisation, AvailabilityView availability,
            List<RecordedEvidence> evidence) {}

    /** A volunteer's profile written out, with their standing per programme. */
    record FileView(Volunteer volunteer, String email, String languages, String availability, String interests, String preferences,
            List<StandingView> standings) {}

    String slot(TimeSlot slot, Locale locale) {
        return messages.getMessage(slot.part().messageKey() + ".of", new Object[] {slot.day().getDisplayName(TextStyle.FULL, locale)}, locale);
    }

    AvailabilityView availability(Availability availability, Locale locale) {
        return switch (availability) {
            case Availability.Available a -> new AvailabilityView(true, a.until()
                    .map(until -> msg("matching.availability.availableUntil", locale, date(until)))
                    .orElseGet(() -> msg("matching.availability.available", locale)), List.of());
            case Availability.Unavailable u -> new AvailabilityView(false, msg("matching.availability.unavailable", locale),
                    u.reasons().stream().map(r -> msg("matching.availability." + r.code().name(), locale,
                            msg(r.kind().messageKey(), locale), r.since().map(VolunteerViews::date).orElse(""))).toList());
        };
    }

    FileView file(Volunteers.VolunteerFile file, Locale locale) {
        var profile = file.volunteer().profile();
        var languages = String.join(", ", profile.languages().stream().sorted().map(code -> Locale.of(code).getDisplayLanguage(locale)).toList());
        var slots = String.join(", ", profile.availability().stream().sorted().map(s -> slot(s, locale)).toList());
        var interests = String.join(", ", profile.interests().stream().sorted().map(i -> msg(i.messageKey(), locale)).toList());
        var ages = profile.ageFrom().isPresent() || profile.ageTo().isPresent()
                ? msg("matching.volunteer.prefers.ages", locale, profile.ageFrom().map(String::valueOf).orElse("0"),
                        profile.ageTo().map(String::valueOf).orElse("…"))
                : msg("matching.volunteer.prefers.anyAge", locale);
        var distance = profile.maxDistanceKm().map(km -> msg("matching.volunteer.prefers.distance", locale, km))
                .orElseGet(() -> msg("matching.volunteer.prefers.anyDistance", locale));
        var standings = file.standings().stream().map(s -> new StandingView(s.programme().id(), s.programme().settings().name(),
                s.programme().organisation().name(), availability(s.availability(), locale), s.evidence())).toList();
        return new FileView(file.volunteer(), file.email(), languages, slots, interests, ages + "; " + distance, standings);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
