package nl.kring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    @Test
    void aMessageHasAnAddressAOneLineSubjectAndBothParts() {
        var mail = new OutgoingMail(" a@example.org ", Locale.of("nl"), " Uitnodiging ", "tekst", "<p>tekst</p>");
        assertThat(mail.to()).isEqualTo("a@example.org");
        assertThat(mail.subject()).isEqualTo("Uitnodiging");
        assertThatThrownBy(() -> new OutgoingMail("a@example.org", Locale.of("nl"), "a\r\nBcc: b@example.org", "t", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("not an address", Locale.of("nl"), "s", "t", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("a@example.org", Locale.of("nl"), "s", " ", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("a@example.org", Locale.of("nl"), "s", "t", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
