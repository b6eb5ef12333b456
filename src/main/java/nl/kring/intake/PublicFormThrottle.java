package nl.kring.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kring.intake.store.IntakeStore;
import nl.kring.platform.ConfiguredKeys;
import nl.kring.platform.DemoMode;
import nl.kring.platform.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The throttle of Kring's public forms without an account ("Vraag steun aan", the catalogue's submission
 * form): per client address, at most {@code kring.intake.max-per-address} stored submissions (and honeypot
 * hits) within {@code kring.intake.window}, counted together over all public forms. The address is kept only
 * under a keyed hash (HMAC-SHA256, key {@code kring.intake.address-key}): the throttle counts per address
 * without keeping it, and without the key nobody can try every IPv4 address against the stored values.
 */
@Service
public class PublicFormThrottle {

    private final IntakeStore store;
    private final IntakeProperties properties;
    private final Clock clock;
    private final SecretKeySpec addressKey;

    PublicFormThrottle(IntakeStore store, IntakeProperties properties, Clock clock, DemoMode demo,
            @Value("${kring.intake.address-key:}") String addressKey) {
        this.addressKey = new SecretKeySpec(ConfiguredKeys.key("kring.intake.address-key", addressKey, demo.enabled()), "HmacSHA256");
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Too many submissions from one client address within the window (429). */
    public static final class Throttled extends Refusal {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super(429, "intake.error.throttled", null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A submission that passed the throttle; {@link #count()} it once it is stored (or caught by the honeypot). */
    public final class Admission {
        private final String client;
        private final Instant at;

        private Admission(String client, Instant at) {
            this.client = client;
            this.at = at;
        }

        public void count() {
            store.insertAttempt(client, at);
        }

        public Instant at() {
            return at;
        }
    }

    /**
     * Lets a submission from this address through or refuses it with {@link Throttled}. Call it inside the
     * transaction that stores the submission: it holds a lock on this address until that transaction ends,
     * so two submissions at once cannot both slip under the limit.
     */
    public Admission admit(String clientAddress) {
        var client = clientHash(clientAddress);
        store.lockClient(client);
        var now = clock.instant();
        if (store.attemptsSince(client, now.minus(properties.window())) >= properties.maxPerAddress()) {
            throw new Throttled(properties.window().toSeconds());
        }
        return new Admission(client, now);
    }

    /** The client address under the keyed hash, as the throttle stores it. */
    public String clientHash(String clientAddress) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
