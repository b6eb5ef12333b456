package nl.kring.matching.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The checks on what is written about a match, as typed: a contact of the volunteer (the day, what they did,
 * how it went), an evaluation, a closing and a measurement. Days lie neither ahead nor before the match
 * started; texts are short. Each refusal names its field ({@link InvalidMatchInput}).
 */
public final class MatchRules {

    public static final int WHAT_LENGTH = 200;
    public static final int HOW_LENGTH = 500;
    public static final int SIDE_LENGTH = 1000;
    public static final int REASON_TEXT_LENGTH = 200;
    public static final int NOTE_LENGTH = 1000;

    private MatchRules() {
    }

    /** A contact logged by the volunteer. */
    public record Contact(LocalDate on, String what, String how) {}

    /** An evaluation: the day, how it goes for the family and for the volunteer, the family's own rating (1–5). */
    public record Evaluation(LocalDate heldOn, String familySide, String volunteerSide, Optional<Integer> familyRating) {}

    /** A closing: the day, the reason (with its text for OTHER), and the closing conversation. */
    public record Closing(LocalDate closedOn, ClosingReason reason, String reasonText, Optional<LocalDate> conversationOn, String note) {}

    /** A baseline or end measurement: youth care in use (if known) and the family's rating of its support (if given). */
    public record Measurement(LocalDate measuredOn, Optional<Boolean> youthCareInUse, Optional<Integer> supportRating) {}

    public static Contact contact(String on, String what, String how, LocalDate startedOn, LocalDate today) {
        var day = day("on", on, startedOn, today);
        var cleanWhat = text(what);
        if (cleanWhat.isEmpty() || cleanWhat.length() > WHAT_LENGTH) {
            throw new InvalidMatchInput("what", "matching.match.error.what");
        }
        var cleanHow = text(how);
        if (cleanHow.length() > HOW_LENGTH) {
            throw new InvalidMatchInput("how", "matching.match.error.how");
        }
        return new Contact(day, cleanWhat, cleanHow);
    }

    public static Evaluation evaluation(String heldOn, String familySide, String volunteerSide, String rating, LocalDate startedOn,
            LocalDate today) {
        var day = day("heldOn", heldOn, startedOn, today);
        var family = text(familySide);
        if (family.length() > SIDE_LENGTH) {
            throw new InvalidMatchInput("familySide", "matching.match.error.side");
        }
        var volunteer = text(volunteerSide);
        if (volunteer.length() > SIDE_LENGTH) {
            throw new InvalidMatchInput("volunteerSide", "matching.match.error.side");
        }
        if (family.isEmpty() && volunteer.isEmpty()) {
            throw new InvalidMatchInput("familySide", "matching.match.error.sidesEmpty");
        }
        return new Evaluation(day, family, volunteer, rating("familyRating", rating));
    }

    public static Closing closing(String closedOn, String reason, String reasonText, String conversationOn, String note,
            LocalDate startedOn, LocalDate today) {
        var day = day("closedOn", closedOn, startedOn, today);
        ClosingReason parsed;
        try {
            parsed = ClosingReason.valueOf(text(reason));
        } catch (IllegalArgumentException e) {
            throw new InvalidMatchInput("reason", "matching.match.error.reason");
        }
        var cleanReasonText = text(reasonText);
        if (cleanReasonText.length() > REASON_TEXT_LENGTH || parsed == ClosingReason.OTHER && cleanReasonText.isEmpty()) {
            throw new InvalidMatchInput("reasonText", "matching.match.error.reasonText");
        }
        var conversation = text(conversationOn).isEmpty() ? Optional.<LocalDate>empty()
                : Optional.of(day("conversationOn", conversationOn, startedOn, today));
        var cleanNote = text(note);
        if (cleanNote.length() > NOTE_LENGTH) {
            throw new InvalidMatchInput("note", "matching.match.error.note");
        }
        return new Closing(day, parsed, cleanReasonText, conversation, cleanNote);
    }

    /** {@code careInUse}: "true", "false" or empty (not known, or to be taken from the file). */
    public static Measurement measurement(String measuredOn, String careInUse, String rating, LocalDate startedOn, LocalDate today) {
        var day = day("measuredOn", measuredOn, startedOn.minusMonths(3), today);
        var care = switch (text(careInUse)) {
            case "" -> Optional.<Boolean>empty();
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new InvalidMatchInput("youthCareInUse", "matching.match.error.careInUse");
        };
        var parsedRating = rating("supportRating", rating);
        if (care.isEmpty() && parsedRating.isEmpty()) {
            throw new InvalidMatchInput("youthCareInUse", "matching.match.error.measurementEmpty");
        }
        return new Measurement(day, care, parsedRating);
    }

    /** A planned end of a stage: empty, or a day not before {@code today}. */
    public static Optional<LocalDate> plannedUntil(String value, LocalDate today) {
        if (text(value).isEmpty()) {
            return Optional.empty();
        }
        try {
            var day = LocalDate.parse(text(value));
            if (day.isBefore(today) || day.isAfter(today.plusYears(10))) {
                throw new InvalidMatchInput("plannedUntil", "matching.match.error.plannedUntil");
            }
            return Optional.of(day);
        } catch (DateTimeParseException e) {
            throw new InvalidMatchInput("plannedUntil", "matching.match.error.date");
        }
    }

    private static LocalDate day(String field, String value, LocalDate earliest, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(text(value));
        } catch (DateTimeParseException e) {
            throw new InvalidMatchInput(field, "matching.match.error.date");
        }
        if (day.isAfter(today)) {
            throw new InvalidMatchInput(field, "matching.match.error.future");
        }
        if (day.isBefore(earliest)) {
            throw new InvalidMatchInput(field, "matching.match.error.beforeStart");
        }
        return day;
    }

    private static Optional<Integer> rating(String field, String value) {
        var clean = text(value);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        try {
            int rating = Integer.parseInt(clean);
            if (rating >= 1 && rating <= 5) {
                return Optional.of(rating);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidMatchInput(field, "matching.match.error.rating");
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
