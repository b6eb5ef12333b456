package nl.kring.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.kring.mail.Mailer;
import nl.kring.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails to volunteers, in their language, through the mail module's outbox: the welcome after
 * registering and the reminder to renew evidence before it runs out. Subjects say only what kind of
 * message it is; the organisation, programme and date are in the body.
 */
@Component
class VolunteerMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Mailer mailer;
    private final MessageSource messages;
    private final String publicUrl;

    VolunteerMails(Mailer mailer, MessageSource messages, @Value("${kring.public-url:}") String publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
    }

    void welcome(String to, Locale language, String name, String organisation) {
        send(to, language, "matching.volunteer.mail.welcome.subject",
                message("matching.volunteer.mail.greeting", language, name),
                message("matching.volunteer.mail.welcome.body", language, organisation));
    }

    void renewal(String to, Locale language, String name, String programme, String requirement, LocalDate expires) {
        send(to, language, "matching.volunteer.mail.renewal.subject",
                message("matching.volunteer.mail.greeting", language, name),
                message("matching.volunteer.mail.renewal.body", language, requirement, programme, DATE.format(expires)));
    }

    String label(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    private void send(String to, Locale language, String subjectKey, String greeting, String body) {
        var link = publicUrl + "/volunteer";
        var action = message("matching.volunteer.mail.action", language);
        var plain = String.join("\n\n", greeting, body, action + "\n" + link) + "\n";
        var html = "<p>" + esc(greeting) + "</p>\n<p>" + esc(body) + "</p>\n<p><a href=\"" + esc(link) + "\">" + esc(action) + "</a></p>\n";
        mailer.send(new OutgoingMail(to, language, messages.getMessage(subjectKey, null, language), plain, html));
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
