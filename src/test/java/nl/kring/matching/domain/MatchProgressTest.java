package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static MatchStage stage(int position, List<String> steps, boolean entered, Set<String> done) {
        return new MatchStage(position, "Stage " + position, steps, entered ? Optional.of(DAY) : Optional.empty(), Optional.empty(), done);
    }

    private static String field(Runnable action) {
        try {
            action.run();
        } catch (InvalidMatchInput refused) {
            return refused.problem().field() + " " + refused.problem().messageKey();
        }
        return "accepted";
    }

    @Test
    void theCurrentStageIsTheLastEnteredOne() {
        var progress = new MatchProgress(List.of(stage(0, List.of(), true, Set.of()), stage(1, List.of("a"), true, Set.of()),
                stage(2, List.of(), false, Set.of())), false);
        assertThat(progress.current().orElseThrow().position()).isEqualTo(1);
        assertThat(progress.next().orElseThrow().position()).isEqualTo(2);
    }

    @Test
    void aStageIsLeftOnlyWhenItsRequiredStepsAreDone() {
        var open = new MatchProgress(List.of(stage(0, List.of("VOG", "kennismaking"), true, Set.of("VOG")),
                stage(1, List.of(), false, Set.of())), false);
        assertThat(open.current().orElseThrow().missingSteps()).containsExactly("kennismaking");
        assertThat(field(() -> open.checkMoveOn(DAY, Optional.empty()))).isEqualTo("steps matching.match.error.stepsMissing");

        var done = new MatchProgress(List.of(stage(0, List.of("VOG", "kennismaking"), true, Set.of("VOG", "kennismaking")),
                stage(1, List.of(), false, Set.of())), false);
        assertThat(done.checkMoveOn(DAY, Optional.of(DAY.plusMonths(3))).position()).isEqualTo(1);
    }

    @Test
    void theLastStageIsNotLeftByMovingOnAndAClosedMatchDoesNotMove() {
        var last = new MatchProgress(List.of(stage(0, List.of(), true, Set.of()), stage(1, List.of(), true, Set.of())), false);
        assertThat(field(() -> last.checkMoveOn(DAY, Optional.empty()))).isEqualTo("stage matching.match.error.lastStage");
        var closed = new MatchProgress(List.of(stage(0, List.of(), true, Set.of()), stage(1, List.of(), false, Set.of())), true);
        assertThat(field(() -> closed.checkMoveOn(DAY, Optional.empty()))).isEqualTo("stage matching.match.error.closed");
        assertThat(field(() -> closed.checkTick("x"))).isEqualTo("step matching.match.error.closed");
    }

    @Test
    void onlyARequiredStepOfTheCurrentStageIsTickedOff() {
        var progress = new MatchProgress(List.of(stage(0, List.of("huisregels"), true, Set.of()), stage(1, List.of("evaluatie"), false, Set.of())),
                false);
        assertThat(field(() -> progress.checkTick("huisregels"))).isEqualTo("accepted");
        assertThat(field(() -> progress.checkTick("evaluatie"))).isEqualTo("step matching.match.error.step");
        assertThat(field(() -> progress.checkTick(null))).isEqualTo("step matching.match.error.step");
    }

    @Test
    void aPlannedEndBeforeTheStageStartsIsRefused() {
        var progress = new MatchProgress(List.of(stage(0, List.of(), true, Set.of()), stage(1, List.of(), false, Set.of())), false);
        assertThatThrownBy(() -> progress.checkMoveOn(DAY, Optional.of(DAY.minusDays(1)))).isInstanceOf(InvalidMatchInput.class)
                .hasMessageContaining("plannedUntil");
    }
}
