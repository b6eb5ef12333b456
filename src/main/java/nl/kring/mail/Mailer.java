package nl.kring.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.kring.mail.domain.Delivery;
import nl.kring.mail.domain.MailState;
import nl.kring.mail.store.MailStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends e-mail so that no message is lost silently. {@link #send} writes the message to the table
 * {@code mail_message} in the caller's transaction; only after that transaction has committed is it
 * handed to the SMTP server (multipart/alternative: plain text and HTML). If the server fails or cannot
 * be reached, the message stays {@link MailState#FAILED} and is retried every minute, up to
 * {@code kring.mail.max-attempts} attempts. If the caller's transaction rolls back, the message is gone
 * with it, as it should be: what it announced did not happen.
 *
 * <p>Without an SMTP server ({@code KRING_MAIL_HOST} not set) nothing is sent: the message is kept as
 * {@link MailState#OUTBOX}, "niet verzonden", and in demo mode the administrator reads it in the outbox.
 *
 * <p>Sending after commit happens on the caller's thread, so a request waits for the SMTP server at most
 * its configured time-outs ({@code spring.mail.properties.mail.smtp.*timeout}).
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** A node that claimed a message holds it this long; if it dies while sending, another node retries then. */
    static final Duration HOLD = Duration.ofMinutes(5);

    /** A queued message not sent after commit within this time is picked up by the retry. */
    static final Duration AFTER_COMMIT_GRACE = Duration.ofMinutes(1);

    static final int RETRY_BATCH = 50;

    private final MailStore store;
    private final JavaMailSender sender;
    private final Delivery delivery;
    private final String from;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    @Autowired
    Mailer(MailStore store, ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kring.mail.from:kring@localhost}") String from, @Value("${kring.mail.max-attempts:10}") int maxAttempts,
            Clock clock, PlatformTransactionManager transactions) {
        this(store, StringUtils.hasText(host) ? sender.getIfAvailable() : null, maxAttempts, from, clock, transactions);
    }

    /** A mailer that sends through {@code sender}, or keeps everything in the outbox when it is {@code null}. */
    Mailer(MailStore store, JavaMailSender sender, int maxAttempts, String from, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.sender = sender;
        this.delivery = new Delivery(sender != null, maxAttempts);
        this.from = from;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (sender == null) {
            log.info("No SMTP server configured (KRING_MAIL_HOST): e-mail is kept in the outbox, not sent");
        }
    }

    /**
     * Writes the message in the caller's transaction and sends it once that has committed (at once, if
     * there is no transaction). The subject must never contain personal data; see {@link OutgoingMail}.
     *
     * @return the id of the stored message
     */
    @Transactional
    public UUID send(OutgoingMail mail) {
        var state = delivery.initialState();
        var id = store.insert(mail, state, clock.instant());
        if (state == MailState.OUTBOX) {
            log.info("Mail {} not sent: no SMTP server configured; it is in the outbox", id);
            return id;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id);
                }
            });
        } else {
            deliver(id);
        }
        return id;
    }

    /** Whether an SMTP server is configured; without one every message stays in the outbox. */
    public boolean sending() {
        return delivery.smtpConfigured();
    }

    /** Every minute: messages that failed, or that were not sent after commit, are tried again. */
    @Scheduled(fixedDelayString = "${kring.mail.retry-interval:PT1M}", initialDelayString = "${kring.mail.retry-interval:PT1M}")
    public void retryDue() {
        if (!delivery.smtpConfigured()) {
            return;
        }
        var now = clock.instant();
        var due = ownTransaction.execute(tx -> store.claimDue(delivery.maxAttempts(), now.minus(AFTER_COMMIT_GRACE), now, HOLD, RETRY_BATCH));
        due.forEach(this::attempt);
    }

    /** Sends one message now if it is still to be sent and no other node is sending it. */
    void deliver(UUID id) {
        try {
            ownTransaction.execute(tx -> store.claim(id, delivery.maxAttempts(), clock.instant(), HOLD)).ifPresent(this::attempt);
        } catch (RuntimeException e) {
            // the message is stored; the retry will find it
            log.warn("Mail {} could not be claimed for sending; the retry will send it", id, e);
        }
    }

    private void attempt(StoredMail mail) {
        try {
            sender.send(mime(mail));
            ownTransaction.executeWithoutResult(tx -> store.markSent(mail.id(), clock.instant()));
            log.info("Mail {} sent", mail.id());
        } catch (RuntimeException | MessagingException e) {
            var error = Delivery.errorText(e);
            int attempts = ownTransaction.execute(tx -> store.markFailed(mail.id(), error, clock.instant()));
            if (delivery.willRetry(attempts)) {
                log.warn("Mail {} not sent (attempt {} of {}), will retry: {}", mail.id(), attempts, delivery.maxAttempts(), error);
            } else {
                log.error("Mail {} not sent after {} attempts, giving up; it stays FAILED: {}", mail.id(), attempts, error);
            }
        }
    }

    private MimeMessage mime(StoredMail mail) throws MessagingException {
        var message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", mail.language().toLanguageTag());
        message.setHeader("Auto-Submitted", "auto-generated");
        var plain = new MimeBodyPart();
        plain.setText(mail.plainText(), StandardCharsets.UTF_8.name(), "plain");
        var html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }
}
