package nl.kring.family.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static NewMember youth(String name, LocalDate birth) {
        return new NewMember(name, "Jansen", Relation.YOUTH, Optional.of(birth), false, Optional.empty(), Optional.empty(),
                Optional.of(CareSituation.NO_CARE), false);
    }

    static NewMember parent(String name, boolean authority) {
        return new NewMember(name, "Jansen", Relation.PARENT, Optional.empty(), authority, Optional.of(CarerKind.MOTHER), Optional.empty(),
                Optional.empty(), false);
    }

    static List<String> keys(List<NewMember> members) {
        return FileRules.check(members, TODAY).stream().map(FileRules.Problem::messageKey).toList();
    }

    @Test
    void aYouthWithAMotherWithAuthorityMakesAValidFile() {
        assertThat(keys(List.of(youth("Sanne", TODAY.minusYears(13)), parent("Mirjam", true), parent("Karel", false)))).isEmpty();
    }

    @Test
    void aBirthDateTodayIsAllowed_tomorrowIsNot_andYouthCareEndsAt23() {
        assertThat(keys(List.of(youth("A", TODAY), parent("M", true)))).isEmpty();
        assertThat(keys(List.of(youth("A", TODAY.plusDays(1)), parent("M", true)))).contains("lifecycle.error.birthDate.future");
        assertThat(keys(List.of(youth("A", TODAY.minusYears(24)), parent("M", true)))).containsExactly("lifecycle.error.birthDate.tooOld");
        assertThat(keys(List.of(youth("A", TODAY.minusYears(24).plusDays(1)), parent("M", true)))).isEmpty();
    }

    @Test
    void aMinorNeedsSomeoneWithAuthorityOrGuardianship_anAdultYouthDoesNot() {
        assertThat(keys(List.of(youth("A", TODAY.minusYears(10)), parent("M", false)))).containsExactly("lifecycle.error.noAuthority");
        var underGuardianship = new NewMember("A", "Jansen", Relation.YOUTH, Optional.of(TODAY.minusYears(10)), false, Optional.empty(),
                Optional.empty(), Optional.empty(), true);
        assertThat(keys(List.of(underGuardianship))).isEmpty();
        assertThat(keys(List.of(youth("A", TODAY.minusYears(18))))).isEmpty();
    }

    @Test
    void theSamePersonTwiceIsADuplicate_twinsWithOtherNamesAreNot() {
        var problems = FileRules.check(List.of(youth("Sanne", TODAY.minusYears(5)), youth(" sanne ", TODAY.minusYears(5)), parent("M", true)), TODAY);
        assertThat(problems).containsExactly(new FileRules.Problem(1, "givenName", "lifecycle.error.duplicate"));
        assertThat(keys(List.of(youth("Sanne", TODAY.minusYears(5)), youth("Roos", TODAY.minusYears(5)), parent("M", true)))).isEmpty();
    }

    @Test
    void aFileWithoutYouthIsRefused() {
        assertThat(keys(List.of(parent("M", true)))).containsExactly("lifecycle.error.noYouth");
    }

    @Test
    void authorityFollowsTheLatestChangeOnOrBeforeTheDay() {
        var changes = List.of(new AuthorityChange(null, false, TODAY.plusDays(1)), new AuthorityChange(null, true, TODAY.minusDays(3)),
                new AuthorityChange(null, false, TODAY.minusDays(3)));
        assertThat(AuthorityChange.authorityOn(TODAY.minusDays(4), true, changes)).isTrue();
        // two changes on one day: the one recorded last counts
        assertThat(AuthorityChange.authorityOn(TODAY, true, changes)).isFalse();
        assertThat(AuthorityChange.authorityOn(TODAY.plusDays(1), true, changes)).isFalse();
    }
}
