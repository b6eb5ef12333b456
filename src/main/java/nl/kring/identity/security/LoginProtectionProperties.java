package nl.kring.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits against password guessing: an account locks after {@code maxFailuresPerAccount} failures in a
 * row for {@code lockDuration}; a client address that fails {@code maxFailuresPerAddress} times within
 * {@code addressWindow} gets HTTP 429 until the window has passed.
 */
@ConfigurationProperties("kring.security.login")
public record LoginProtectionProperties(
        int maxFailuresPerAccount, Duration lockDuration, int maxFailuresPerAddress, Duration addressWindow) {}
