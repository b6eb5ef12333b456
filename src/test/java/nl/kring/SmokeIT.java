package nl.kring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@org.springframework.test.context.ActiveProfiles("test")
class SmokeIT {
    @Autowired JdbcClient jdbc;

    @Test
    void runsOnARealPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL");
    }
}
