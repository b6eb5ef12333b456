package nl.kring.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static SubmissionInput input(String email, List<String> elements, String ageFrom, String ageTo) {
        return new SubmissionInput("", "Ouders & Co: koffie!", "Ouders drinken samen koffie.", elements, "- Samen\n\n* Gewoon\n", "", "Ouders",
                ageFrom, ageTo, List.of("PARENTS"), "Ouders zelf", List.of("PEERS"), "", "Via school", "", "Oost", "Leiden; Oegstgeest, ",
                false, "INFORMAL", "COLLECTIVE", email, "", "", "nl");
    }

    @Test
    void aCompleteSubmissionBecomesAnAddedEntryUnderAnIdFromItsName() {
        var initiative = SubmissionRules.parse(input("ouder@example.org", List.of("E2", "e5"), "4", "12"), Optional.empty());
        assertThat(initiative.id()).isEqualTo("ouders-co-koffie");
        assertThat(initiative.origin()).isEqualTo(Origin.ADDED);
        assertThat(initiative.elements()).containsExactly(Element.E2, Element.E5);
        assertThat(initiative.whatWorks()).containsExactly("Samen", "Gewoon");
        assertThat(initiative.places()).containsExactly("Leiden", "Oegstgeest");
        assertThat(initiative.ages()).isEqualTo(new AgeRange(4, 12));
    }

    @Test
    void aCorrectionKeepsTheIdAndOriginOfWhatItCorrects() {
        var current = SubmissionRules.parse(input("a@example.org", List.of("E1"), "", ""), Optional.empty())
                .withIdAndOrigin("buurtgezinnen", Origin.DOCUMENT);
        var corrected = SubmissionRules.parse(input("b@example.org", List.of("E1", "E2"), "", ""), Optional.of(current));
        assertThat(corrected.id()).isEqualTo("buurtgezinnen");
        assertThat(corrected.origin()).isEqualTo(Origin.DOCUMENT);
        assertThat(corrected.ages()).isNull();
    }

    @Test
    void anEmailAddressAndAnElementAreRequiredAndAgesMustBeARange() {
        assertThatThrownBy(() -> SubmissionRules.parse(input("", List.of(), "12", "4"), Optional.empty()))
                .isInstanceOfSatisfying(SubmissionRules.Refused.class, r -> assertThat(r.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("email", "elements", "ageFrom"));
        assertThatThrownBy(() -> SubmissionRules.parse(input("not-an-address", List.of("E9"), "", ""), Optional.empty()))
                .isInstanceOfSatisfying(SubmissionRules.Refused.class, r -> assertThat(r.problems()).extracting(Problem::messageKey)
                        .contains("catalogue.error.emailFormat", "catalogue.error.unknownChoice"));
    }

    @Test
    void anIdIsPlainLowerCase() {
        assertThat(SubmissionRules.idFrom("Één Café à la Hoek")).isEqualTo("een-cafe-a-la-hoek");
        assertThat(SubmissionRules.idFrom("!!!")).isEqualTo("initiatief");
        assertThat(InitiativeRules.ID.matcher(SubmissionRules.idFrom("x".repeat(200))).matches()).isTrue();
    }
}
