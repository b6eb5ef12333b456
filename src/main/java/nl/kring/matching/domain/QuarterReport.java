package nl.kring.matching.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's quarter in counts, never names: the matches started in it, those running at its end, those
 * ended in it by reason; the waiting times (from the request to the start, in days) of the matches started
 * in it; the volunteers available for matching; and, of the matches ended in it with both measurements, how
 * many had youth care in use at the start and at the end.
 */
public record QuarterReport(Quarter quarter, int started, int active, int ended, Map<ClosingReason, Integer> endedBy,
        Optional<Waiting> waiting, int volunteersAvailable, int measuredPairs, int youthCareAtBaseline, int youthCareAtEnd) {

    /** Waiting times in days: how many, the median (the lower middle for an even count), the mean rounded, the shortest, the longest. */
    public record Waiting(int count, long medianDays, long meanDays, long shortestDays, long longestDays) {}

    /** What the report needs of one match. */
    public record MatchFact(LocalDate requestedOn, LocalDate startedOn, Optional<LocalDate> closedOn, Optional<ClosingReason> reason,
            Optional<Boolean> careAtBaseline, Optional<Boolean> careAtEnd) {}

    public QuarterReport {
        endedBy = Map.copyOf(endedBy);
    }

    public static QuarterReport of(Quarter quarter, List<MatchFact> matches, int volunteersAvailable) {
        int started = 0;
        int active = 0;
        int ended = 0;
        int pairs = 0;
        int careBefore = 0;
        int careAfter = 0;
        var endedBy = new EnumMap<ClosingReason, Integer>(ClosingReason.class);
        for (var reason : ClosingReason.values()) {
            endedBy.put(reason, 0);
        }
        var waits = new ArrayList<Long>();
        var last = quarter.lastDay();
        for (var match : matches) {
            if (quarter.contains(match.startedOn())) {
                started++;
                waits.add(Math.max(0, ChronoUnit.DAYS.between(match.requestedOn(), match.startedOn())));
            }
            boolean endedByQuarterEnd = match.closedOn().filter(closed -> !closed.isAfter(last)).isPresent();
            if (!match.startedOn().isAfter(last) && !endedByQuarterEnd) {
                active++;
            }
            if (match.closedOn().filter(quarter::contains).isPresent()) {
                ended++;
                match.reason().ifPresent(reason -> endedBy.merge(reason, 1, Integer::sum));
                if (match.careAtBaseline().isPresent() && match.careAtEnd().isPresent()) {
                    pairs++;
                    careBefore += match.careAtBaseline().get() ? 1 : 0;
                    careAfter += match.careAtEnd().get() ? 1 : 0;
                }
            }
        }
        return new QuarterReport(quarter, started, active, ended, endedBy, waiting(waits), volunteersAvailable, pairs, careBefore, careAfter);
    }

    private static Optional<Waiting> waiting(List<Long> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        var sorted = days.stream().sorted().toList();
        long sum = sorted.stream().mapToLong(Long::longValue).sum();
        return Optional.of(new Waiting(sorted.size(), sorted.get((sorted.size() - 1) / 2), Math.round((double) sum / sorted.size()),
                sorted.getFirst(), sorted.getLast()));
    }

    /** The report as CSV: one line per figure ({@code measure,value}), the reasons as {@code ended_<REASON>}. */
    public String csv() {
        var lines = new StringBuilder("quarter,measure,value\n");
        line(lines, "started", started);
        line(lines, "active", active);
        line(lines, "ended", ended);
        for (var reason : ClosingReason.values()) {
            line(lines, "ended_" + reason.name(), endedBy.getOrDefault(reason, 0));
        }
        line(lines, "waiting_count", waiting.map(Waiting::count).orElse(0));
        waiting.ifPresent(w -> {
            line(lines, "waiting_median_days", w.medianDays());
            line(lines, "waiting_mean_days", w.meanDays());
            line(lines, "waiting_shortest_days", w.shortestDays());
            line(lines, "waiting_longest_days", w.longestDays());
        });
        line(lines, "volunteers_available", volunteersAvailable);
        line(lines, "measured_pairs", measuredPairs);
        line(lines, "youth_care_at_baseline", youthCareAtBaseline);
        line(lines, "youth_care_at_end", youthCareAtEnd);
        return lines.toString();
    }

    private void line(StringBuilder lines, String measure, long value) {
        lines.append(quarter).append(',').append(measure).append(',').append(value).append('\n');
    }
}
