package nl.kring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.support.Http;

/** Accounts, organisations and programmes made through Kring itself, for the matching integration tests. */
final class MatchingFixtures {

    static final String PASSWORD = "Matching-test-2026!";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final int port;
    private final Accounts accounts;
    private final AccessTokens tokens;

    MatchingFixtures(int port, Accounts accounts, AccessTokens tokens) {
        this.port = port;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    static String marker() {
        return System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    UUID account(String username, Role role) {
        return accounts.create(new NewAccount(username, "Test " + username, PASSWORD, Set.of(role), Optional.empty()));
    }

    Http token(UUID account) {
        return Http.withToken(port, tokens.create(account, "test", Duration.ofDays(1)).token());
    }

    /** An organisation made by the demo administrator through the page, with this coordinator. */
    UUID organisationWith(UUID coordinator, String name) {
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var created = admin.submit("/admin/organisations", "/admin/organisations", Map.of("name", name));
        assertThat(created.statusCode()).isEqualTo(302);
        var location = created.headers().firstValue("Location").orElseThrow();
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var page = "/admin/organisations/" + id;
        assertThat(admin.submit(page, page + "/coordinators", Map.of("account", coordinator.toString())).statusCode()).isEqualTo(302);
        return id;
    }
}
