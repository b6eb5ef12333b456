package nl.kring.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesOfTenCharactersShownAsTwoGroups() {
        var codes = RecoveryCodes.generate(new SecureRandom());
        assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
        assertThat(codes).allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
    }

    @Test
    void theHashIgnoresCaseSpacesAndTheDashButNotTheCode() {
        var code = RecoveryCodes.generate(new SecureRandom()).getFirst();
        var hash = RecoveryCodes.hash(code);
        assertThat(hash).hasSize(64).doesNotContain(code.replace("-", ""));
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(code.replace("-", ""))).isEqualTo(hash);
        Set<String> hashes = new HashSet<>();
        RecoveryCodes.generate(new SecureRandom()).forEach(c -> hashes.add(RecoveryCodes.hash(c)));
        assertThat(hashes).hasSize(RecoveryCodes.COUNT);
    }

    @Test
    void whatCannotBeARecoveryCodeIsRecognised() {
        assertThat(RecoveryCodes.normalize("123456")).isEmpty();
        assertThat(RecoveryCodes.normalize("abcde-fghi1")).isEmpty(); // 1 is not in the alphabet
        assertThat(RecoveryCodes.normalize(null)).isEmpty();
        assertThat(RecoveryCodes.normalize(" ABCDE-fghij ")).hasValue("abcdefghij");
        assertThatThrownBy(() -> RecoveryCodes.hash("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCodeWorksOnce() {
        var codes = RecoveryCodes.generate(new SecureRandom());
        var unused = RecoveryCodes.Unused.of(codes.stream().map(RecoveryCodes::hash).toList());
        var afterUse = unused.use(codes.get(3).toUpperCase()).orElseThrow();
        assertThat(afterUse.count()).isEqualTo(RecoveryCodes.COUNT - 1);
        assertThat(afterUse.use(codes.get(3))).isEmpty();
        assertThat(afterUse.use("zzzzz-zzzzz")).isEmpty();
        assertThat(afterUse.use("123456")).isEmpty();
        assertThat(afterUse.use(codes.get(4))).isPresent();
    }
}
