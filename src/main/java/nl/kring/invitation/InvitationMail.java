package nl.kring.invitation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.kring.invitation.domain.Invitation;
import nl.kring.mail.Mailer;
import nl.kring.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation mail, in the invitee's language, as plain text and HTML. The subject says only what kind
 * of message it is; names and the link are in the body.
 */
@Component
class InvitationMail {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private final Mailer mailer;
    private final MessageSource messages;

    InvitationMail(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    void send(Invitation invitation, String inviterName, String link) {
        var language = invitation.language();
        var until = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(invitation.expiresAt().atZone(DUTCH));
        var role = messages.getMessage("invitation.role." + invitation.role().name(), null, language);
        String greeting = messages.getMessage("invitation.mail.greeting", new Object[] {invitation.inviteeName()}, language);
        String body = messages.getMessage("invitation.mail.body", new Object[] {inviterName, role}, language);
        String action = messages.getMessage("invitation.mail.action", null, language);
        String validity = messages.getMessage("invitation.mail.validity", new Object[] {until}, language);
        String notYou = messages.getMessage("invitation.mail.notYou", null, language);
        var text = String.join("\n\n", greeting, body, action + "\n" + link, validity, notYou) + "\n";
        var html = "<p>" + esc(greeting) + "</p>\n<p>" + esc(body) + "</p>\n<p><a href=\"" + esc(link) + "\">" + esc(action) + "</a></p>\n<p>"
                + esc(validity) + "</p>\n<p>" + esc(notYou) + "</p>\n";
        mailer.send(new OutgoingMail(invitation.email(), language, messages.getMessage("invitation.mail.subject", null, language), text, html));
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
