package nl.kring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.identity.domain.SecondFactorRule;
import nl.kring.identity.domain.Totp;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The second factor through HTTP: enrolment, the second sign-in step, replay, throttling, recovery codes, enforcement, reset. */
@IntegrationTest
class SecondFactorIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"><code class=\"utrecht-code\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<code class=\"utrecht-code\">([a-z2-7]{5}-[a-z2-7]{5})</code>");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired SecondFactors secondFactors;

    @AfterEach
    void cleanUp() {
        secondFactors.overrideRuleForTests(null);
        jdbc.sql("delete from login_failure").update();
    }

    private record Enrolled(UUID id, String username, Totp totp, List<String> recoveryCodes) {}

    private UUID account(String username, Role role) {
        return accounts.create(new NewAccount(username, "Tweede Factor (test)", PASSWORD, Set.of(role), Optional.empty()));
    }

    /** Turns the second factor on through the profile page, confirming with the code of the previous step. */
    private Enrolled enrol(Http http, UUID id, String username) {
        assertThat(http.submit("/profile/second-factor", "/profile/second-factor/start", Map.of()).statusCode()).isEqualTo(302);
        var page = http.get("/profile/second-factor").body();
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("secret shown").isTrue();
        assertThat(page).contains("data:image/svg+xml;base64,");
        var totp = Totp.ofBase32(matcher.group(1).replace(" ", ""));
        var confirmed = http.submit("/profile/second-factor", "/profile/second-factor/confirm",
                Map.of("code", totp.code(Totp.step(Instant.now()) - 1)));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        var shown = http.get("/profile/second-factor").body();
        var codes = new ArrayList<String>();
        var m = RECOVERY.matcher(shown);
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10);
        // shown once only
        assertThat(RECOVERY.matcher(http.get("/profile/second-factor").body()).find()).isFalse();
        assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ? and code_hash = ?")
                .params(id, codes.getFirst()).query(Long.class).single()).isZero();
        return new Enrolled(id, username, totp, codes);
    }

    private Enrolled enrolled(String username, Role role) {
        var id = account(username, role);
        return enrol(Http.signedIn(port, username, PASSWORD), id, username);
    }

    private static HttpResponse<String> code(Http http, String code) {
        return http.submit("/login/second-factor", "/login/second-factor", Map.of("code", code));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private long audits(UUID id, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and ? = any(record_ids)").params(action, id.toString())
                .query(Long.class).single();
    }

    @Test
    void aFamilyMemberTurnsItOnAndThenSignsInWithPasswordAndCodeAndAReplayedCodeIsRefused() {
        var person = enrolled("test-sf-parent", Role.PARENT);
        assertThat(audits(person.id(), "SECOND_FACTOR_ENROL")).isEqualTo(1);

        var http = Http.anonymous(port);
        var password = http.signIn(person.username(), PASSWORD);
        assertThat(location(password)).endsWith("/login/second-factor");
        // halfway: nothing else, no API with the session either
        assertThat(location(http.get("/families"))).endsWith("/login/second-factor");
        assertThat(location(http.get("/profile"))).endsWith("/login/second-factor");
        assertThat(http.get("/api/v1/families").statusCode()).isEqualTo(401);
        assertThat(http.get("/login/second-factor").body()).contains("Inloggen: tweede stap").doesNotContain("Welkom");

        var wrong = code(http, "000000".equals(person.totp().code(Instant.now())) ? "111111" : "000000");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Die code klopt niet");
        assertThat(http.get("/login/second-factor?lang=en").statusCode()).isEqualTo(200);
        assertThat(code(http, "000001x").body()).contains("That code is wrong");
        http.get("/login/second-factor?lang=nl");

        var now = person.totp().code(Totp.step(Instant.now()));
        var passed = code(http, now);
        assertThat(passed.statusCode()).isEqualTo(302);
        assertThat(location(passed)).endsWith("/");
        assertThat(http.get("/").body()).contains("Welkom");
        assertThat(http.get("/profile").statusCode()).isEqualTo(200);
        assertThat(audits(person.id(), "SECOND_FACTOR_PASS")).isEqualTo(1);
        assertThat(audits(person.id(), "SECOND_FACTOR_FAIL")).isEqualTo(2);

        // the same code, same time-step, in another sign-in
        var again = Http.anonymous(port);
        again.signIn(person.username(), PASSWORD);
        var replayed = code(again, now);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(location(again.get("/families"))).endsWith("/login/second-factor");
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        var person = enrolled("test-sf-recovery", Role.NETWORK_MEMBER);
        var first = Http.anonymous(port);
        first.signIn(person.username(), PASSWORD);
        var used = code(first, person.recoveryCodes().get(2).toUpperCase());
        assertThat(used.statusCode()).isEqualTo(302);
        assertThat(first.get("/profile/second-factor").body()).contains("herstelcode", "9");
        assertThat(first.get("/profile").statusCode()).isEqualTo(200);
        assertThat(audits(person.id(), "RECOVERY_CODE_USE")).isEqualTo(1);

        var second = Http.anonymous(port);
        second.signIn(person.username(), PASSWORD);
        assertThat(code(second, person.recoveryCodes().get(2)).statusCode()).isEqualTo(400);
        assertThat(code(second, person.recoveryCodes().get(3)).statusCode()).isEqualTo(302);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswordsAndTooManyFromOneAddressAreThrottled() {
        var person = enrolled("test-sf-throttle", Role.PARENT);
        var http = Http.anonymous(port);
        http.signIn(person.username(), PASSWORD);
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = code(http, "abcdef");
        }
        assertThat(location(last)).contains("/login?error");
        // locked: even the right password no longer gets to the second step
        assertThat(location(Http.anonymous(port).signIn(person.username(), PASSWORD))).contains("/login?error");
        accounts.unlock(person.id());

        var other = Http.anonymous(port);
        other.signIn(person.username(), PASSWORD);
        var csrf = Http.csrfFrom(other.get("/login/second-factor").body());
        jdbc.sql("insert into login_failure (client_address) select '127.0.0.1' from generate_series(1, 20)").update();
        var throttled = other.postForm("/login/second-factor", Map.of("code", person.totp().code(Instant.now()), "_csrf", csrf));
        assertThat(throttled.statusCode()).isEqualTo(429);
    }

    @Test
    void staffWhoMustHaveOneAreSentToSetItUpAndReachNothingElseUntilThen() {
        secondFactors.overrideRuleForTests(SecondFactorRule.of("PROFESSIONAL", true));
        var id = account("test-sf-staff", Role.PROFESSIONAL);
        var http = Http.anonymous(port);
        assertThat(location(http.signIn("test-sf-staff", PASSWORD))).endsWith("/profile/second-factor");
        assertThat(location(http.get("/families"))).endsWith("/profile/second-factor");
        assertThat(location(http.get("/profile"))).endsWith("/profile/second-factor");
        assertThat(location(http.get("/"))).endsWith("/profile/second-factor");
        assertThat(http.get("/api/v1/families").statusCode()).isEqualTo(401);
        assertThat(http.get("/profile/second-factor").body()).contains("verplicht");

        var person = enrol(http, id, "test-sf-staff");
        assertThat(http.get("/profile").statusCode()).isEqualTo(200);
        // required: it cannot be turned off
        var off = http.submit("/profile/second-factor", "/profile/second-factor/disable",
                Map.of("code", person.totp().code(Totp.step(Instant.now()))));
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(secondFactors.enrolled(id)).isTrue();
    }

    @Test
    void anAdministratorResetsASecondFactorAndThatIsAudited() {
        var person = enrolled("test-sf-reset", Role.PARENT);
        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        assertThat(admin.get("/admin/accounts/" + person.id()).body()).contains("Tweede factor terugzetten");
        var reset = admin.submit("/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/second-factor/reset", Map.of());
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(secondFactors.enrolled(person.id())).isFalse();
        assertThat(audits(person.id(), "SECOND_FACTOR_RESET")).isEqualTo(1);
        // not required for a parent: the password alone again
        assertThat(location(Http.anonymous(port).signIn(person.username(), PASSWORD))).doesNotContain("second-factor").endsWith("/");
    }

    @Test
    void bearerTokensAreNotAffected() {
        secondFactors.overrideRuleForTests(SecondFactorRule.of("PROFESSIONAL", true));
        assertThat(Http.withToken(port, "demo-token-professional").get("/api/v1/families").statusCode()).isEqualTo(200);
    }
}
