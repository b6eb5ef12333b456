package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubjectTest {

    final UUID youth = UUID.randomUUID();
    final UUID mother = UUID.randomUUID();

    @Test
    void aYouthBornOnTheTwentyNinthOfFebruaryTurnsTwelveOnTheFirstOfMarchInACommonYear() {
        var subject = new Subject(youth, LocalDate.of(2012, 2, 29), List.of());
        assertThat(subject.birthdayOf(12)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(subject.birthdayOf(13)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(subject.ageOn(LocalDate.of(2025, 2, 28))).isEqualTo(12);
        assertThat(subject.ageOn(LocalDate.of(2025, 3, 1))).isEqualTo(13);
    }

    @Test
    void onlyParentsWithAuthorityCountAsParentsWithAuthority() {
        var stepfather = UUID.randomUUID();
        var subject = new Subject(youth, LocalDate.of(2015, 5, 1),
                List.of(new Subject.Parent(mother, true), new Subject.Parent(stepfather, false)));
        assertThat(subject.parentsWithAuthority()).containsExactly(mother);
        assertThat(subject.isParentWithAuthority(stepfather)).isFalse();
    }

    @Test
    void withoutABirthDateNobodyCanTellWhoMustConsent() {
        assertThatThrownBy(() -> new Subject(youth, null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("age");
    }

    @Test
    void theYouthCannotAlsoBeTheirOwnParent() {
        assertThatThrownBy(() -> new Subject(youth, LocalDate.of(2015, 5, 1), List.of(new Subject.Parent(youth, true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProtectionMeasureCountsFromItsFirstToItsLastDay() {
        var measure = new ProtectionMeasure(ProtectionMeasure.Kind.SUPERVISION_ORDER,
                LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)));
        var subject = new Subject(youth, LocalDate.of(2015, 5, 1), List.of(), List.of(measure));
        assertThat(subject.measureOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(subject.measureOn(LocalDate.of(2026, 1, 1))).contains(measure);
        assertThat(subject.measureOn(LocalDate.of(2026, 12, 31))).contains(measure);
        assertThat(subject.measureOn(LocalDate.of(2027, 1, 1))).isEmpty();
    }
}
