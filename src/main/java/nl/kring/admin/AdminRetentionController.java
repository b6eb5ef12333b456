package nl.kring.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Period;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.privacy.Retention;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closed files whose retention period has passed (the URL rule {@code /admin/**} requires the
 * administrator role). The list links to a confirmation page per file; only its form, sent with the box
 * ticked, destroys the file.
 */
@Controller
@RequestMapping("/admin/retention")
class AdminRetentionController {

    private final Retention retention;
    private final Accounts accounts;
    private final MessageSource messages;

    AdminRetentionController(Retention retention, Accounts accounts, MessageSource messages) {
        this.retention = retention;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser admin, Model model, Locale locale) {
        var teamNames = RetentionRow.teamNames(accounts.teams());
        model.addAttribute("files", retention.dueFiles(admin).stream().map(file -> RetentionRow.of(file, teamNames)).toList());
        model.addAttribute("afterCare", periodText(retention.policy().afterCare(), locale));
        return "admin/retention";
    }

    @GetMapping("/{familyId}")
    String confirmation(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID familyId, Model model, Locale locale) {
        model.addAttribute("file", RetentionRow.of(retention.dueFile(admin, familyId), RetentionRow.teamNames(accounts.teams())));
        model.addAttribute("afterCare", periodText(retention.policy().afterCare(), locale));
        return "admin/retention-confirm";
    }

    @PostMapping("/{familyId}/destruction")
    String destroy(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID familyId,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!confirm) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmError", "retention.error.confirm");
            return confirmation(admin, familyId, model, locale);
        }
        retention.destroy(admin, familyId);
        redirect.addFlashAttribute("destroyed", RetentionRow.reference(familyId));
        return "redirect:/admin/retention";
    }

    /** "20 jaar", "1 jaar, 6 maanden": the period as configured, in words. */
    private String periodText(Period period, Locale locale) {
        var parts = new ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(messages.getMessage("retention.period.years", new Object[] {period.getYears()}, locale));
        }
        if (period.getMonths() != 0) {
            parts.add(messages.getMessage("retention.period.months", new Object[] {period.getMonths()}, locale));
        }
        if (period.getDays() != 0) {
            parts.add(messages.getMessage("retention.period.days", new Object[] {period.getDays()}, locale));
        }
        return String.join(", ", parts);
    }
}
