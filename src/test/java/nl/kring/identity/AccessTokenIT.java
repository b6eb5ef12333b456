package nl.kring.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal access tokens: created and revoked in the profile, shown once, stored hashed, expiring. */
@IntegrationTest
class AccessTokenIT {

    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(kring_[A-Za-z0-9_-]+)<");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceWorksForTheApiAndStopsWorkingWhenRevoked() {
        var browser = Http.signedIn(port, "demo-professional", "kring-demo");
        var created = browser.submit("/profile", "/profile/tokens", Map.of("name", "rapportagescript", "days", "30"));
        assertThat(created.statusCode()).isEqualTo(302);

        var page = browser.get("/profile").body();
        var matcher = NEW_TOKEN.matcher(page);
        assertThat(matcher.find()).as("the new token is shown on the profile page").isTrue();
        var token = matcher.group(1);
        assertThat(browser.get("/profile").body()).as("shown only once").doesNotContain(token);

        assertThat(jdbc.sql("select count(*) from personal_access_token where token_hash = ?").param(token).query(Long.class).single())
                .as("never stored in plain text").isZero();

        var me = Http.withToken(port, token).get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"demo-professional\"");

        var id = jdbc.sql("select id from personal_access_token where name = 'rapportagescript' order by created_at desc limit 1")
                .query(java.util.UUID.class).single();
        var revoked = browser.submit("/profile", "/profile/tokens/" + id + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(Http.withToken(port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        var browser = Http.signedIn(port, "demo-parent", "kring-demo");
        browser.submit("/profile", "/profile/tokens", Map.of("name", "kort", "days", "1"));
        var matcher = NEW_TOKEN.matcher(browser.get("/profile").body());
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);
        assertThat(Http.withToken(port, token).get("/api/v1/me").statusCode()).isEqualTo(200);

        jdbc.sql("update personal_access_token set expires_at = now() - interval '1 minute' where name = 'kort'").update();
        assertThat(Http.withToken(port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutANameOrWithABadLifetimeIsRefusedAndTheInputKept() {
        var browser = Http.signedIn(port, "demo-parent", "kring-demo");
        var refused = browser.submit("/profile", "/profile/tokens", Map.of("name", "mijn script", "days", "9999"));
        assertThat(refused.statusCode()).isEqualTo(400);
        var page = refused.body();
        assertThat(page).contains("1 tot en met 365 dagen", "value=\"mijn script\"", "value=\"9999\"");
        assertThat(jdbc.sql("select count(*) from personal_access_token where name = 'mijn script'").query(Long.class).single()).isZero();
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        var id = jdbc.sql("select p.id from personal_access_token p join account a on a.id = p.account_id where a.username = 'demo-youth'")
                .query(java.util.UUID.class).single();
        var stranger = Http.signedIn(port, "demo-parent", "kring-demo");
        stranger.submit("/profile", "/profile/tokens/" + id + "/revoke", Map.of());
        assertThat(Http.withToken(port, "demo-token-youth").get("/api/v1/me").statusCode()).isEqualTo(200);
    }
}
