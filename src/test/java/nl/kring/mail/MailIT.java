package nl.kring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.Accounts;
import nl.kring.mail.domain.MailState;
import nl.kring.mail.store.MailStore;
import nl.kring.platform.DatabaseProperties;
import nl.kring.platform.DemoMode;
import nl.kring.audit.AuditLog;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mail: sent through SMTP (GreenMail in this JVM, on the port the shared test properties name) after
 * the transaction commits, as plain text and HTML; a failing SMTP server loses nothing (the message is
 * retried); without SMTP the message stays in the outbox, which the administrator reads in demo mode.
 *
 * <p>The shared application sends to GreenMail. The paths without a working server use a second
 * {@link Mailer} on the same database, with no server or with one that refuses, so the shared context
 * stays as it is.
 */
@IntegrationTest
class MailIT {

    static final int SMTP_PORT = 39025;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired Mailer mailer;
    @Autowired MailStore store;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired AuditLog audit;
    @Autowired DatabaseProperties database;
    @Autowired Accounts accounts;

    static OutgoingMail mail(String marker) {
        return new OutgoingMail("ouder-" + marker + "@example.org", Locale.of("nl"), "Uitnodiging voor Kring " + marker,
                "Hallo,\n\nJe bent uitgenodigd. " + marker, "<p>Hallo,</p><p>Je bent <strong>uitgenodigd</strong>. " + marker + "</p>");
    }

    MimeMessage received(String marker) throws Exception {
        SMTP.waitForIncomingEmail(10_000, 1);
        var deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).endsWith(marker)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message " + marker + " arrived");
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMessageIsSentAfterCommitAsPlainTextAndHtml() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var id = new TransactionTemplate(transactions).execute(tx -> {
            var stored = mailer.send(mail(marker));
            // written in the caller's transaction, not sent before it commits
            assertThat(store.find(stored).orElseThrow().state()).isEqualTo(MailState.QUEUED);
            assertThat(SMTP.getReceivedMessages()).noneMatch(m -> subject(m).endsWith(marker));
            return stored;
        });

        var message = received(marker);
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("ouder-" + marker + "@example.org");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("kring-test@localhost");
        assertThat(message.getSubject()).isEqualTo("Uitnodiging voor Kring " + marker);
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Je bent uitgenodigd. " + marker);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>uitgenodigd</strong>");

        var stored = store.find(id).orElseThrow();
        assertThat(stored.state()).isEqualTo(MailState.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isPresent();
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var tx = new TransactionTemplate(transactions);
        var id = tx.execute(status -> {
            var stored = mailer.send(mail(marker));
            status.setRollbackOnly();
            return stored;
        });
        assertThat(store.find(id)).isEmpty();
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).noneMatch(m -> subject(m).endsWith(marker));
    }

    @Test
    void aFailingSmtpServerLosesNothingTheRetrySendsItLater() throws Exception {
        var refusing = new JavaMailSenderImpl();
        refusing.setHost("localhost");
        refusing.setPort(freePortNobodyListensOn());
        var broken = new Mailer(store, refusing, 3, "kring-test@localhost", clock, transactions);
        var marker = UUID.randomUUID().toString().substring(0, 8);

        var id = broken.send(mail(marker));

        var failed = store.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(MailState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).hasValueSatisfying(e -> assertThat(e).containsIgnoringCase("connect"));
        assertThat(failed.sentAt()).isEmpty();

        // the shared application's retry (every minute) sends it through the working server
        mailer.retryDue();
        var message = received(marker);
        assertThat(message.getSubject()).endsWith(marker);
        var sent = store.find(id).orElseThrow();
        assertThat(sent.state()).isEqualTo(MailState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isEmpty();
    }

    @Test
    void withoutSmtpTheMessageStaysInTheOutboxAndTheAdministratorSeesIt() throws Exception {
        var noSmtp = new Mailer(store, null, 3, "kring-test@localhost", clock, transactions);
        assertThat(noSmtp.sending()).isFalse();
        var marker = UUID.randomUUID().toString().substring(0, 8);

        var id = noSmtp.send(mail(marker));

        var kept = store.find(id).orElseThrow();
        assertThat(kept.state()).isEqualTo(MailState.OUTBOX);
        assertThat(kept.attempts()).isZero();
        // not even the application's retry sends an outbox message
        mailer.retryDue();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(MailState.OUTBOX);
        assertThat(SMTP.getReceivedMessages()).noneMatch(m -> subject(m).endsWith(marker));

        // the API, for the administrator
        var admin = accounts.findByUsername("demo-admin").orElseThrow().id();
        var auditedBefore = outboxReads(admin);
        var response = Http.withToken(port, "demo-token-admin").get("/api/v1/admin/outbox");
        assertThat(response.statusCode()).isEqualTo(200);
        var items = JSON.readTree(response.body()).get("items");
        var item = java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("id").asString().equals(id.toString())).findFirst().orElseThrow();
        assertThat(item.get("to").asString()).isEqualTo("ouder-" + marker + "@example.org");
        assertThat(item.get("subject").asString()).isEqualTo("Uitnodiging voor Kring " + marker);
        assertThat(item.get("state").asString()).isEqualTo("OUTBOX");
        assertThat(item.get("createdAt").isNull()).isFalse();
        assertThat(item.get("sentAt").isNull()).isTrue();
        assertThat(item.get("plainText").asString()).contains("Je bent uitgenodigd. " + marker);
        assertThat(outboxReads(admin)).isEqualTo(auditedBefore + 1);

        // the pages: the list marks it "niet verzonden", the message shows its text and escapes its HTML
        var page = Http.signedIn(port, "demo-admin", "kring-demo");
        var list = page.get("/admin/outbox");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/admin/outbox/" + id).contains("Niet verzonden").contains("Uitnodiging voor Kring " + marker);
        assertThat(page.get("/").body()).contains("href=\"/admin/outbox\"");
        var detail = page.get("/admin/outbox/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("Je bent uitgenodigd. " + marker).contains("&lt;strong&gt;uitgenodigd&lt;/strong&gt;")
                .doesNotContain("<strong>uitgenodigd</strong>");
        assertThat(page.get("/admin/outbox/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheAdministratorReadsTheOutbox() {
        for (var token : java.util.List.of("demo-token-professional", "demo-token-parent")) {
            assertThat(Http.withToken(port, token).get("/api/v1/admin/outbox").statusCode()).as(token).isIn(403, 404);
        }
        assertThat(Http.anonymous(port).get("/api/v1/admin/outbox").statusCode()).isEqualTo(401);
        assertThat(Http.signedIn(port, "demo-professional", "kring-demo").get("/admin/outbox").statusCode()).isIn(403, 404);
    }

    @Test
    void outsideDemoModeThereIsNoOutbox() {
        var realMode = new Outbox(store, new DemoMode(database, false), audit);
        assertThat(realMode.available()).isFalse();
        assertThatThrownBy(() -> realMode.list(UUID.randomUUID(), "ADMINISTRATOR"))
                .isInstanceOfSatisfying(Outbox.NotFound.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theOutboxIsInTheApiDescription() {
        var description = Http.anonymous(port).get("/api/v1/openapi.json").body();
        assertThat(description).contains("/api/v1/admin/outbox").contains("\"Outbox\"");
    }

    int outboxReads(UUID account) {
        return jdbc.sql("select count(*) from audit_event where action = 'OUTBOX_LIST' and account_id = ? and channel = 'API'")
                .param(account).query(Integer.class).single();
    }

    static int freePortNobodyListensOn() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
