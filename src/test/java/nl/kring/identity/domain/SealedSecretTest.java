package nl.kring.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SealedSecretTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static byte[] key(int fill) {
        var key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensAgainForItsAccountOnlyAndNeverShowsTheSecret() {
        var box = new SealedSecret(key(1), RANDOM);
        var account = UUID.randomUUID();
        var sealed = box.seal(account, SECRET);
        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET);
        assertThat(SealedSecret.isSealed(sealed)).isTrue();
        assertThat(SealedSecret.isSealed(SECRET)).isFalse();
        assertThat(box.open(account, sealed)).isEqualTo(SECRET);
        // a new nonce every time: the same secret does not look the same twice
        assertThat(box.seal(account, SECRET)).isNotEqualTo(sealed);
        // copied to another account's row, it does not open
        assertThatThrownBy(() -> box.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyAChangedValueOrASecretInClearDoNotOpen() {
        var account = UUID.randomUUID();
        var sealed = new SealedSecret(key(1), RANDOM).seal(account, SECRET);
        assertThatThrownBy(() -> new SealedSecret(key(2), RANDOM).open(account, sealed)).isInstanceOf(IllegalStateException.class);
        var bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        var changed = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> new SealedSecret(key(1), RANDOM).open(account, changed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SealedSecret(key(1), RANDOM).open(account, SECRET)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SealedSecret(new byte[16], RANDOM)).isInstanceOf(IllegalArgumentException.class);
    }
}
