package nl.kring.network.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.kring.network.domain.NetworkAnalysis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class NetworkAnalysisPropertiesTest {

    @Test
    void withoutTheSettingFiftyCliquesAreListed() {
        assertThat(new NetworkAnalysisProperties(null).cliqueLimit()).isEqualTo(NetworkAnalysis.DEFAULT_MAX_CLIQUES).isEqualTo(50);
    }

    @Test
    void theEnvironmentVariableInTheReadmeSetsTheLimit() {
        var environment = new StandardEnvironment();
        // Spring Boot maps variable names to properties only for the source named "systemEnvironment".
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("KRING_NETWORK_ANALYSIS_MAXCLIQUES", "7")));
        var bound = new Binder(ConfigurationPropertySources.get(environment))
                .bind("kring.network.analysis", NetworkAnalysisProperties.class).get();
        assertThat(bound.cliqueLimit()).isEqualTo(7);
    }

    @Test
    void aNegativeLimitStopsTheStart() {
        assertThatThrownBy(() -> new NetworkAnalysisProperties(-1)).hasMessageContaining("max-cliques");
    }
}
