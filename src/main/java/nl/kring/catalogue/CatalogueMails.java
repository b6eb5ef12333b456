package nl.kring.catalogue;

import java.util.Locale;
import nl.kring.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The e-mails to a person who proposed an initiative or a correction, in their language; subjects never hold personal data. */
@Component
class CatalogueMails {

    private final MessageSource messages;
    private final String publicUrl;

    CatalogueMails(MessageSource messages, @Value("${kring.public-url:}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip().replaceAll("/+$", "");
    }

    OutgoingMail received(String to, String language, String initiativeName) {
        var locale = Locale.of(language);
        return mail(to, locale, "catalogue.mail.received.subject",
                msg("catalogue.mail.received.body", locale, initiativeName), msg("catalogue.mail.closing", locale));
    }

    OutgoingMail question(String to, String language, String initiativeName, String question) {
        var locale = Locale.of(language);
        return mail(to, locale, "catalogue.mail.question.subject", msg("catalogue.mail.question.body", locale, initiativeName), question,
                msg("catalogue.mail.question.next", locale, publicUrl + "/catalogus/voorstel"), msg("catalogue.mail.closing", locale));
    }

    OutgoingMail published(String to, String language, String initiativeName, String path) {
        var locale = Locale.of(language);
        return mail(to, locale, "catalogue.mail.published.subject", msg("catalogue.mail.published.body", locale, initiativeName), publicUrl + path,
                msg("catalogue.mail.closing", locale));
    }

    OutgoingMail declined(String to, String language, String initiativeName, String reason) {
        var locale = Locale.of(language);
        return mail(to, locale, "catalogue.mail.declined.subject", msg("catalogue.mail.declined.body", locale, initiativeName), reason,
                msg("catalogue.mail.closing", locale));
    }

    private OutgoingMail mail(String to, Locale locale, String subjectKey, String... paragraphs) {
        var greeting = msg("catalogue.mail.greeting", locale);
        var plain = new StringBuilder(greeting).append("\n\n");
        var html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(greeting)).append("</p>");
        for (var paragraph : paragraphs) {
            plain.append(paragraph).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return new OutgoingMail(to, locale, msg(subjectKey, locale), plain.toString().strip() + "\n", html.toString());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
