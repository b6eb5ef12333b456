package nl.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void demoModeIsOnByDefaultWithTheEmbeddedDatabase() {
        assertThat(DemoMode.decide(false, null)).isTrue();
    }

    @Test
    void demoModeIsOffByDefaultWithAnExternalDatabase() {
        assertThat(DemoMode.decide(true, null)).isFalse();
    }

    @Test
    void demoModeIsRefusedWithAnExternalDatabase() {
        assertThatThrownBy(() -> DemoMode.decide(true, true)).hasMessageContaining("refused");
    }

    @Test
    void demoModeCanBeSwitchedOffForTheEmbeddedDatabase() {
        assertThat(DemoMode.decide(false, false)).isFalse();
    }
}
