package nl.kring.admin;

import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.mail.Outbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The outbox in demo mode: every message Kring wrote, with what was not sent clearly marked; a message
 * shows its plain text, and its HTML part as source text (never rendered in Kring's own pages). Outside
 * demo mode both pages answer 404. The URL rule {@code /admin/**} requires the administrator role.
 */
@Controller
@RequestMapping("/admin/outbox")
class AdminOutboxController {

    private final Outbox outbox;

    AdminOutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("messages", outbox.list(admin.accountId(), admin.roleCodes()));
        return "admin/outbox";
    }

    @GetMapping("/{id}")
    String message(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
        model.addAttribute("message", outbox.read(admin.accountId(), admin.roleCodes(), id));
        return "admin/outbox-message";
    }
}
