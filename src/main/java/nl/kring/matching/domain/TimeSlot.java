package nl.kring.matching.domain;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A part of a day of the week someone is available in, such as Wednesday afternoon. Stored and sent as
 * {@code DAY_PART}, for example {@code WEDNESDAY_AFTERNOON}.
 */
public record TimeSlot(DayOfWeek day, PartOfDay part) implements Comparable<TimeSlot> {

    public TimeSlot {
        if (day == null || part == null) {
            throw new IllegalArgumentException("day and part are required");
        }
    }

    /** Every slot of the week, Monday morning first. */
    public static List<TimeSlot> week() {
        return Arrays.stream(DayOfWeek.values())
                .flatMap(day -> Arrays.stream(PartOfDay.values()).map(part -> new TimeSlot(day, part))).toList();
    }

    public String code() {
        return day.name() + "_" + part.name();
    }

    public static Optional<TimeSlot> parse(String code) {
        return week().stream().filter(slot -> slot.code().equals(code)).findFirst();
    }

    /** The slots both have, in week order. */
    public static Set<TimeSlot> overlap(Collection<TimeSlot> a, Collection<TimeSlot> b) {
        return a.stream().filter(b::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public int compareTo(TimeSlot other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : part.compareTo(other.part);
    }
}
