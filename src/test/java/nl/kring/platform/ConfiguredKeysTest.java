package nl.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConfiguredKeysTest {

    @Test
    void aConfiguredKeyIsUsedAsItIs() {
        var key = new byte[32];
        key[0] = 7;
        assertThat(ConfiguredKeys.key("kring.x", Base64.getEncoder().encodeToString(key), false)).isEqualTo(key);
        assertThat(ConfiguredKeys.key("kring.x", " " + Base64.getEncoder().encodeToString(key) + "\n", true)).isEqualTo(key);
    }

    @Test
    void withoutAKeyKringStartsOnlyInDemoModeWithAStableKeyPerProperty() {
        assertThatThrownBy(() -> ConfiguredKeys.key("kring.x", "", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kring.x must be set outside demo mode");
        assertThatThrownBy(() -> ConfiguredKeys.key("kring.x", null, false)).isInstanceOf(IllegalStateException.class);
        assertThat(ConfiguredKeys.key("kring.x", "", true)).hasSize(32).isEqualTo(ConfiguredKeys.key("kring.x", null, true))
                .isNotEqualTo(ConfiguredKeys.key("kring.y", "", true));
    }

    @Test
    void aKeyThatIsNotBase64OrNot32BytesStopsTheStart() {
        assertThatThrownBy(() -> ConfiguredKeys.key("kring.x", "not base64!", true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kring.x");
        assertThatThrownBy(() -> ConfiguredKeys.key("kring.x", Base64.getEncoder().encodeToString(new byte[16]), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
