package nl.kring.intake;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of "Vraag steun aan".
 *
 * @param maxPerAddress requests accepted from one client address within {@code window}; more are answered 429
 * @param window the throttling window
 * @param handledRetention how long a handled request keeps its personal data (question, contact, name,
 *        the postcode's letters, the referral) after it was accepted or referred; then it is erased
 * @param unhandledRetention how long a request nobody accepted or referred is kept after it was received; then it
 *        is erased altogether (the audit keeps its id), so a question nobody took up does not stay forever
 * @param fallbackTeam the name of the team that receives requests from postcodes no team covers; empty:
 *        such a request is refused with everything typed kept and a pointer to the municipality
 */
@ConfigurationProperties("kring.intake")
public record IntakeProperties(int maxPerAddress, Duration window, Period handledRetention, Period unhandledRetention, String fallbackTeam) {

    public IntakeProperties {
        if (maxPerAddress < 1) {
            throw new IllegalArgumentException("kring.intake.max-per-address must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("kring.intake.window must be a positive duration");
        }
        if (handledRetention == null || handledRetention.isNegative() || handledRetention.isZero()) {
            throw new IllegalArgumentException("kring.intake.handled-retention must be a positive period");
        }
        if (unhandledRetention == null || unhandledRetention.isNegative() || unhandledRetention.isZero()) {
            throw new IllegalArgumentException("kring.intake.unhandled-retention must be a positive period");
        }
        fallbackTeam = fallbackTeam == null ? "" : fallbackTeam.strip();
    }

    /** The fallback team's name, if one is configured. */
    public Optional<String> fallback() {
        return Optional.of(fallbackTeam).filter(name -> !name.isEmpty());
    }
}
