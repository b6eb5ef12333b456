package nl.kring.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.store.TokenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer …}). A token is random, shown once,
 * stored as a SHA-256 hash (it has 256 bits of entropy, so a slow hash adds nothing) and expires.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "kring_";
    /** Demo tokens are fixed and guessable; they only exist, and only work, in demo mode. */
    public static final String DEMO_PREFIX = "demo-token-";
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final TokenStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccessTokens(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record CreatedToken(UUID id, String token, Instant expiresAt) {}

    @Transactional
    public CreatedToken create(UUID accountId, String name, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("token lifetime out of range");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var expiresAt = clock.instant().plus(lifetime);
        var id = store.insert(accountId, name, hash(token), expiresAt);
        return new CreatedToken(id, token, expiresAt);
    }

    /** Only the demo data uses this: a token with a value known in advance. */
    @Transactional
    public void createKnown(UUID accountId, String name, String token, Duration lifetime) {
        store.insert(accountId, name, hash(token), clock.instant().plus(lifetime));
    }

    public List<AccessTokenSummary> of(UUID accountId) {
        return store.forAccount(accountId);
    }

    @Transactional
    public boolean revoke(UUID accountId, UUID tokenId) {
        return store.revoke(accountId, tokenId, clock.instant());
    }

    /** How often a token's "last used" is written: the profile shows it to the minute. */
    static final java.time.Duration MARK_USED_EVERY = java.time.Duration.ofMinutes(1);

    @Transactional
    public Optional<UUID> accountFor(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return store.accountOfValidToken(hash(token), clock.instant(), MARK_USED_EVERY);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
