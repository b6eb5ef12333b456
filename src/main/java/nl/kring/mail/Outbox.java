package nl.kring.mail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.mail.store.MailStore;
import nl.kring.platform.DemoMode;
import nl.kring.platform.web.HttpRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: the stored messages, newest first, with what was not sent clearly marked. Only in demo
 * mode, where no real person's address is in it; outside demo mode it does not exist (404). The caller
 * (the administrator's pages and API, behind {@code /admin/**} and {@code /api/v1/admin/**}) names the
 * reading account; every read is audited in the same transaction.
 *
 * <p>It takes account ids rather than the identity module's types, so that the identity module can send
 * mail (invitations) without a cycle.
 */
@Service
public class Outbox {

    public static final int LIMIT = 200;

    private final MailStore store;
    private final DemoMode demo;
    private final AuditLog audit;

    Outbox(MailStore store, DemoMode demo, AuditLog audit) {
        this.store = store;
        this.demo = demo;
        this.audit = audit;
    }

    /** Whether the outbox exists here: in demo mode only. */
    public boolean available() {
        return demo.enabled();
    }

    @Transactional
    public List<StoredMail> list(UUID accountId, String actingRoles) {
        requireDemo();
        var messages = store.newest(LIMIT);
        audit.record(new AuditEntry(Optional.of(accountId), actingRoles, Optional.empty(),
                messages.stream().map(m -> m.id().toString()).toList(), MailAuditAction.OUTBOX_LIST, Channel.current(), Outcome.ALLOWED));
        return messages;
    }

    @Transactional
    public StoredMail read(UUID accountId, String actingRoles, UUID id) {
        requireDemo();
        var message = store.find(id).orElseThrow(NotFound::new);
        audit.record(new AuditEntry(Optional.of(accountId), actingRoles, Optional.empty(), List.of(id.toString()),
                MailAuditAction.OUTBOX_READ, Channel.current(), Outcome.ALLOWED));
        return message;
    }

    private void requireDemo() {
        if (!demo.enabled()) {
            throw new NotFound();
        }
    }

    /** No such message, or no outbox outside demo mode. */
    public static class NotFound extends RuntimeException implements HttpRefusal {
        NotFound() {
            super("no such message in the outbox");
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String messageKey() {
            return "error.notFound";
        }
    }
}
