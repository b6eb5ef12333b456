package nl.kring.identity;

import static nl.kring.identity.SecondFactorSteps.PASSWORD;
import static nl.kring.identity.SecondFactorSteps.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kring.identity.domain.Totp;
import nl.kring.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The second factor where configuration requires it for a role ({@code kring.security.second-factor.required-roles}),
 * as a deployment sets it: an application of its own, since the shared test application runs in demo mode,
 * where no role requires one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kring.security.second-factor.required-roles=PROFESSIONAL")
@ActiveProfiles("test")
class SecondFactorRequiredIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired SecondFactors secondFactors;

    @Test
    void staffWhoMustHaveOneAreSentToSetItUpAndReachNothingElseUntilThenAndCannotTurnItOff() {
        var id = accounts.create(new NewAccount("test-sf-staff", "Tweede Factor (test)", PASSWORD, Set.of(Role.PROFESSIONAL), Optional.empty()));
        var http = Http.anonymous(port);
        assertThat(location(http.signIn("test-sf-staff", PASSWORD))).endsWith("/profile/second-factor");
        assertThat(location(http.get("/families"))).endsWith("/profile/second-factor");
        assertThat(location(http.get("/profile"))).endsWith("/profile/second-factor");
        assertThat(location(http.get("/"))).endsWith("/profile/second-factor");
        assertThat(http.get("/api/v1/families").statusCode()).isEqualTo(401);
        assertThat(http.get("/profile/second-factor").body())
                .contains("Voor jouw rol is een tweede factor verplicht. Stel die eerst in; daarna kun je verder.");

        var person = SecondFactorSteps.enrol(jdbc, http, id, "test-sf-staff");
        assertThat(http.get("/profile").statusCode()).isEqualTo(200);
        assertThat(http.get("/families").statusCode()).isEqualTo(200);
        // required: it cannot be turned off, not even with the right code
        var off = http.submit("/profile/second-factor", "/profile/second-factor/disable",
                Map.of("code", person.totp().code(Totp.step(Instant.now()))));
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(off.body()).contains("Voor jouw rol is de tweede factor verplicht; je kunt hem niet uitzetten.");
        assertThat(secondFactors.enrolled(id)).isTrue();
        assertThat(SecondFactorSteps.audits(jdbc, id, "SECOND_FACTOR_DISABLE")).isZero();
    }

    @Test
    void otherRolesAreNotAskedForOne() {
        var parent = Http.anonymous(port);
        assertThat(location(parent.signIn("demo-parent", "kring-demo"))).endsWith("/");
        assertThat(parent.get("/families").statusCode()).isEqualTo(200);
    }

    @Test
    void bearerTokensAreNotAffected() {
        var response = Http.withToken(port, "demo-token-professional").get("/api/v1/families");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Gezin De Wit (demo)");
    }
}
