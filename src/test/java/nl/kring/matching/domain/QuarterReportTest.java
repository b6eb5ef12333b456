package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuarterReportTest {

    @Test
    void quartersAreWrittenAsYearAndNumber() {
        var q4 = Quarter.parse("2026-q4").orElseThrow();
        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Quarter.parse("2026-Q1").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Quarter.of(LocalDate.of(2026, 6, 30))).isEqualTo(new Quarter(2026, 2));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("2026Q4")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
        assertThat(q4.toString()).isEqualTo("2026-Q4");
    }

    private static QuarterReport.MatchFact match(String requested, String started, String closed, ClosingReason reason, Boolean before,
            Boolean after) {
        return new QuarterReport.MatchFact(LocalDate.parse(requested), LocalDate.parse(started),
                Optional.ofNullable(closed).map(LocalDate::parse), Optional.ofNullable(reason), Optional.ofNullable(before),
                Optional.ofNullable(after));
    }

    @Test
    void aQuarterCountsStartedActiveEndedByReasonWaitingAndMeasurements() {
        var matches = List.of(
                // started before, ended in the quarter with both measurements
                match("2026-05-01", "2026-06-01", "2026-11-01", ClosingReason.GOAL_REACHED, true, false),
                // started in the quarter after 30 days, still running
                match("2026-09-01", "2026-10-01", null, null, null, null),
                // started in the quarter after 10 days, ended in it without measurements
                match("2026-10-01", "2026-10-11", "2026-12-31", ClosingReason.MOVED, null, null),
                // started in the quarter after 61 days, running
                match("2026-09-01", "2026-11-01", null, null, true, null),
                // started after the quarter: not counted as active
                match("2026-12-01", "2027-01-05", null, null, null, null),
                // ended before the quarter
                match("2026-01-01", "2026-02-01", "2026-09-30", ClosingReason.FAMILY_STOPS, false, false));
        var report = QuarterReport.of(new Quarter(2026, 4), matches, 7);
        assertThat(report.started()).isEqualTo(3);
        assertThat(report.active()).isEqualTo(2);
        assertThat(report.ended()).isEqualTo(2);
        assertThat(report.endedBy().get(ClosingReason.GOAL_REACHED)).isEqualTo(1);
        assertThat(report.endedBy().get(ClosingReason.MOVED)).isEqualTo(1);
        assertThat(report.endedBy().get(ClosingReason.FAMILY_STOPS)).isZero();
        assertThat(report.waiting()).contains(new QuarterReport.Waiting(3, 30, 34, 10, 61));
        assertThat(report.volunteersAvailable()).isEqualTo(7);
        assertThat(report.measuredPairs()).isEqualTo(1);
        assertThat(report.youthCareAtBaseline()).isEqualTo(1);
        assertThat(report.youthCareAtEnd()).isZero();
        assertThat(report.csv()).startsWith("quarter,measure,value\n2026-Q4,started,3\n2026-Q4,active,2\n")
                .contains("2026-Q4,ended_MOVED,1\n", "2026-Q4,waiting_median_days,30\n", "2026-Q4,volunteers_available,7\n");
    }

    @Test
    void anEmptyQuarterHasNoWaitingTimes() {
        var report = QuarterReport.of(new Quarter(2026, 1), List.of(), 0);
        assertThat(report.started()).isZero();
        assertThat(report.waiting()).isEmpty();
        assertThat(report.csv()).contains("2026-Q1,waiting_count,0\n").doesNotContain("median");
    }
}
