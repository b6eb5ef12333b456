package nl.kring.mail;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.mail.domain.MailState;

/** A message as it is stored, with where it is in sending. */
public record StoredMail(UUID id, String to, Locale language, String subject, String plainText, String html, MailState state,
        int attempts, Optional<String> lastError, Instant createdAt, Optional<Instant> sentAt) {

    /** Not (yet) accepted by an SMTP server. */
    public boolean notSent() {
        return state != MailState.SENT;
    }
}
