package nl.kring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in and out, sessions, CSRF, lock-out, throttling and the security headers, through HTTP. */
@IntegrationTest
class SignInAndSessionIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @AfterEach
    void forgetFailedSignInsFromThisMachine() {
        // the tests all come from 127.0.0.1; failures must not throttle the next test
        jdbc.sql("delete from login_failure").update();
    }

    @Test
    void signingInGivesAnHttpOnlySameSiteSessionCookieStoredInPostgres() {
        var http = Http.anonymous(port);
        var response = http.signIn("demo-parent", "kring-demo");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
        var cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("KRING_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(http.get("/").body()).contains("Welkom, Marieke de Wit (demo)");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'demo-parent'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select max(max_inactive_interval) from spring_session").query(Integer.class).single()).isLessThanOrEqualTo(30 * 60);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookExactlyTheSame() {
        var wrongPassword = Http.anonymous(port).signIn("demo-parent", "not-the-password");
        var unknownUser = Http.anonymous(port).signIn("nobody-here", "not-the-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).isEqualTo(unknownUser.headers().firstValue("Location"));
        assertThat(Http.anonymous(port).get("/login?error").body()).contains("Inloggen is niet gelukt");
    }

    @Test
    void anAccountLocksAfterFiveFailuresInARowEvenForTheRightPassword() {
        accounts.create(new NewAccount("test-locked", "Slot (test)", "the-right-password", Set.of(Role.PARENT), Optional.empty()));
        for (int i = 0; i < 5; i++) {
            Http.anonymous(port).signIn("test-locked", "a-wrong-password");
        }
        var rightPassword = Http.anonymous(port).signIn("test-locked", "the-right-password");
        assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).contains("/login?error");

        var id = accounts.findByUsername("test-locked").orElseThrow().id();
        accounts.unlock(id);
        var afterUnlock = Http.anonymous(port).signIn("test-locked", "the-right-password");
        assertThat(afterUnlock.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void anAddressThatFailsTooOftenGets429BeforeAnyPasswordIsChecked() {
        for (int i = 0; i < 20; i++) {
            Http.anonymous(port).signIn("nobody-" + i, "guess");
        }
        var throttled = Http.anonymous(port).signIn("demo-parent", "kring-demo");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Te veel pogingen").doesNotContain("Exception");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        var http = Http.signedIn(port, "demo-professional", "kring-demo");
        var forged = http.postForm("/profile/tokens", Map.of("name", "forged", "days", "30"));
        assertThat(forged.statusCode()).isEqualTo(403);
        var logoutWithoutToken = http.postForm("/logout", Map.of());
        assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(http.get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheServerSession() {
        var http = Http.signedIn(port, "demo-youth", "kring-demo");
        var sessionCookie = http.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("KRING_SESSION")).findFirst().orElseThrow().getValue();
        var logout = http.submit("/", "/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

        var replay = Http.anonymous(port);
        var cookie = new java.net.HttpCookie("KRING_SESSION", sessionCookie);
        cookie.setPath("/");
        cookie.setVersion(0);
        replay.cookies().getCookieStore().add(java.net.URI.create("http://localhost:" + port), cookie);
        var afterLogout = replay.get("/families");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void pagesCarryStrictSecurityHeadersAndNoInlineScript() {
        var response = Http.anonymous(port).get("/login");
        var csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(response.body()).doesNotContain(" onclick=", " onload=");
    }

    @Test
    void administratorPagesAreForAdministratorsOnly() {
        assertThat(Http.signedIn(port, "demo-professional", "kring-demo").get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(Http.signedIn(port, "demo-admin", "kring-demo").get("/admin/accounts").statusCode()).isEqualTo(200);
        assertThat(Http.withToken(port, "demo-token-professional").get("/api/v1/admin/audit").statusCode()).isEqualTo(403);
        assertThat(Http.withToken(port, "demo-token-admin").get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorChangesARoleThroughTheFormAndItAppliesAtOnce() {
        var id = accounts.create(new NewAccount("test-promoted", "Promotie (test)", "a-long-test-password", Set.of(Role.VOLUNTEER), Optional.empty()));
        var person = Http.signedIn(port, "test-promoted", "a-long-test-password");
        assertThat(person.get("/admin/accounts").statusCode()).isEqualTo(403);

        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var saved = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id,
                Map.of("roles", "ADMINISTRATOR", "teamId", "", "enabled", "true"));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(person.get("/admin/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var self = accounts.findByUsername("demo-admin").orElseThrow().id();
        admin.submit("/admin/accounts/" + self, "/admin/accounts/" + self, Map.of("roles", "ANALYST", "teamId", "", "enabled", "true"));
        assertThat(accounts.findByUsername("demo-admin").orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.get("/admin/accounts/" + self).body()).contains("eigen beheerdersrol");
    }

    @Test
    void aNewAccountFormKeepsWhatWasTypedWhenItIsRefused() {
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        var refused = admin.submit("/admin/accounts/new", "/admin/accounts/new",
                Map.of("username", "test-short", "displayName", "Kort Wachtwoord (test)", "password", "short", "roles", "PARENT", "teamId", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("minstens 12 tekens", "value=\"test-short\"", "value=\"Kort Wachtwoord (test)\"");
        assertThat(accounts.findByUsername("test-short")).isEmpty();
    }
}
