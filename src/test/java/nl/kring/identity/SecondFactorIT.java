package nl.kring.identity;

import static nl.kring.identity.SecondFactorSteps.PASSWORD;
import static nl.kring.identity.SecondFactorSteps.code;
import static nl.kring.identity.SecondFactorSteps.location;
import static nl.kring.identity.SecondFactorSteps.wrongCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.identity.SecondFactorSteps.Enrolled;
import nl.kring.identity.domain.Base32;
import nl.kring.identity.domain.Totp;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second factor through HTTP: enrolment, the second sign-in step, replay, lock-out and throttling (also
 * when changing it), recovery codes, the secret encrypted at rest, the administrator's reset. Where a role
 * requires it: {@link SecondFactorRequiredIT}.
 */
@IntegrationTest
class SecondFactorIT {

    private static final String WRONG = "Die code klopt niet";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired SecondFactors secondFactors;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from login_failure").update();
    }

    private UUID account(String username, Role role) {
        return accounts.create(new NewAccount(username, "Tweede Factor (test)", PASSWORD, Set.of(role), Optional.empty()));
    }

    private record Session(Http http, Enrolled person) {}

    /** Enrolled through the profile; the session that did it stays signed in. */
    private Session enrolled(String username, Role role) {
        var id = account(username, role);
        var http = Http.signedIn(port, username, PASSWORD);
        return new Session(http, SecondFactorSteps.enrol(jdbc, http, id, username));
    }

    private long audits(UUID id, String action) {
        return SecondFactorSteps.audits(jdbc, id, action);
    }

    private static String now(Totp totp) {
        return totp.code(Totp.step(Instant.now()));
    }

    @Test
    void aFamilyMemberTurnsItOnAndThenSignsInWithPasswordAndCodeAndAReplayedCodeIsRefused() {
        var person = enrolled("test-sf-parent", Role.PARENT).person();
        assertThat(audits(person.id(), "SECOND_FACTOR_ENROL")).isEqualTo(1);

        var http = Http.anonymous(port);
        var password = http.signIn(person.username(), PASSWORD);
        assertThat(location(password)).endsWith("/login/second-factor");
        // halfway: nothing else, no API with the session either
        assertThat(location(http.get("/families"))).endsWith("/login/second-factor");
        assertThat(location(http.get("/profile"))).endsWith("/login/second-factor");
        assertThat(http.get("/api/v1/families").statusCode()).isEqualTo(401);
        assertThat(http.get("/login/second-factor").body()).contains("Inloggen: tweede stap").doesNotContain("Welkom");

        var wrong = code(http, wrongCode(person.totp()));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains(WRONG);
        assertThat(http.get("/login/second-factor?lang=en").statusCode()).isEqualTo(200);
        assertThat(code(http, "000001x").body()).contains("That code is wrong");
        http.get("/login/second-factor?lang=nl");

        var now = now(person.totp());
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
        assertThat(replayed.body()).contains(WRONG);
        assertThat(audits(person.id(), "SECOND_FACTOR_FAIL")).isEqualTo(3);
        assertThat(location(again.get("/families"))).endsWith("/login/second-factor");
    }

    @Test
    void aWrongCodeAtEnrolmentIsRefusedAuditedAndStoresNothing() {
        var id = account("test-sf-enrol-wrong", Role.YOUTH);
        var http = Http.signedIn(port, "test-sf-enrol-wrong", PASSWORD);
        http.submit("/profile/second-factor", "/profile/second-factor/start", Map.of());
        var refused = http.submit("/profile/second-factor", "/profile/second-factor/confirm", Map.of("code", "12345x"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(WRONG).contains("id=\"totp-secret\"");
        assertThat(secondFactors.enrolled(id)).isFalse();
        assertThat(audits(id, "SECOND_FACTOR_ENROL_FAIL")).isEqualTo(1);
        assertThat(audits(id, "SECOND_FACTOR_ENROL")).isZero();
    }

    @Test
    void theSecretIsStoredEncryptedAndASecretStoredInClearIsEncryptedAtStartUp() {
        var person = enrolled("test-sf-sealed", Role.PARENT).person();
        var stored = jdbc.sql("select totp_secret_sealed from second_factor where account_id = ?").param(person.id()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(person.secret());

        // an account enrolled by a version that stored the secret in clear
        var legacy = account("test-sf-legacy", Role.PARENT);
        var secret = Base32.encode("legacy-secret-twenty".getBytes());
        jdbc.sql("insert into second_factor (account_id, totp_secret_sealed, last_used_step) values (?, ?, 0)").params(legacy, secret).update();
        secondFactors.sealSecretsStoredInClear();
        assertThat(jdbc.sql("select totp_secret_sealed from second_factor where account_id = ?").param(legacy).query(String.class).single())
                .startsWith("v1:").doesNotContain(secret);
        var http = Http.anonymous(port);
        http.signIn("test-sf-legacy", PASSWORD);
        assertThat(location(code(http, now(Totp.ofBase32(secret))))).endsWith("/");
        assertThat(http.get("/").body()).contains("Welkom");
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        var person = enrolled("test-sf-recovery", Role.NETWORK_MEMBER).person();
        var first = Http.anonymous(port);
        first.signIn(person.username(), PASSWORD);
        var used = code(first, person.recoveryCodes().get(2).toUpperCase());
        assertThat(used.statusCode()).isEqualTo(302);
        assertThat(location(used)).endsWith("/profile/second-factor");
        assertThat(first.get("/profile/second-factor").body()).contains("Je bent ingelogd met een herstelcode", "Je hebt er nog 9.");
        assertThat(first.get("/profile").statusCode()).isEqualTo(200);
        assertThat(audits(person.id(), "RECOVERY_CODE_USE")).isEqualTo(1);

        var second = Http.anonymous(port);
        second.signIn(person.username(), PASSWORD);
        var reused = code(second, person.recoveryCodes().get(2));
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains(WRONG);
        assertThat(location(code(second, person.recoveryCodes().get(3)))).endsWith("/profile/second-factor");
        assertThat(second.get("/profile/second-factor").body()).contains("Je hebt er nog 8.");
        assertThat(audits(person.id(), "RECOVERY_CODE_USE")).isEqualTo(2);
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        var session = enrolled("test-sf-regenerate", Role.PARENT);
        var person = session.person();
        var made = session.http().submit("/profile/second-factor", "/profile/second-factor/recovery-codes", Map.of("code", now(person.totp())));
        assertThat(location(made)).endsWith("/profile/second-factor#recovery-codes");
        var fresh = SecondFactorSteps.recoveryCodes(session.http().get("/profile/second-factor").body());
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(person.recoveryCodes());
        assertThat(audits(person.id(), "RECOVERY_CODES_REGENERATE")).isEqualTo(1);

        var http = Http.anonymous(port);
        http.signIn(person.username(), PASSWORD);
        assertThat(code(http, person.recoveryCodes().getFirst()).statusCode()).isEqualTo(400);
        assertThat(location(code(http, fresh.getFirst()))).endsWith("/profile/second-factor");
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswordsAndTooManyFromOneAddressAreThrottled() {
        var person = enrolled("test-sf-throttle", Role.PARENT).person();
        var http = Http.anonymous(port);
        http.signIn(person.username(), PASSWORD);
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = code(http, "abcdef");
            assertThat(last.statusCode()).isEqualTo(400);
        }
        last = code(http, "abcdef");
        assertThat(location(last)).endsWith("/login?error");
        // the sign-in ended with the lock: this session reaches nothing
        assertThat(location(http.get("/families"))).endsWith("/login");
        assertThat(audits(person.id(), "SECOND_FACTOR_FAIL")).isEqualTo(5);
        assertThat(audits(person.id(), "SECOND_FACTOR_LOCKED")).isEqualTo(1);
        // locked: even the right password no longer gets to the second step
        assertThat(location(Http.anonymous(port).signIn(person.username(), PASSWORD))).endsWith("/login?error");
        accounts.unlock(person.id());

        var other = Http.anonymous(port);
        other.signIn(person.username(), PASSWORD);
        var csrf = Http.csrfFrom(other.get("/login/second-factor").body());
        jdbc.sql("insert into login_failure (client_address) select '127.0.0.1' from generate_series(1, 20)").update();
        var throttled = other.postForm("/login/second-factor", Map.of("code", now(person.totp()), "_csrf", csrf));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("900");
        assertThat(audits(person.id(), "SECOND_FACTOR_PASS")).isZero();
    }

    @Test
    void aSessionOfALockedAccountCannotTurnItOffOrMakeNewCodesEvenWithTheRightCode() {
        var session = enrolled("test-sf-locked-change", Role.PARENT);
        var person = session.person();
        // someone else has the password and guesses codes until the account locks
        var guesser = Http.anonymous(port);
        guesser.signIn(person.username(), PASSWORD);
        for (int i = 0; i < 5; i++) {
            code(guesser, "abcdef");
        }
        assertThat(audits(person.id(), "SECOND_FACTOR_LOCKED")).isEqualTo(1);

        var off = session.http().submit("/profile/second-factor", "/profile/second-factor/disable", Map.of("code", now(person.totp())));
        assertThat(location(off)).endsWith("/login?error");
        assertThat(secondFactors.enrolled(person.id())).isTrue();
        assertThat(audits(person.id(), "SECOND_FACTOR_DISABLE")).isZero();
        assertThat(audits(person.id(), "SECOND_FACTOR_LOCKED")).isEqualTo(2);
        // and that session has ended
        assertThat(location(session.http().get("/profile/second-factor"))).endsWith("/login");

        accounts.unlock(person.id());
        // the code was refused for the lock only: after the unlock it signs in
        var later = Http.anonymous(port);
        later.signIn(person.username(), PASSWORD);
        assertThat(location(code(later, now(person.totp())))).endsWith("/");
    }

    @Test
    void wrongCodesWhenTurningItOffCountTowardsTheLockAndEndTheSession() {
        var session = enrolled("test-sf-off-guess", Role.PARENT);
        var person = session.person();
        for (int i = 0; i < 4; i++) {
            var wrong = session.http().submit("/profile/second-factor", "/profile/second-factor/disable", Map.of("code", wrongCode(person.totp())));
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains(WRONG);
        }
        var fifth = session.http().submit("/profile/second-factor", "/profile/second-factor/recovery-codes",
                Map.of("code", wrongCode(person.totp())));
        assertThat(location(fifth)).endsWith("/login?error");
        assertThat(secondFactors.enrolled(person.id())).isTrue();
        assertThat(audits(person.id(), "SECOND_FACTOR_FAIL")).isEqualTo(5);
        assertThat(audits(person.id(), "SECOND_FACTOR_LOCKED")).isEqualTo(1);
        assertThat(location(Http.anonymous(port).signIn(person.username(), PASSWORD))).endsWith("/login?error");
    }

    @Test
    void changingItIsThrottledPerAddressLikeTheSignIn() {
        var session = enrolled("test-sf-off-throttle", Role.PARENT);
        var person = session.person();
        var csrf = Http.csrfFrom(session.http().get("/profile/second-factor").body());
        jdbc.sql("insert into login_failure (client_address) select '127.0.0.1' from generate_series(1, 20)").update();
        var off = session.http().postForm("/profile/second-factor/disable", Map.of("code", now(person.totp()), "_csrf", csrf));
        assertThat(off.statusCode()).isEqualTo(429);
        var codes = session.http().postForm("/profile/second-factor/recovery-codes", Map.of("code", now(person.totp()), "_csrf", csrf));
        assertThat(codes.statusCode()).isEqualTo(429);
        assertThat(secondFactors.enrolled(person.id())).isTrue();
        assertThat(audits(person.id(), "SECOND_FACTOR_DISABLE")).isZero();
        assertThat(audits(person.id(), "RECOVERY_CODES_REGENERATE")).isZero();

        jdbc.sql("delete from login_failure").update();
        var allowed = session.http().submit("/profile/second-factor", "/profile/second-factor/disable", Map.of("code", now(person.totp())));
        assertThat(location(allowed)).endsWith("/profile/second-factor");
        assertThat(session.http().get("/profile/second-factor").body()).contains("De tweede factor staat nu uit.");
        assertThat(secondFactors.enrolled(person.id())).isFalse();
        assertThat(audits(person.id(), "SECOND_FACTOR_DISABLE")).isEqualTo(1);
    }

    @Test
    void anAdministratorsResetSaysWhatItDidEndsTheAccountsSessionsAndIsAudited() {
        var session = enrolled("test-sf-reset", Role.PARENT);
        var person = session.person();
        var halfway = Http.anonymous(port);
        assertThat(location(halfway.signIn(person.username(), PASSWORD))).endsWith("/login/second-factor");

        var admin = Http.signedIn(port, "demo-admin", "kring-demo");
        assertThat(admin.get("/admin/accounts/" + person.id()).body()).contains("Tweede factor terugzetten");
        var reset = admin.submit("/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/second-factor/reset", Map.of());
        assertThat(location(reset)).endsWith("/admin/accounts/" + person.id());
        var page = admin.get("/admin/accounts/" + person.id()).body();
        assertThat(page).contains("De tweede factor is teruggezet.", "De 2 open sessies van dit account zijn beëindigd.")
                .doesNotContain("Tweede factor terugzetten");
        assertThat(secondFactors.enrolled(person.id())).isFalse();
        assertThat(audits(person.id(), "SECOND_FACTOR_RESET")).isEqualTo(1);
        // both of the person's sessions have ended; the administrator's has not
        assertThat(location(session.http().get("/families"))).endsWith("/login");
        assertThat(location(halfway.get("/login/second-factor"))).endsWith("/login");
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
        // not required for a parent: the password alone again
        var fresh = Http.anonymous(port);
        assertThat(location(fresh.signIn(person.username(), PASSWORD))).endsWith("/");
        assertThat(fresh.get("/").body()).contains("Welkom");
    }
}
