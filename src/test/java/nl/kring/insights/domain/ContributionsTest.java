package nl.kring.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.ClosingReason;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    static final UUID YOUTH = UUID.randomUUID();

    static long sum(List<Contribution> lines, Measure measure, String category, YearMonth upTo) {
        return lines.stream().filter(l -> l.measure() == measure && l.category().equals(category) && !l.month().isAfter(upTo))
                .mapToLong(Contribution::weight).sum();
    }

    @Test
    void aYouthIsCountedInTheSituationAtTheEndOfEachMonthWhileTheFileIsOpen() {
        var course = new CourseOfCare(LocalDate.of(2024, 1, 10),
                List.of(new CourseOfCare.Closing(LocalDate.of(2024, 9, 3), ClosingReason.GOALS_REACHED, Optional.empty())),
                List.of(new CourseOfCare.Situation(YOUTH, CareSituation.OUTPATIENT, LocalDate.of(2024, 1, 10)),
                        new CourseOfCare.Situation(YOUTH, CareSituation.PLACEMENT_FOSTER, LocalDate.of(2024, 3, 15)),
                        new CourseOfCare.Situation(YOUTH, CareSituation.OWN_NETWORK_ONLY, LocalDate.of(2024, 9, 3))));
        var lines = Contributions.of(course, "Voorbeeldstad", "1234");
        var stock = Measure.YOUTHS_BY_CARE_SITUATION;
        assertThat(sum(lines, stock, "OUTPATIENT", YearMonth.of(2024, 2))).isEqualTo(1);
        assertThat(sum(lines, stock, "OUTPATIENT", YearMonth.of(2024, 3))).isZero();
        assertThat(sum(lines, stock, "PLACEMENT_FOSTER", YearMonth.of(2024, 8))).isEqualTo(1);
        // closed in September: no longer counted, in no situation
        for (var situation : CareSituation.values()) {
            assertThat(sum(lines, stock, situation.name(), YearMonth.of(2024, 9))).as(situation.name()).isZero();
        }
        assertThat(sum(lines, Measure.CARE_MOVEMENTS, "OUTPATIENT_TO_PLACEMENT", YearMonth.of(2024, 3))).isEqualTo(1);
        assertThat(sum(lines, Measure.CARE_MOVEMENTS, "PLACEMENT_TO_NETWORK", YearMonth.of(2024, 9))).isEqualTo(1);
        assertThat(sum(lines, Measure.FILES_OPENED, "ALL", YearMonth.of(2024, 1))).isEqualTo(1);
        assertThat(sum(lines, Measure.FILES_CLOSED, "GOALS_REACHED", YearMonth.of(2024, 9))).isEqualTo(1);
        assertThat(sum(lines, Measure.TIME_IN_CARE, "GOALS_REACHED", YearMonth.of(2024, 9))).isEqualTo(237);
        assertThat(lines).allMatch(l -> l.municipality().equals("Voorbeeldstad") && l.area().equals("1234"));
    }

    @Test
    void aReopenedFileCountsItsYouthAgainFromTheReopening() {
        var course = new CourseOfCare(LocalDate.of(2024, 1, 1),
                List.of(new CourseOfCare.Closing(LocalDate.of(2024, 2, 1), ClosingReason.FAMILY_STOPPED, Optional.of(LocalDate.of(2024, 5, 2)))),
                List.of(new CourseOfCare.Situation(YOUTH, CareSituation.DAY_TREATMENT, LocalDate.of(2024, 1, 1)),
                        new CourseOfCare.Situation(YOUTH, CareSituation.OUTPATIENT, LocalDate.of(2024, 6, 1))));
        var lines = Contributions.of(course, "X", "1000");
        var stock = Measure.YOUTHS_BY_CARE_SITUATION;
        assertThat(sum(lines, stock, "DAY_TREATMENT", YearMonth.of(2024, 1))).isEqualTo(1);
        assertThat(sum(lines, stock, "DAY_TREATMENT", YearMonth.of(2024, 3))).isZero();
        assertThat(sum(lines, stock, "DAY_TREATMENT", YearMonth.of(2024, 5))).isEqualTo(1);
        assertThat(sum(lines, stock, "DAY_TREATMENT", YearMonth.of(2024, 6))).isZero();
        assertThat(sum(lines, stock, "OUTPATIENT", YearMonth.of(2024, 6))).isEqualTo(1);
        // moving between outpatient help and day treatment is no movement between kinds of care
        assertThat(lines).noneMatch(l -> l.measure() == Measure.CARE_MOVEMENTS);
    }

    @Test
    void planStepsCountInTheMonthOfTheirDay() {
        var course = new CourseOfCare(LocalDate.of(2024, 1, 1), List.of(), List.of(),
                List.of(new CourseOfCare.PlanStep("MADE", LocalDate.of(2024, 2, 3)), new CourseOfCare.PlanStep("AGREEMENT_DONE", LocalDate.of(2024, 4, 9)),
                        new CourseOfCare.PlanStep("AGREEMENT_DONE", LocalDate.of(2024, 4, 20))));
        var lines = Contributions.of(course, "X", "1000");
        assertThat(sum(lines, Measure.PLAN_STEPS, "MADE", YearMonth.of(2024, 2))).isEqualTo(1);
        assertThat(lines).filteredOn(l -> l.measure() == Measure.PLAN_STEPS && l.category().equals("AGREEMENT_DONE"))
                .singleElement().satisfies(l -> {
                    assertThat(l.month()).isEqualTo(YearMonth.of(2024, 4));
                    assertThat(l.weight()).isEqualTo(2);
                });
    }

    @Test
    void areasAndMunicipalitiesComeFromThePostcodeDigits() {
        var m = Municipalities.parse("Voorbeeldstad:1000-1999, Verzonnendam:2000-2999");
        assertThat(Municipalities.area(Optional.of("1234 AB"))).isEqualTo("1234");
        assertThat(Municipalities.area(Optional.of("12345"))).isEqualTo(Municipalities.UNKNOWN);
        assertThat(Municipalities.area(Optional.empty())).isEqualTo(Municipalities.UNKNOWN);
        assertThat(m.of("2500")).isEqualTo("Verzonnendam");
        assertThat(m.of("9999")).isEqualTo(Municipalities.UNKNOWN);
        assertThat(m.of(Municipalities.UNKNOWN)).isEqualTo(Municipalities.UNKNOWN);
    }

    @Test
    void periodsAreWholeMonthsQuartersOrYearsOfOneKind() {
        assertThat(Periods.parse("2025-Q2").orElseThrow().periods())
                .containsExactly(new Periods.Period("2025-Q2", YearMonth.of(2025, 4), YearMonth.of(2025, 6)));
        assertThat(Periods.parse("2024-11..2025-02").orElseThrow().periods()).extracting(Periods.Period::label)
                .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
        assertThat(Periods.parse("2021..2025").orElseThrow().periods()).hasSize(5);
        for (var bad : List.of("2025-06-01", "2025..2025-Q1", "2025-Q5", "2025-00", "2026..2025", "2025-01-01..2025-01-31", "", "1900..2100")) {
            assertThat(Periods.parse(bad)).as(bad).isEmpty();
        }
        assertThat(Periods.parse("2020-01..2024-12")).isPresent();
        assertThat(Periods.parse("2020-01..2025-01")).isEmpty();
    }

    @Test
    void anAverageShowsOnlyWhereItsCountShows() {
        var labels = List.of("a", "b", "c");
        var counts = new CountTable(labels, List.of("x", "y", "z"), new long[][] {{20, 3, 15}, {30, 40, 50}, {25, 35, 45}});
        var days = new CountTable(labels, List.of("x", "y", "z"), new long[][] {{2000, 900, 1500}, {3000, 4000, 5000}, {2500, 3500, 4500}});
        var table = InsightsTable.average(Measure.TIME_IN_CARE, Dimension.AREA, Dimension.CATEGORY, Periods.parse("2025").orElseThrow(),
                SmallCells.protect(counts, 10), days);
        assertThat(table.cells()[0][1].hidden()).isTrue();
        // 15 is hidden as the complement of 3 in row a, so its average is hidden too, though 15 is not small
        assertThat(table.cells()[0][2].hidden()).isTrue();
        assertThat(table.cells()[0][0]).isEqualTo(new Cell.Shown(100));
        assertThat(table.cells()[1][1]).isEqualTo(new Cell.Shown(100));
        assertThat(table.total()).isEqualTo(new Cell.Shown(Math.round(26900.0 / 263)));
    }
}
