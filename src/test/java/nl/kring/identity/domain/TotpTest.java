package nl.kring.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final Totp RFC = Totp.ofBase32(RFC_SECRET);

    @Test
    void computesTheCodesOfRfc6238() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // the RFC lists eight digits; six are its last six
        assertThat(RFC.code(Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(RFC.code(Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(RFC.code(Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(RFC.code(Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsTheCodeOfNowAndOfOneStepBeforeAndAfterOnly() {
        var clock = Clock.fixed(Instant.parse("2026-03-01T10:00:15Z"), ZoneOffset.UTC);
        var now = clock.instant();
        long step = Totp.step(now);
        assertThat(RFC.accept(RFC.code(step), now, Long.MIN_VALUE)).hasValue(step);
        assertThat(RFC.accept(RFC.code(step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(RFC.accept(RFC.code(step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(RFC.accept(RFC.code(step - 2), now, Long.MIN_VALUE)).isEmpty();
        assertThat(RFC.accept(RFC.code(step + 2), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesAReplayedCodeAndAnyCodeOfAnEarlierStep() {
        var now = Instant.parse("2026-03-01T10:00:15Z");
        long step = Totp.step(now);
        var code = RFC.code(step);
        var used = RFC.accept(code, now, Long.MIN_VALUE).orElseThrow();
        // the same code in the same time-step, a second time
        assertThat(RFC.accept(code, now, used)).isEmpty();
        assertThat(RFC.accept(code, now.plusSeconds(10), used)).isEmpty();
        // the previous step's code is older than the one used
        assertThat(RFC.accept(RFC.code(step - 1), now, used)).isEmpty();
        // the next step's code is new
        assertThat(RFC.accept(RFC.code(step + 1), now.plusSeconds(30), used)).hasValue(step + 1);
    }

    @Test
    void refusesWhatIsNotSixDigitsAndAllowsTheSpaceAppsShow() {
        var now = Instant.ofEpochSecond(59);
        assertThat(RFC.accept("287 082", now, Long.MIN_VALUE)).isPresent();
        assertThat(RFC.accept("28708", now, Long.MIN_VALUE)).isEmpty();
        assertThat(RFC.accept("94287082", now, Long.MIN_VALUE)).isEmpty();
        assertThat(RFC.accept("abcdef", now, Long.MIN_VALUE)).isEmpty();
        assertThat(RFC.accept("", now, Long.MIN_VALUE)).isEmpty();
        assertThat(RFC.accept(null, now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void newSecretsAre160RandomBitsInBase32() {
        var random = new SecureRandom();
        var one = Totp.newSecret(random);
        assertThat(one).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(one)).hasSize(Totp.SECRET_BYTES);
        assertThat(Totp.newSecret(random)).isNotEqualTo(one);
        assertThat(Base32.decode(Base32.grouped(one).toLowerCase())).isEqualTo(Base32.decode(one));
        assertThatThrownBy(() -> Base32.decode("not-base32!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUriIsTheKeyUriFormatAppsRead() {
        assertThat(Totp.uri("Kring", "demo professional", RFC_SECRET))
                .isEqualTo("otpauth://totp/Kring:demo%20professional?secret=" + RFC_SECRET
                        + "&issuer=Kring&algorithm=SHA1&digits=6&period=30");
    }
}
