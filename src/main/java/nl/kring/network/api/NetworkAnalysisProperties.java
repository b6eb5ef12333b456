package nl.kring.network.api;

import nl.kring.network.domain.NetworkAnalysis;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the figures of a map are computed, for example {@code kring.network.analysis.max-cliques=20}:
 * at most this many of the largest groups who all know each other are listed (default
 * {@value NetworkAnalysis#DEFAULT_MAX_CLIQUES}); the figures say when the list was cut.
 */
@ConfigurationProperties("kring.network.analysis")
public record NetworkAnalysisProperties(Integer maxCliques) {

    public NetworkAnalysisProperties {
        if (maxCliques != null && maxCliques < 0) {
            throw new IllegalArgumentException("kring.network.analysis.max-cliques must not be negative: " + maxCliques);
        }
    }

    public int cliqueLimit() {
        return maxCliques != null ? maxCliques : NetworkAnalysis.DEFAULT_MAX_CLIQUES;
    }
}
