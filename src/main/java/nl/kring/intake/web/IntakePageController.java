package nl.kring.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.intake.IntakeRefused;
import nl.kring.intake.SupportRequests;
import nl.kring.intake.domain.IntakeAccess;
import nl.kring.intake.domain.SupportRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's intake list ("aanmeldlijst") and one request with its actions: accept into a new file, or refer. */
@Controller
class IntakePageController {

    private final SupportRequests requests;

    IntakePageController(SupportRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/intake")
    String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        var all = requests.intakeList(user);
        var handlers = requests.handlers(all);
        model.addAttribute("open", all.stream().filter(SupportRequest::open).map(r -> RequestView.of(r, handlers, locale)).toList());
        model.addAttribute("handled", all.stream().filter(r -> !r.open()).map(r -> RequestView.of(r, handlers, locale)).toList());
        return "intake/list";
    }

    @GetMapping("/intake/{id}")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
        return fill(user, requests.read(user, id), locale, model, "");
    }

    @PostMapping("/intake/{id}/refer")
    String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            requests.refer(user, id, text);
        } catch (IntakeRefused refused) {
            response.setStatus(refused.status());
            model.addAttribute("referError", refused.messageKey());
            return fill(user, requests.read(user, id), locale, model, text);
        }
        redirect.addFlashAttribute("notice", "intake.refer.done");
        return "redirect:/intake/" + id;
    }

    private String fill(CurrentUser user, SupportRequest request, Locale locale, Model model, String referral) {
        model.addAttribute("request", RequestView.of(request, requests.handlers(java.util.List.of(request)), locale));
        model.addAttribute("mayAccept", requests.mayAccept(user, request));
        model.addAttribute("mayRefer", request.open() && IntakeAccess.refer(user, request) == IntakeAccess.Decision.PERMIT);
        model.addAttribute("referral", referral);
        return "intake/request";
    }
}
