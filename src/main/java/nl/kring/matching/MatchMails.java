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
 * The mails about a match, in the reader's language, through the mail module's outbox: the reminder of an
 * evaluation coming up. The subject says only what kind of message it is; programme and date are in the body,
 * the family's name nowhere.
 */
@Component
class MatchMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Mailer mailer;
    private final MessageSource messages;
    private final String publicUrl;

    MatchMails(Mailer mailer, MessageSource messages, @Value("${kring.public-url:}") String publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
    }

    /** An evaluation of a match coming up (or overdue), with a link to the match. */
    void evaluation(String to, Locale language, String name, String programme, String kindKey, LocalDate due, String path) {
        var greeting = message("matching.volunteer.mail.greeting", language, name);
        var body = message("matching.match.mail.evaluation.body", language, message(kindKey, language), programme, DATE.format(due));
        var action = message("matching.match.mail.evaluation.action", language);
        var link = publicUrl + path;
        var plain = String.join("\n\n", greeting, body, action + "\n" + link) + "\n";
        var html = "<p>" + esc(greeting) + "</p>\n<p>" + esc(body) + "</p>\n<p><a href=\"" + esc(link) + "\">" + esc(action) + "</a></p>\n";
        mailer.send(new OutgoingMail(to, language, message("matching.match.mail.evaluation.subject", language), plain, html));
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
