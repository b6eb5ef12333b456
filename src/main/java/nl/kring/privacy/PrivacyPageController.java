package nl.kring.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.kring.consent.domain.DestructionRequest;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Our privacy": download the file, ask for its destruction, and the professional's decision. */
@Controller
@RequestMapping("/families/{familyId}/privacy")
class PrivacyPageController {

    private final Destruction destruction;

    PrivacyPageController(Destruction destruction) {
        this.destruction = destruction;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var overview = destruction.overview(user, familyId);
        model.addAttribute("family", overview.family());
        model.addAttribute("requests", overview.requests());
        model.addAttribute("statements", overview.statements());
        model.addAttribute("memberNames", overview.family().members().stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.id(), m -> m.givenName())));
        model.addAttribute("mayRequest", overview.mayRequest());
        model.addAttribute("mayDecide", overview.mayDecide());
        model.addAttribute("grounds", DestructionRequest.RefusalGround.values());
        return "privacy/privacy";
    }

    @PostMapping("/destruction")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirm) {
            response.setStatus(400);
            model.addAttribute("requestError", "privacy.error.confirm");
            return page(user, familyId, model);
        }
        try {
            destruction.request(user, familyId);
        } catch (Destruction.Refused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            model.addAttribute("requestError", refused.messageKey());
            return page(user, familyId, model);
        }
        redirect.addFlashAttribute("notice", "privacy.notice.requested");
        return "redirect:/families/" + familyId + "/privacy";
    }

    @PostMapping("/statements")
    String statement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(defaultValue = "STATEMENT") String kind, @RequestParam(defaultValue = "") String text,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            nl.kring.privacy.store.StatementStore.Kind chosen;
            try {
                chosen = nl.kring.privacy.store.StatementStore.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new Destruction.Refused(400, "privacy.error.statementKind", "kind");
            }
            destruction.addStatement(user, familyId, chosen, text);
        } catch (Destruction.Refused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            model.addAttribute("statementError", refused.messageKey());
            model.addAttribute("statementText", text);
            return page(user, familyId, model);
        }
        redirect.addFlashAttribute("notice", "privacy.notice.statement");
        return "redirect:/families/" + familyId + "/privacy";
    }

    @PostMapping("/destruction/{requestId}/refuse")
    String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID requestId,
            @RequestParam(defaultValue = "") String ground, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            destruction.refuse(user, familyId, requestId, ground, reason);
        } catch (Destruction.Refused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            model.addAttribute("decisionError", refused.messageKey());
            model.addAttribute("reason", reason);
            return page(user, familyId, model);
        }
        redirect.addFlashAttribute("notice", "privacy.notice.refused");
        return "redirect:/families/" + familyId + "/privacy";
    }

    @PostMapping("/destruction/{requestId}/execute")
    String execute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID requestId,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirm) {
            response.setStatus(400);
            model.addAttribute("decisionError", "privacy.error.confirm");
            return page(user, familyId, model);
        }
        destruction.execute(user, familyId, requestId);
        redirect.addFlashAttribute("notice", "privacy.notice.destroyed");
        return "redirect:/families";
    }
}
