package nl.kring.insights.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.ClosingReason;

/**
 * What an analyst can count. Volunteer matching and "who can help?" are not measured yet: their measures come
 * when those capabilities keep their own facts; the network maps and the hand-over of professional tasks likewise.
 */
public enum Measure {
    /** Files opened in the month. */
    FILES_OPENED(Kind.FLOW, List.of("ALL")),
    /** Files closed in the month, by closing reason. */
    FILES_CLOSED(Kind.FLOW, names(ClosingReason.values())),
    /** The average number of days from opening to closing, of the files closed in the period, by closing reason. */
    TIME_IN_CARE(Kind.AVERAGE, names(ClosingReason.values())),
    /** Youths in an open file at the end of the period, by their care situation then. */
    YOUTHS_BY_CARE_SITUATION(Kind.STOCK, names(CareSituation.values())),
    /** Youths whose care moved from one kind to another in the period (for example from outpatient help to a placement). */
    CARE_MOVEMENTS(Kind.FLOW, Movement.names()),
    /** Steps of the families' own plans in the period: plans made, versions accepted, evaluations held, agreements done. */
    PLAN_STEPS(Kind.FLOW, List.of("MADE", "ACCEPTED", "EVALUATED", "AGREEMENT_DONE"));

    /** How the monthly lines make a period's value. */
    public enum Kind {
        /** Summed over the months of the period. */
        FLOW,
        /** The state at the end of the period: the changes summed over every month up to its end. */
        STOCK,
        /** A sum of days over a count, both summed over the months of the period; protected by its count. */
        AVERAGE
    }

    private final Kind kind;
    private final List<String> categories;

    Measure(Kind kind, List<String> categories) {
        this.kind = kind;
        this.categories = categories;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> categories() {
        return categories;
    }

    /** The measure whose counts an average is divided by and protected with. */
    public Measure countedBy() {
        return this == TIME_IN_CARE ? FILES_CLOSED : this;
    }

    /** The API's name: lower case with hyphens, e.g. {@code youths-by-care-situation}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<Measure> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
