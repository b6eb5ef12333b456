package nl.kring.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Failed sign-ins older than the throttling window are forgotten; recent ones still count. */
@IntegrationTest
class LoginFailureCleanupIT {

    @Autowired LoginAttempts attempts;
    @Autowired JdbcClient jdbc;

    @Test
    void oldFailuresAreForgottenAndRecentOnesKept() {
        jdbc.sql("insert into login_failure (client_address, occurred_at) values ('192.0.2.1', now() - interval '2 hours')").update();
        jdbc.sql("insert into login_failure (client_address, occurred_at) values ('192.0.2.2', now())").update();
        attempts.forgetOldFailures();
        assertThat(jdbc.sql("select count(*) from login_failure where client_address = '192.0.2.1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from login_failure where client_address = '192.0.2.2'").query(Long.class).single()).isEqualTo(1);
        jdbc.sql("delete from login_failure").update();
    }
}
