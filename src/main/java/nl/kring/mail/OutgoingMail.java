package nl.kring.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * One message to send, rendered by the caller from its message bundles in the recipient's language.
 *
 * @param to the recipient's address
 * @param language the language the text is written in (stored with the message)
 * @param subject the subject line. It must never contain personal data (no names, no family, no case):
 *        subjects are shown in mail clients' notifications and lists, stored in mail servers' logs and
 *        listed in the administrator's outbox. Say what kind of message it is ("Uitnodiging voor Kring")
 *        and put everything else in the body.
 * @param plainText the text part, always present
 * @param html the HTML part with the same content; Kring escapes nothing in it, the caller must (e.g. by
 *        rendering a template)
 */
public record OutgoingMail(String to, Locale language, String subject, String plainText, String html) {

    public OutgoingMail {
        Objects.requireNonNull(language, "language");
        to = required(to, "to").strip();
        subject = required(subject, "subject").strip();
        plainText = required(plainText, "plainText");
        html = required(html, "html");
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
        if (!to.contains("@") || to.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
