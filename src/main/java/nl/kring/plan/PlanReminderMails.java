package nl.kring.plan;

import java.time.Clock;
import java.util.Locale;
import nl.kring.identity.Accounts;
import nl.kring.mail.Mailer;
import nl.kring.mail.OutgoingMail;
import nl.kring.plan.store.PlanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Mails the reminders of accepted plans (the follow-up four weeks after acceptance, each evaluation moment)
 * to the family members who accepted the plan, once each. The message names no family and no plan: it
 * only asks them to sign in; the home page shows the same reminder.
 */
@Component
class PlanReminderMails {

    private static final Logger LOG = LoggerFactory.getLogger(PlanReminderMails.class);

    private final PlanStore store;
    private final Plans plans;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    PlanReminderMails(PlanStore store, Plans plans, Accounts accounts, Mailer mailer, MessageSource messages, Clock clock,
            @Value("${kring.public-url:}") String publicUrl) {
        this.store = store;
        this.plans = plans;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
    }

    @Scheduled(fixedDelayString = "${kring.plan.reminder-interval:PT1H}", initialDelayString = "${kring.plan.reminder-delay:PT5M}")
    void sendDueReminders() {
        int sent = send();
        if (sent > 0) {
            LOG.info("Plan reminders mailed: {}", sent);
        }
    }

    /** Mails every reminder due now that was not mailed before; returns how many messages were stored. */
    @Transactional
    int send() {
        int sent = 0;
        for (var accepted : store.acceptedLatestVersions()) {
            for (var reminder : plans.remindersOf(accepted.version())) {
                if (!store.markReminderSent(accepted.version().id(), reminder.kind().name(), reminder.due(), clock.instant())) {
                    continue;
                }
                var link = publicUrl + "/families/" + accepted.familyId() + "/plans/" + accepted.planId();
                for (var acceptance : store.acceptances(accepted.version().id())) {
                    var address = accounts.emailOf(acceptance.accountId());
                    if (address.isPresent()) {
                        mailer.send(mail(address.get(), reminder.kind().name(), link, Locale.of("nl")));
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private OutgoingMail mail(String to, String kind, String link, Locale locale) {
        var subject = messages.getMessage("plan.mail.subject", null, locale);
        var body = messages.getMessage("plan.mail." + kind, null, locale);
        var closing = messages.getMessage("plan.mail.closing", null, locale);
        var plain = body + "\n\n" + link + "\n\n" + closing + "\n";
        var html = "<p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link)
                + "</a></p><p>" + HtmlUtils.htmlEscape(closing) + "</p>";
        return new OutgoingMail(to, locale, subject, plain, html);
    }
}
