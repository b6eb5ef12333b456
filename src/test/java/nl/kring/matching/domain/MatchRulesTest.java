package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidMatchInput refused) {
            return refused.problem().field() + " " + refused.problem().messageKey();
        }
        return "accepted";
    }

    @Test
    void aContactIsShortAndNeitherAheadNorBeforeTheStart() {
        var contact = MatchRules.contact(" 2026-09-20 ", " Samen gekookt ", " Goed ", START, TODAY);
        assertThat(contact).isEqualTo(new MatchRules.Contact(LocalDate.of(2026, 9, 20), "Samen gekookt", "Goed"));
        assertThat(refusal(() -> MatchRules.contact("2026-10-02", "x", "", START, TODAY))).isEqualTo("on matching.match.error.future");
        assertThat(refusal(() -> MatchRules.contact("2026-08-31", "x", "", START, TODAY))).isEqualTo("on matching.match.error.beforeStart");
        assertThat(refusal(() -> MatchRules.contact("gisteren", "x", "", START, TODAY))).isEqualTo("on matching.match.error.date");
        assertThat(refusal(() -> MatchRules.contact("2026-09-20", " ", "", START, TODAY))).isEqualTo("what matching.match.error.what");
        assertThat(refusal(() -> MatchRules.contact("2026-09-20", "x".repeat(201), "", START, TODAY))).isEqualTo("what matching.match.error.what");
        assertThat(refusal(() -> MatchRules.contact("2026-09-20", "x", "y".repeat(501), START, TODAY))).isEqualTo("how matching.match.error.how");
    }

    @Test
    void anEvaluationTellsAtLeastOneSideAndRatesFromOneToFive() {
        var evaluation = MatchRules.evaluation("2026-09-30", "Fijn", "", "4", START, TODAY);
        assertThat(evaluation.familyRating()).contains(4);
        assertThat(refusal(() -> MatchRules.evaluation("2026-09-30", "", " ", "", START, TODAY)))
                .isEqualTo("familySide matching.match.error.sidesEmpty");
        assertThat(refusal(() -> MatchRules.evaluation("2026-09-30", "a", "", "6", START, TODAY)))
                .isEqualTo("familyRating matching.match.error.rating");
        assertThat(refusal(() -> MatchRules.evaluation("2026-09-30", "a", "", "vier", START, TODAY)))
                .isEqualTo("familyRating matching.match.error.rating");
    }

    @Test
    void aClosingHasAReasonFromTheListAndOtherNeedsItsText() {
        var closing = MatchRules.closing("2026-10-01", "GOAL_REACHED", "", "2026-09-29", "Afgerond", START, TODAY);
        assertThat(closing.reason()).isEqualTo(ClosingReason.GOAL_REACHED);
        assertThat(closing.conversationOn()).contains(LocalDate.of(2026, 9, 29));
        assertThat(refusal(() -> MatchRules.closing("2026-10-01", "BORED", "", "", "", START, TODAY))).isEqualTo("reason matching.match.error.reason");
        assertThat(refusal(() -> MatchRules.closing("2026-10-01", "OTHER", " ", "", "", START, TODAY)))
                .isEqualTo("reasonText matching.match.error.reasonText");
        assertThat(MatchRules.closing("2026-10-01", "OTHER", "Verhuisd naar familie", "", "", START, TODAY).reasonText())
                .isEqualTo("Verhuisd naar familie");
        assertThat(refusal(() -> MatchRules.closing("2026-10-01", "MOVED", "", "2026-10-05", "", START, TODAY)))
                .isEqualTo("conversationOn matching.match.error.future");
    }

    @Test
    void aMeasurementSaysSomethingAndAPlannedEndLiesAhead() {
        assertThat(MatchRules.measurement("2026-09-01", "true", "", START, TODAY).youthCareInUse()).contains(true);
        assertThat(refusal(() -> MatchRules.measurement("2026-09-01", "", "", START, TODAY)))
                .isEqualTo("youthCareInUse matching.match.error.measurementEmpty");
        assertThat(refusal(() -> MatchRules.measurement("2026-09-01", "misschien", "", START, TODAY)))
                .isEqualTo("youthCareInUse matching.match.error.careInUse");
        assertThat(MatchRules.plannedUntil("", TODAY)).isEqualTo(Optional.empty());
        assertThat(refusal(() -> MatchRules.plannedUntil("2026-09-30", TODAY))).isEqualTo("plannedUntil matching.match.error.plannedUntil");
    }
}
