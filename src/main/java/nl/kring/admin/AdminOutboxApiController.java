package nl.kring.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.mail.Outbox;
import nl.kring.mail.StoredMail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/outbox")
@Tag(name = "Outbox", description = "E-mail Kring wrote, sent or not, for administrators; demo mode only")
@SecurityRequirement(name = "bearer")
class AdminOutboxApiController {

    /** The newest messages first, at most {@link Outbox#LIMIT}. */
    record Messages(List<Item> items) {}

    /**
     * One message. {@code state}: QUEUED (waiting), SENT, FAILED (retried), OUTBOX (no SMTP server
     * configured: not sent). {@code sentAt} is null until it was sent.
     */
    record Item(UUID id, String to, String subject, String state, Instant createdAt, Instant sentAt, String plainText) {
        static Item of(StoredMail mail) {
            return new Item(mail.id(), mail.to(), mail.subject(), mail.state().name(), mail.createdAt(), mail.sentAt().orElse(null),
                    mail.plainText());
        }
    }

    private final Outbox outbox;

    AdminOutboxApiController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "The e-mail Kring wrote, newest first, with its state (OUTBOX: not sent, no SMTP server configured); "
            + "only in demo mode, 404 otherwise; the read is audited")
    Messages list(@AuthenticationPrincipal CurrentUser admin) {
        return new Messages(outbox.list(admin.accountId(), admin.roleCodes()).stream().map(Item::of).toList());
    }
}
