package nl.kring.intake;

import java.util.Locale;
import java.util.Optional;
import nl.kring.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The e-mails to a person who asked for support, in their language; subjects never hold personal data. */
@Component
class IntakeMails {

    private final MessageSource messages;

    IntakeMails(MessageSource messages) {
        this.messages = messages;
    }

    /** "We received your question": what happens next. Echoes nothing of the question. */
    OutgoingMail received(String to, String language, Optional<String> addressedAs) {
        var locale = Locale.of(language);
        var greeting = greeting(locale, addressedAs);
        var lines = new String[] {msg("intake.mail.received.body", locale), msg("intake.mail.received.next", locale),
                msg("intake.mail.closing", locale)};
        return mail(to, locale, msg("intake.mail.received.subject", locale), greeting, lines);
    }

    /** The team's answer with a referral, in the team's words. */
    OutgoingMail referred(String to, String language, Optional<String> addressedAs, String referral) {
        var locale = Locale.of(language);
        var lines = new String[] {msg("intake.mail.referred.body", locale), referral, msg("intake.mail.referred.next", locale),
                msg("intake.mail.closing", locale)};
        return mail(to, locale, msg("intake.mail.referred.subject", locale), greeting(locale, addressedAs), lines);
    }

    private OutgoingMail mail(String to, Locale locale, String subject, String greeting, String[] paragraphs) {
        var plain = new StringBuilder(greeting).append("\n\n");
        var html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(greeting)).append("</p>");
        for (var paragraph : paragraphs) {
            plain.append(paragraph).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return new OutgoingMail(to, locale, subject, plain.toString().strip() + "\n", html.toString());
    }

    private String greeting(Locale locale, Optional<String> addressedAs) {
        return addressedAs.map(name -> messages.getMessage("intake.mail.greeting", new Object[] {name}, locale))
                .orElseGet(() -> msg("intake.mail.greetingAnonymous", locale));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
