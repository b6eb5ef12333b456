package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The retention period is configuration; a value that is not a positive period stops the start. */
class RetentionPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionProperties.class)
    static class Config {}

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void withoutConfigurationAFileIsKeptTwentyYears() {
        context.run(started -> assertThat(started.getBean(RetentionProperties.class).policy().afterCare()).isEqualTo(Period.ofYears(20)));
    }

    @Test
    void anEmptyValueCountsAsUnset() {
        context.withPropertyValues("kring.retention.after-care=").run(started ->
                assertThat(started.getBean(RetentionProperties.class).policy().afterCare()).isEqualTo(Period.ofYears(20)));
    }

    @Test
    void anIsoPeriodIsTaken() {
        context.withPropertyValues("kring.retention.after-care=P25Y6M").run(started ->
                assertThat(started.getBean(RetentionProperties.class).policy().afterCare()).isEqualTo(Period.of(25, 6, 0)));
    }

    @Test
    void somethingThatIsNotAPeriodStopsTheStartAndNamesTheProperty() {
        context.withPropertyValues("kring.retention.after-care=twintig jaar").run(started -> {
            assertThat(started).hasFailed();
            assertThat(messages(started.getStartupFailure())).contains("kring.retention.after-care", "twintig jaar");
        });
    }

    @Test
    void aPeriodThatIsNotPositiveStopsTheStartWithAClearMessage() {
        for (var value : new String[] {"P0D", "-P20Y", "P1Y-400D"}) {
            context.withPropertyValues("kring.retention.after-care=" + value).run(started -> {
                assertThat(started).as(value).hasFailed();
                assertThat(messages(started.getStartupFailure())).as(value)
                        .contains("kring.retention.after-care must be a positive period such as P20Y");
            });
        }
    }

    static String messages(Throwable failure) {
        var all = new StringBuilder();
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
