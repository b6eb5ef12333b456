package nl.kring.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.Sharing;
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

/** "Delen": the family decides what the people around it may see. */
@Controller
@RequestMapping("/families/{familyId}/sharing")
class SharingPageController {

    /** The recipient option "someone else with a Kring account", named by username. */
    static final String ACCOUNT = "account";

    private final Sharing sharing;

    SharingPageController(Sharing sharing) {
        this.sharing = sharing;
    }

    /** What the new-consent form sends, kept as typed. */
    public record ConsentForm(String subject, String recipient, String recipientUsername, List<String> categories, String purpose,
            String start, String end) {
        public boolean has(String category) {
            return categories.contains(category);
        }
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var overview = sharing.overview(user, familyId);
        model.addAttribute("family", overview.family());
        model.addAttribute("consents", overview.consents());
        model.addAttribute("exceptions", overview.exceptions());
        model.addAttribute("mayPropose", overview.mayPropose());
        model.addAttribute("subjects", overview.subjects());
        model.addAttribute("categories", sharing.categories());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ConsentForm(
                    overview.subjects().isEmpty() ? "" : overview.subjects().getFirst().id().toString(),
                    "", "", List.of(), "", sharing.today().toString(), ""));
        }
        return "consent/sharing";
    }

    @PostMapping
    String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String recipientUsername,
            @RequestParam(required = false) List<String> categories, @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = new ConsentForm(subject, recipient, recipientUsername, categories == null ? List.of() : categories, purpose, start, end);
        try {
            Sharing.RecipientChoice chosen = ACCOUNT.equals(recipient)
                    ? new Sharing.RecipientChoice.Account(recipientUsername)
                    : new Sharing.RecipientChoice.NetworkContact(FormValues.uuid(recipient, "consent.error.recipient", "recipient"));
            var request = new Sharing.NewConsent(FormValues.uuid(subject, "consent.error.subject", "subject"), chosen,
                    Set.copyOf(form.categories()), purpose, FormValues.optionalDate(start, "consent.error.start", "start").orElse(sharing.today()),
                    FormValues.optionalDate(end, "consent.error.end", "end"));
            sharing.propose(user, familyId, request);
            redirect.addFlashAttribute("notice", "consent.notice.proposed");
            return "redirect:/families/" + familyId + "/sharing";
        } catch (Sharing.Refused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("formError", refused.messageKey());
            model.addAttribute("formField", refused.field());
            return overview(user, familyId, model);
        } catch (Refusal bad) {
            if (bad.status() != 400) {
                throw bad;
            }
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("formError", bad.messageKey());
            model.addAttribute("formField", bad.field());
            return overview(user, familyId, model);
        }
    }

    @PostMapping("/{consentId}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consentId,
            @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        sharing.approve(user, familyId, consentId);
        redirect.addFlashAttribute("notice", "consent.notice.approved");
        return backTo(back, familyId);
    }

    @PostMapping("/{consentId}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consentId,
            @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        sharing.withdraw(user, familyId, consentId);
        redirect.addFlashAttribute("notice", "consent.notice.withdrawn");
        return backTo(back, familyId);
    }

    /** Back to the home page when the question was answered there, else to "Delen"; never to an address from the request. */
    private static String backTo(String back, UUID familyId) {
        return "home".equals(back) ? "redirect:/" : "redirect:/families/" + familyId + "/sharing";
    }

}
