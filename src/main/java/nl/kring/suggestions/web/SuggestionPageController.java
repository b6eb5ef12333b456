package nl.kring.suggestions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.network.domain.SupportType;
import nl.kring.platform.web.HttpRefusal;
import nl.kring.suggestions.Suggestions;
import nl.kring.suggestions.api.ChoiceInput;
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
 * "Wie kan helpen?": per open need the lightest fitting support first, with the family's own needs and its choices.
 * A refused form shows the page again with what was typed and the translated reason at the field.
 */
@Controller
@RequestMapping("/families/{familyId}/suggestions")
class SuggestionPageController {

    private final Suggestions suggestions;

    SuggestionPageController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** A refused form: which one, the field, the reason, and what was typed. */
    public record FormError(String form, String field, String messageKey, Map<String, String> typed) {
        public String value(String name) {
            return typed.getOrDefault(name, "");
        }
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam(defaultValue = "") String region,
            Model model) {
        return render(user, familyId, region, null, model);
    }

    @PostMapping("/needs")
    String addNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String supportType, @RequestParam(defaultValue = "") String region, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            suggestions.addNeed(user, familyId, text, ChoiceInput.supportType(supportType, "supportType", true));
            redirect.addFlashAttribute("notice", "suggestions.own.added");
            return redirectTo(familyId, region);
        } catch (RuntimeException failure) {
            return refused(user, familyId, region, failure, "own", Map.of("text", text, "supportType", supportType), model, response);
        }
    }

    @PostMapping("/needs/{needId}/close")
    String closeNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID needId,
            @RequestParam(defaultValue = "") String region, RedirectAttributes redirect) {
        suggestions.closeNeed(user, familyId, needId);
        redirect.addFlashAttribute("notice", "suggestions.own.closed");
        return redirectTo(familyId, region);
    }

    @PostMapping("/choices")
    String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var region = form.getOrDefault("region", "");
        var formId = form.getOrDefault("form", "");
        try {
            var choice = ChoiceInput.choice(form.get("kind"), Optional.ofNullable(form.get("planId")), form.get("what"), form.get("supportType"),
                    form.get("when"), form.get("start"), form.get("note"));
            var chosen = suggestions.choose(user, familyId, form.getOrDefault("need", ""), form.getOrDefault("ref", ""),
                    Optional.of(region), choice);
            redirect.addFlashAttribute("notice", "suggestions.chosen." + chosen.kind().name());
            chosen.proposed().ifPresent(p -> redirect.addFlashAttribute("proposedPlan", p.planId()));
            return redirectTo(familyId, region);
        } catch (RuntimeException failure) {
            return refused(user, familyId, region, failure, formId, form, model, response);
        }
    }

    private String refused(CurrentUser user, UUID familyId, String region, RuntimeException failure, String formId, Map<String, String> typed,
            Model model, HttpServletResponse response) {
        // a file that is not there, or not for this reader, is the refusal page; what the reader can put right is the form again
        if (!(failure instanceof HttpRefusal refusal) || refusal.status() == 404
                || refusal.status() == 403 && !"suggestions.error.familyDecides".equals(refusal.messageKey())) {
            throw failure;
        }
        response.setStatus(refusal.status());
        return render(user, familyId, region, new FormError(formId, refusal.field() == null ? "" : refusal.field(), refusal.messageKey(),
                Map.copyOf(typed)), model);
    }

    private String render(CurrentUser user, UUID familyId, String region, FormError error, Model model) {
        var shown = suggestions.open(user, familyId, Optional.of(region));
        model.addAttribute("shown", shown);
        model.addAttribute("family", shown.family());
        model.addAttribute("region", region);
        model.addAttribute("supportTypes", SupportType.values());
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        model.addAttribute("formError", error);
        return "suggestions/suggestions";
    }

    private static String redirectTo(UUID familyId, String region) {
        var query = region == null || region.isBlank() ? ""
                : "?region=" + java.net.URLEncoder.encode(region.strip(), java.nio.charset.StandardCharsets.UTF_8);
        return "redirect:/families/" + familyId + "/suggestions" + query;
    }
}
