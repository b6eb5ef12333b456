package nl.kring.network.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kring.network.domain.SignalThresholds;
import org.junit.jupiter.api.Test;

class NetworkSignalPropertiesTest {

    @Test
    void unsetPropertiesKeepTheDocumentedDefaults() {
        var none = new NetworkSignalProperties(null, null, null, null, null, null, null, null);
        assertThat(none.thresholds()).isEqualTo(SignalThresholds.DEFAULTS);
    }

    @Test
    void aSetPropertyReplacesOnlyItsOwnDefault() {
        var some = new NetworkSignalProperties(0.75, null, 3, null, null, null, null, 6);
        assertThat(some.thresholds()).isEqualTo(new SignalThresholds(0.75, 1, 3, 5, 1, 2, 1, 6));
    }
}
