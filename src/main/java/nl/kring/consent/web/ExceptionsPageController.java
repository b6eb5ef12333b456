package nl.kring.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.Sharing;
import nl.kring.consent.SharingExceptions;
import nl.kring.consent.domain.SharingException;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.FormValues;
import nl.kring.platform.web.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Delen zonder toestemming": the assigned professionals record and end exceptions. */
@Controller
@RequestMapping("/families/{familyId}/exceptions")
class ExceptionsPageController {

    private final SharingExceptions exceptions;
    private final Accounts accounts;
    private final java.time.Clock clock;
    private final Sharing sharing;

    ExceptionsPageController(SharingExceptions exceptions, Accounts accounts, java.time.Clock clock, Sharing sharing) {
        this.sharing = sharing;
        this.exceptions = exceptions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the new-exception form sends, kept as typed. */
    public record ExceptionForm(String subject, String reason, String justification, String recipient, String recipientUsername,
            List<String> categories, String start, String end, boolean hidden) {
        public boolean has(String category) {
            return categories.contains(category);
        }
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var overview = exceptions.overview(user, familyId);
        model.addAttribute("family", overview.family());
        model.addAttribute("exceptions", overview.exceptions());
        model.addAttribute("youths", overview.youths());
        model.addAttribute("categories", sharing.categories());
        model.addAttribute("reasons", SharingException.Reason.values());
        model.addAttribute("maxJustification", SharingExceptions.MAX_JUSTIFICATION);
        var ids = new HashSet<UUID>();
        overview.exceptions().forEach(e -> ids.add(e.exception().recordedBy()));
        model.addAttribute("names", accounts.displayNames(ids));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ExceptionForm(overview.youths().isEmpty() ? "" : overview.youths().getFirst().id().toString(),
                    SharingException.Reason.CHILD_SAFETY.name(), "", "", "", List.of(), LocalDate.now(clock).toString(), "", false));
        }
        return "consent/exceptions";
    }

    @PostMapping
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String justification, @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String recipientUsername, @RequestParam(required = false) List<String> categories,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "false") boolean hidden,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = new ExceptionForm(subject, reason, justification, recipient, recipientUsername,
                categories == null ? List.of() : categories, start, end, hidden);
        try {
            Sharing.RecipientChoice chosen = SharingPageController.ACCOUNT.equals(recipient)
                    ? new Sharing.RecipientChoice.Account(recipientUsername)
                    : new Sharing.RecipientChoice.NetworkContact(FormValues.uuid(recipient, "consent.error.recipient", "recipient"));
            exceptions.record(user, familyId, new SharingExceptions.NewException(FormValues.uuid(subject, "consent.error.subject", "subject"), reason,
                    justification, chosen, Set.copyOf(form.categories()), FormValues.optionalDate(start, "consent.error.start", "start").orElse(null),
                    FormValues.optionalDate(end, "consent.error.end", "end"), hidden));
        } catch (Sharing.Refused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return refusedForm(user, familyId, form, refused.messageKey(), refused.field(), model, response);
        } catch (Refusal bad) {
            if (bad.status() != 400) {
                throw bad;
            }
            return refusedForm(user, familyId, form, bad.messageKey(), bad.field(), model, response);
        }
        redirect.addFlashAttribute("notice", hidden ? "exceptions.notice.recordedHidden" : "exceptions.notice.recorded");
        return "redirect:/families/" + familyId + "/exceptions";
    }

    @PostMapping("/{exceptionId}/end")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID exceptionId,
            RedirectAttributes redirect) {
        exceptions.end(user, familyId, exceptionId);
        redirect.addFlashAttribute("notice", "exceptions.notice.ended");
        return "redirect:/families/" + familyId + "/exceptions";
    }

    private String refusedForm(CurrentUser user, UUID familyId, ExceptionForm form, String messageKey, String field, Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("form", form);
        model.addAttribute("formError", messageKey);
        model.addAttribute("formField", field);
        return overview(user, familyId, model);
    }

}
