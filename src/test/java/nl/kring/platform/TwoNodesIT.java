package nl.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.kring.KringApplication;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second Kring node on the same database, as behind a proxy: a session started on one node is valid
 * on the other. The second node uses the database as an external one, so it runs without demo mode —
 * and the demo tokens do not work there.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static String demoKey(String property) {
        return java.util.Base64.getEncoder().encodeToString(ConfiguredKeys.key(property, "", true));
    }

    @LocalServerPort int firstPort;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    ConfigurableApplicationContext secondNode;
    int secondPort;

    @BeforeAll
    void startSecondNode() {
        var url = ((HikariDataSource) dataSource).getJdbcUrl();
        // command-line arguments, so that they win over application.properties as a deployment's would
        secondNode = new SpringApplicationBuilder(KringApplication.class)
                .run("--server.port=0", "--kring.db.url=" + url, "--kring.db.user=postgres", "--kring.db.password=",
                        "--spring.jmx.enabled=false", 
                        // outside demo mode the keys must be configured; the same as the first node's (its demo keys)
                        "--kring.security.second-factor.secret-key=" + demoKey("kring.security.second-factor.secret-key"),
                        "--kring.intake.address-key=" + demoKey("kring.intake.address-key"));
        secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    @AfterAll
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void aSessionStartedOnOneNodeIsValidOnTheOther() {
        var first = Http.signedIn(firstPort, "demo-parent", "kring-demo");
        var cookie = first.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("KRING_SESSION")).findFirst().orElseThrow();

        var second = Http.anonymous(secondPort);
        var copy = new java.net.HttpCookie(cookie.getName(), cookie.getValue());
        copy.setPath("/");
        copy.setVersion(0);
        second.cookies().getCookieStore().add(java.net.URI.create("http://localhost:" + secondPort), copy);

        var profile = second.get("/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Marieke de Wit (demo)");
    }

    @Test
    void demoTokensDoNotWorkOutsideDemoMode() {
        assertThat(Http.withToken(firstPort, "demo-token-professional").get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(Http.withToken(secondPort, "demo-token-professional").get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        var hashes = jdbc.sql("select password_hash from account where password_hash is not null").query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{argon2}$argon2id$"));
    }
}
