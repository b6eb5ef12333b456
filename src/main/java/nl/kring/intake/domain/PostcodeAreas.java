package nl.kring.intake.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rules for teams' postcode areas: a well-formed range, never overlapping another, and routing by postcode. */
public final class PostcodeAreas {

    private PostcodeAreas() {}

    /** A reason (message key and field) why a new area cannot be added. */
    public record Problem(String field, String messageKey) {}

    /**
     * Checks a new area typed as its two ends against the existing areas of all teams; empty when it may
     * be added. {@code to} left blank means the single postcode {@code from}.
     */
    public static Optional<Problem> check(String typedFrom, String typedTo, List<PostcodeArea> existing) {
        var from = Postcode.parseDigits(typedFrom);
        if (from.isEmpty()) {
            return Optional.of(new Problem("from", "intake.area.error.from"));
        }
        var to = typedTo == null || typedTo.isBlank() ? from : Postcode.parseDigits(typedTo);
        if (to.isEmpty()) {
            return Optional.of(new Problem("to", "intake.area.error.to"));
        }
        if (to.get() < from.get()) {
            return Optional.of(new Problem("to", "intake.area.error.order"));
        }
        if (existing.stream().anyMatch(area -> area.overlaps(from.get(), to.get()))) {
            return Optional.of(new Problem("from", "intake.area.error.overlap"));
        }
        return Optional.empty();
    }

    /** The areas of {@code existing} that the range overlaps, to name them in the refusal. */
    public static List<PostcodeArea> overlapping(int from, int to, List<PostcodeArea> existing) {
        return existing.stream().filter(area -> area.overlaps(from, to)).toList();
    }

    /**
     * The team for a postcode: the one whose area covers it, else the fallback team (if one is
     * configured), else none — then the request cannot be placed and the person is told whom to ask.
     */
    public static Optional<UUID> teamFor(Postcode postcode, List<PostcodeArea> areas, Optional<UUID> fallback) {
        return areas.stream().filter(area -> area.covers(postcode.digits())).map(PostcodeArea::teamId).findFirst().or(() -> fallback);
    }
}
