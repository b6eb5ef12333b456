package nl.kring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.identity.domain.Totp;
import nl.kring.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a person does on the second factor's pages, for the integration tests of the second factor. */
final class SecondFactorSteps {

    static final String PASSWORD = "a-long-test-password";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"><code class=\"utrecht-code\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<code class=\"utrecht-code\">([a-z2-7]{5}-[a-z2-7]{5})</code>");

    record Enrolled(UUID id, String username, String secret, Totp totp, List<String> recoveryCodes) {}

    private SecondFactorSteps() {}

    /** Turns the second factor on through the profile page, confirming with the code of the previous step. */
    static Enrolled enrol(JdbcClient jdbc, Http http, UUID id, String username) {
        assertThat(http.submit("/profile/second-factor", "/profile/second-factor/start", Map.of()).statusCode()).isEqualTo(302);
        var page = http.get("/profile/second-factor").body();
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("secret shown").isTrue();
        assertThat(page).contains("data:image/svg+xml;base64,");
        var secret = matcher.group(1).replace(" ", "");
        var totp = Totp.ofBase32(secret);
        var confirmed = http.submit("/profile/second-factor", "/profile/second-factor/confirm",
                Map.of("code", totp.code(Totp.step(Instant.now()) - 1)));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        var codes = recoveryCodes(http.get("/profile/second-factor").body());
        assertThat(codes).hasSize(10);
        // shown once only
        assertThat(recoveryCodes(http.get("/profile/second-factor").body())).isEmpty();
        assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ? and code_hash = ?")
                .params(id, codes.getFirst()).query(Long.class).single()).isZero();
        return new Enrolled(id, username, secret, totp, codes);
    }

    static List<String> recoveryCodes(String page) {
        var codes = new ArrayList<String>();
        var m = RECOVERY.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    static HttpResponse<String> code(Http http, String code) {
        return http.submit("/login/second-factor", "/login/second-factor", Map.of("code", code));
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** A code the app does not show now (nor in the steps around now). */
    static String wrongCode(Totp totp) {
        var step = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            var code = String.format("%06d", candidate);
            if (!code.equals(totp.code(step - 1)) && !code.equals(totp.code(step)) && !code.equals(totp.code(step + 1))) {
                return code;
            }
        }
    }

    static long audits(JdbcClient jdbc, UUID id, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and ? = any(record_ids)").params(action, id.toString())
                .query(Long.class).single();
    }
}
