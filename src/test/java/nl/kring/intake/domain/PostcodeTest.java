package nl.kring.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "1234AB", "1234ab", " 1234 ab ", "1234 aB"})
    void aDutchPostcodeIsNormalisedToDigitsSpaceCapitals(String typed) {
        var postcode = Postcode.parse(typed).orElseThrow();
        assertThat(postcode.digits()).isEqualTo(1234);
        assertThat(postcode.letters()).isEqualTo("AB");
        assertThat(postcode).hasToString("1234 AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0123 AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "1234-AB", "1234  AB", "AB 1234", "1234 SS",
            "1234 SA", "1234 SD", "１２３４ AB"})
    void anythingElseIsNoPostcode(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }

    @Test
    void nullIsNoPostcode() {
        assertThat(Postcode.parse(null)).isEmpty();
        assertThat(Postcode.parseDigits(null)).isEmpty();
    }

    @Test
    void anAreaEndIsJustTheFourDigits() {
        assertThat(Postcode.parseDigits(" 1000 ")).contains(1000);
        assertThat(Postcode.parseDigits("9999")).contains(9999);
        assertThat(Postcode.parseDigits("0999")).isEmpty();
        assertThat(Postcode.parseDigits("1000 AB")).isEmpty();
        assertThat(Postcode.parseDigits("10000")).isEmpty();
    }

    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();
    static final List<PostcodeArea> AREAS = List.of(new PostcodeArea(UUID.randomUUID(), NORTH, 1000, 1299),
            new PostcodeArea(UUID.randomUUID(), SOUTH, 1300, 1300));

    @Test
    void aPostcodeGoesToTheTeamWhoseAreaCoversIt_bothEndsIncluded() {
        assertThat(PostcodeAreas.teamFor(Postcode.parse("1000 AA").orElseThrow(), AREAS, Optional.empty())).contains(NORTH);
        assertThat(PostcodeAreas.teamFor(Postcode.parse("1299 ZZ").orElseThrow(), AREAS, Optional.empty())).contains(NORTH);
        assertThat(PostcodeAreas.teamFor(Postcode.parse("1300 AB").orElseThrow(), AREAS, Optional.empty())).contains(SOUTH);
    }

    @Test
    void anUncoveredPostcodeGoesToTheFallbackTeamOrToNoOne() {
        var fallback = UUID.randomUUID();
        assertThat(PostcodeAreas.teamFor(Postcode.parse("1301 AB").orElseThrow(), AREAS, Optional.empty())).isEmpty();
        assertThat(PostcodeAreas.teamFor(Postcode.parse("1301 AB").orElseThrow(), AREAS, Optional.of(fallback))).contains(fallback);
        // a covered postcode never goes to the fallback
        assertThat(PostcodeAreas.teamFor(Postcode.parse("1200 AB").orElseThrow(), AREAS, Optional.of(fallback))).contains(NORTH);
    }

    @Test
    void aNewAreaIsWellFormedAndOverlapsNoExistingArea() {
        assertThat(PostcodeAreas.check("1400", "1499", AREAS)).isEmpty();
        assertThat(PostcodeAreas.check("1400", "", AREAS)).isEmpty();
        assertThat(PostcodeAreas.check("abc", "1499", AREAS)).contains(new PostcodeAreas.Problem("from", "intake.area.error.from"));
        assertThat(PostcodeAreas.check("1400", "14", AREAS)).contains(new PostcodeAreas.Problem("to", "intake.area.error.to"));
        assertThat(PostcodeAreas.check("1499", "1400", AREAS)).contains(new PostcodeAreas.Problem("to", "intake.area.error.order"));
        assertThat(PostcodeAreas.check("1250", "1350", AREAS)).contains(new PostcodeAreas.Problem("from", "intake.area.error.overlap"));
        assertThat(PostcodeAreas.check("1300", "", AREAS)).contains(new PostcodeAreas.Problem("from", "intake.area.error.overlap"));
        assertThat(PostcodeAreas.overlapping(1250, 1350, AREAS)).hasSize(2);
    }

    @Test
    void anAreaCoversItsEndsAndWhatIsBetween() {
        var area = new PostcodeArea(UUID.randomUUID(), NORTH, 2000, 2099);
        assertThat(area.covers(1999)).isFalse();
        assertThat(area.covers(2000)).isTrue();
        assertThat(area.covers(2099)).isTrue();
        assertThat(area.covers(2100)).isFalse();
        assertThat(area).hasToString("2000–2099");
    }
}
