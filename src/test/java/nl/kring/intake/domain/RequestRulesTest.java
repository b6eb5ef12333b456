package nl.kring.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestRulesTest {

    static RequestInput valid() {
        return new RequestInput("We zoeken iemand die meedenkt.", "1234 ab", "ouder@example.org", "", "nl", "");
    }

    static RequestInput with(String question, String postcode, String email, String phone) {
        return new RequestInput(question, postcode, email, phone, "nl", "");
    }

    @Test
    void aCompleteRequestHasNoProblemsAndIsParsedStripped() {
        assertThat(RequestRules.check(valid())).isEmpty();
        var request = RequestRules.parse(new RequestInput("  Vraag  ", " 1234ab ", " ouder@example.org ", " ", "en", " Sam "));
        assertThat(request.question()).isEqualTo("Vraag");
        assertThat(request.postcode()).hasToString("1234 AB");
        assertThat(request.email()).contains("ouder@example.org");
        assertThat(request.phone()).isEmpty();
        assertThat(request.language()).isEqualTo("en");
        assertThat(request.addressedAs()).contains("Sam");
    }

    @Test
    void theQuestionIsRequiredAndLengthLimited() {
        assertThat(RequestRules.check(with("  ", "1234 AB", "a@b.nl", ""))).containsExactly(new RequestRules.Problem("question", "intake.error.question"));
        assertThat(RequestRules.check(with(null, "1234 AB", "a@b.nl", ""))).extracting(RequestRules.Problem::field).containsExactly("question");
        assertThat(RequestRules.check(with("x".repeat(RequestRules.QUESTION_LENGTH), "1234 AB", "a@b.nl", ""))).isEmpty();
        assertThat(RequestRules.check(with("x".repeat(RequestRules.QUESTION_LENGTH + 1), "1234 AB", "a@b.nl", "")))
                .containsExactly(new RequestRules.Problem("question", "intake.error.questionLength"));
    }

    @Test
    void thePostcodeIsRequiredAndDutch() {
        assertThat(RequestRules.check(with("Vraag", "", "a@b.nl", ""))).containsExactly(new RequestRules.Problem("postcode", "intake.error.postcode"));
        assertThat(RequestRules.check(with("Vraag", "B-1000", "a@b.nl", "")))
                .containsExactly(new RequestRules.Problem("postcode", "intake.error.postcodeFormat"));
    }

    @Test
    void atLeastOneWayToReachThePerson() {
        assertThat(RequestRules.check(with("Vraag", "1234 AB", " ", null))).containsExactly(new RequestRules.Problem("email", "intake.error.contact"));
        assertThat(RequestRules.check(with("Vraag", "1234 AB", "", "06-12345678"))).isEmpty();
        assertThat(RequestRules.check(with("Vraag", "1234 AB", "a@b.nl", "06-12345678"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen-apenstaart", "a@b", "a b@c.nl", "a@@b.nl", "@b.nl"})
    void aBrokenEmailIsReported(String email) {
        assertThat(RequestRules.check(with("Vraag", "1234 AB", email, ""))).containsExactly(new RequestRules.Problem("email", "intake.error.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "+31 6 1234 5678", "(010) 123 45 67", "0612345678", "+32.470.12.34.56"})
    void usualPhoneNumbersAreAccepted(String phone) {
        assertThat(RequestRules.check(with("Vraag", "1234 AB", "", phone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "06-1234567a", "bel me", "+31 6 1234 5678 9012 34", "06/12345678"})
    void brokenPhoneNumbersAreReported(String phone) {
        assertThat(RequestRules.check(with("Vraag", "1234 AB", "", phone))).containsExactly(new RequestRules.Problem("phone", "intake.error.phone"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var problems = RequestRules.check(new RequestInput("", "x", "", "", "fr", "n".repeat(81)));
        assertThat(problems).extracting(RequestRules.Problem::field).containsExactly("question", "postcode", "email", "language", "addressedAs");
    }

    @Test
    void aRequestWithProblemsCannotBeParsed() {
        assertThatThrownBy(() -> RequestRules.parse(with("", "1234 AB", "a@b.nl", ""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewRequest("Vraag", new Postcode(1234, "AB"), Optional.empty(), Optional.empty(), "nl", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReferralIsRequiredAndLengthLimited() {
        assertThat(RequestRules.checkReferral("Programma Samen Sterk in de wijk")).isEmpty();
        assertThat(RequestRules.checkReferral(" ")).contains(new RequestRules.Problem("text", "intake.error.referral"));
        assertThat(RequestRules.checkReferral("x".repeat(RequestRules.REFERRAL_LENGTH + 1)))
                .contains(new RequestRules.Problem("text", "intake.error.referralLength"));
    }
}
