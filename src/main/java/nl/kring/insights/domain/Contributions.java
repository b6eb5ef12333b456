package nl.kring.insights.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kring.family.domain.CareSituation;

/** What one file adds to every measure: the lines kept for it, replaced whenever the file changes. */
public final class Contributions {

    private Contributions() {}

    public static List<Contribution> of(CourseOfCare course, String municipality, String area) {
        var lines = new ArrayList<Contribution>();
        lines.add(new Contribution(Measure.FILES_OPENED, "ALL", YearMonth.from(course.openedOn()), municipality, area, 1));
        for (var closing : course.closings()) {
            var month = YearMonth.from(closing.closedOn());
            lines.add(new Contribution(Measure.FILES_CLOSED, closing.reason().name(), month, municipality, area, 1));
            long days = Math.max(0, ChronoUnit.DAYS.between(course.openedOn(), closing.closedOn()));
            lines.add(new Contribution(Measure.TIME_IN_CARE, closing.reason().name(), month, municipality, area, days));
        }
        for (var step : course.planSteps()) {
            lines.add(new Contribution(Measure.PLAN_STEPS, step.step(), YearMonth.from(step.on()), municipality, area, 1));
        }
        var byYouth = course.situations().stream()
                .collect(Collectors.groupingBy(CourseOfCare.Situation::youth, LinkedHashMap::new, Collectors.toList()));
        for (var entries : byYouth.values()) {
            var sorted = entries.stream().sorted(Comparator.comparing(CourseOfCare.Situation::since)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                var from = Movement.of(sorted.get(i - 1).situation());
                var to = Movement.of(sorted.get(i).situation());
                if (from != to) {
                    lines.add(new Contribution(Measure.CARE_MOVEMENTS, Movement.between(from, to), YearMonth.from(sorted.get(i).since()),
                            municipality, area, 1));
                }
            }
            lines.addAll(stateChanges(course, sorted, municipality, area));
        }
        return net(lines);
    }

    /** +1 in the month a youth's counted situation began, -1 in the month it ended (a new situation, or the file closed). */
    private static List<Contribution> stateChanges(CourseOfCare course, List<CourseOfCare.Situation> sorted, String municipality, String area) {
        var days = new TreeSet<java.time.LocalDate>();
        days.add(course.openedOn());
        sorted.forEach(s -> days.add(s.since()));
        for (var closing : course.closings()) {
            days.add(closing.closedOn());
            closing.reopenedOn().ifPresent(days::add);
        }
        var lines = new ArrayList<Contribution>();
        Optional<CareSituation> state = Optional.empty();
        for (var day : days) {
            var now = open(course, day) ? situationOn(sorted, day) : Optional.<CareSituation>empty();
            if (!now.equals(state)) {
                var month = YearMonth.from(day);
                state.ifPresent(s -> lines.add(new Contribution(Measure.YOUTHS_BY_CARE_SITUATION, s.name(), month, municipality, area, -1)));
                now.ifPresent(s -> lines.add(new Contribution(Measure.YOUTHS_BY_CARE_SITUATION, s.name(), month, municipality, area, 1)));
                state = now;
            }
        }
        return lines;
    }

    /** Whether the file was open on the day: opened by then and not within a closing that had not been reopened by then. */
    static boolean open(CourseOfCare course, java.time.LocalDate day) {
        if (day.isBefore(course.openedOn())) {
            return false;
        }
        for (var closing : course.closings()) {
            if (!day.isBefore(closing.closedOn()) && closing.reopenedOn().map(day::isBefore).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<CareSituation> situationOn(List<CourseOfCare.Situation> sorted, java.time.LocalDate day) {
        CareSituation found = null;
        for (var s : sorted) {
            if (!s.since().isAfter(day)) {
                found = s.situation();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Lines with the same measure, category, month and place added up; lines that add up to nothing left out. */
    static List<Contribution> net(List<Contribution> lines) {
        record Key(Measure measure, String category, YearMonth month, String municipality, String area) {}
        var sums = new LinkedHashMap<Key, Long>();
        for (var line : lines) {
            sums.merge(new Key(line.measure(), line.category(), line.month(), line.municipality(), line.area()), line.weight(), Long::sum);
        }
        var result = new ArrayList<Contribution>();
        for (Map.Entry<Key, Long> e : sums.entrySet()) {
            if (e.getValue() != 0) {
                var k = e.getKey();
                result.add(new Contribution(k.measure(), k.category(), k.month(), k.municipality(), k.area(), e.getValue()));
            }
        }
        return List.copyOf(result);
    }

}
