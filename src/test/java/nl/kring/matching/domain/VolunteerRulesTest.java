package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A volunteer's profile as typed: every problem with its field, and what is kept. */
class VolunteerRulesTest {

    private static VolunteerRules.Input input(String postcode, List<String> languages, List<String> slots, String ageFrom, String ageTo) {
        return new VolunteerRules.Input("HOUSEHOLD", " Familie Jansen ", "", postcode, languages, slots, List.of("cooking", "SPORT"),
                "", "Marokkaans, , Nederlands ", ageFrom, ageTo, "10");
    }

    @Test
    void aGoodProfileKeepsOnlyTheAreaOfThePostcode() {
        var typed = input("1234 ab", List.of("NL", "ar"), List.of("wednesday_afternoon", "SATURDAY_MORNING"), "4", "12");
        assertThat(VolunteerRules.check(typed)).isEmpty();
        var profile = VolunteerRules.parse(typed);
        assertThat(profile.name()).isEqualTo("Familie Jansen");
        assertThat(profile.area()).isEqualTo(new Pc4(1234));
        assertThat(profile.languages()).containsExactlyInAnyOrder("nl", "ar");
        assertThat(profile.availability()).containsExactlyInAnyOrder(new TimeSlot(DayOfWeek.WEDNESDAY, PartOfDay.AFTERNOON),
                new TimeSlot(DayOfWeek.SATURDAY, PartOfDay.MORNING));
        assertThat(profile.interests()).containsExactlyInAnyOrder(Interest.COOKING, Interest.SPORT);
        assertThat(profile.cultures()).containsExactlyInAnyOrder("Marokkaans", "Nederlands");
        assertThat(profile.ageFrom()).contains(4);
        assertThat(profile.maxDistanceKm()).contains(10);
    }

    @Test
    void emptyPreferencesMeanNoPreference() {
        var profile = VolunteerRules.parse(input("1234", List.of("nl"), List.of("MONDAY_EVENING"), "", ""));
        assertThat(profile.ageFrom()).isEmpty();
        assertThat(profile.ageTo()).isEqualTo(Optional.empty());
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        var typed = new VolunteerRules.Input("FAMILY", "", "x".repeat(501), "12", List.of("xx"), List.of("FUNDAY_MORNING"), List.of("KNITTING"),
                "", "a,b,c,d,e,f", "12", "6", "500");
        assertThat(VolunteerRules.check(typed)).extracting(FieldProblem::field).containsExactly("kind", "name", "household", "postcode",
                "languages", "availability", "interests", "cultures", "ageTo", "maxDistanceKm");
        assertThat(VolunteerRules.check(new VolunteerRules.Input("PERSON", "Piet", null, "1234AB", null, null, null, null, null, null, null,
                null))).extracting(FieldProblem::field).containsExactly("languages", "availability");
    }

    @Test
    void anEmailAddressIsRequiredForTheReminders() {
        assertThat(VolunteerRules.check(new VolunteerRules.Contact("piet@example.org", ""))).isEmpty();
        assertThat(VolunteerRules.check(new VolunteerRules.Contact("", "0612345678"))).extracting(FieldProblem::field).containsExactly("email");
        assertThat(VolunteerRules.check(new VolunteerRules.Contact("piet@", "0".repeat(31)))).extracting(FieldProblem::field)
                .containsExactly("email", "phone");
    }

    @Test
    void theOverlapOfAvailabilityIsInWeekOrder() {
        var monday = new TimeSlot(DayOfWeek.MONDAY, PartOfDay.EVENING);
        var wednesday = new TimeSlot(DayOfWeek.WEDNESDAY, PartOfDay.AFTERNOON);
        var friday = new TimeSlot(DayOfWeek.FRIDAY, PartOfDay.MORNING);
        assertThat(TimeSlot.overlap(Set.of(friday, wednesday, monday), Set.of(wednesday, friday))).containsExactly(wednesday, friday);
        assertThat(TimeSlot.week()).hasSize(21);
        assertThat(TimeSlot.parse("SUNDAY_EVENING")).contains(new TimeSlot(DayOfWeek.SUNDAY, PartOfDay.EVENING));
    }
}
