package nl.kring.consent.domain;

import static nl.kring.consent.domain.Family.SIXTEENTH_BIRTHDAY;
import static nl.kring.consent.domain.Family.TWELFTH_BIRTHDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileRightsTest {

    final Family family = new Family();
    final FileRights rights = FileRights.DEFAULT;

    @Test
    void aParentWithAuthorityMayAskForAccessCorrectionAndDestruction() {
        for (var right : FileRight.values()) {
            assertThat(rights.mayRequest(family.mother, right, family.subject, TWELFTH_BIRTHDAY.minusYears(5))).as(right.name()).isTrue();
            assertThat(rights.mayRequest(family.father, right, family.subject, SIXTEENTH_BIRTHDAY)).as(right.name()).isTrue();
        }
    }

    @Test
    void aParentWithoutAuthorityHasNoOwnRightToTheFile() {
        for (var right : FileRight.values()) {
            assertThat(rights.mayRequest(family.stepfather, right, family.subject, TWELFTH_BIRTHDAY)).as(right.name()).isFalse();
        }
        assertThat(rights.mayRequest(family.stranger, FileRight.ACCESS_AND_EXPORT, family.subject, TWELFTH_BIRTHDAY)).isFalse();
    }

    @Test
    void theYouthHoldsTheFileRightsFromTheirTwelfthBirthday() {
        assertThat(rights.mayRequest(family.youth, FileRight.ACCESS_AND_EXPORT, family.subject, TWELFTH_BIRTHDAY.minusDays(1))).isFalse();
        assertThat(rights.holdersOn(family.subject, TWELFTH_BIRTHDAY))
                .containsExactlyInAnyOrder(family.youth, family.mother, family.father);
    }

    @Test
    void theFileRightsAgeFollowsTheConfiguredRules() {
        var earlier = new FileRights(new ConsentAgeRules(10, 16));
        assertThat(earlier.mayRequest(family.youth, FileRight.CORRECTION, family.subject, TWELFTH_BIRTHDAY.minusYears(2))).isTrue();
    }

    @Test
    void aDestructionRequestIsDecidedWithinThreeMonths() {
        var request = rights.requestDestruction(family.youth, family.subject, LocalDate.of(2027, 1, 15));
        assertThat(request.decideBy()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(request.isOverdueOn(LocalDate.of(2027, 4, 15))).isFalse();
        assertThat(request.isOverdueOn(LocalDate.of(2027, 4, 16))).isTrue();
    }

    @Test
    void aRequestReceivedAtTheEndOfNovemberIsDueAtTheEndOfFebruary() {
        var request = rights.requestDestruction(family.mother, family.subject, LocalDate.of(2026, 11, 30));
        assertThat(request.decideBy()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void onlyAHolderOfTheFileRightsCanAskForDestruction() {
        assertThatThrownBy(() -> rights.requestDestruction(family.stepfather, family.subject, TWELFTH_BIRTHDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rights.requestDestruction(family.youth, family.subject, TWELFTH_BIRTHDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
