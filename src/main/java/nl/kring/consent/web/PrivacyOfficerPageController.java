package nl.kring.consent.web;

import java.util.HashSet;
import java.util.UUID;
import nl.kring.consent.SharingExceptions;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy officer's page: for the families of their team, what is hidden from the family for a
 * child's safety, and who read under it. Nothing else of the files. Anyone else: not found.
 */
@Controller
class PrivacyOfficerPageController {

    private final SharingExceptions exceptions;
    private final Accounts accounts;

    PrivacyOfficerPageController(SharingExceptions exceptions, Accounts accounts) {
        this.exceptions = exceptions;
        this.accounts = accounts;
    }

    @GetMapping("/privacy-officer")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.has(Role.PRIVACY_OFFICER)) {
            throw new NotFound();
        }
        var families = exceptions.hiddenForReview(user);
        var ids = new HashSet<UUID>();
        families.forEach(f -> {
            f.exceptions().forEach(e -> ids.add(e.exception().recordedBy()));
            f.hiddenAudit().forEach(r -> r.accountId().ifPresent(ids::add));
        });
        model.addAttribute("families", families);
        model.addAttribute("names", accounts.displayNames(ids));
        model.addAttribute("hasTeam", user.teamId().isPresent());
        return "consent/privacy-officer";
    }

    private static final class NotFound extends nl.kring.platform.web.Refusal {
        NotFound() {
            super(404, "error.notFound", null);
        }
    }
}
