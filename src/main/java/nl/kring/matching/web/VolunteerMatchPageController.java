package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.MatchRefused;
import nl.kring.matching.Matches;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The volunteer's own matches and, per match, the contact log with the form to add a contact. */
@Controller
class VolunteerMatchPageController {

    private final Matches matches;

    VolunteerMatchPageController(Matches matches) {
        this.matches = matches;
    }

    @GetMapping("/volunteer/matches")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("matches", matches.mine(user));
        return "matching/volunteer-matches";
    }

    @GetMapping("/volunteer/matches/{id}")
    String match(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model, null, Map.of("on", "", "what", "", "how", ""));
    }

    @PostMapping("/volunteer/matches/{id}/contacts")
    String log(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String what, @RequestParam(defaultValue = "") String how, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            matches.logContact(user, id, new Matches.ContactInput(on, what, how));
        } catch (MatchRefused refused) {
            response.setStatus(400);
            return page(user, id, model, refused, Map.of("on", on, "what", what, "how", how));
        }
        redirect.addFlashAttribute("notice", "matching.contact.saved");
        return "redirect:/volunteer/matches/" + id;
    }

    private String page(CurrentUser user, UUID id, Model model, MatchRefused refused, Map<String, String> typed) {
        model.addAttribute("mine", matches.mine(user, id));
        model.addAttribute("errorKey", refused == null ? null : refused.messageKey());
        model.addAttribute("errorField", refused == null ? null : refused.field());
        model.addAttribute("typed", typed);
        return "matching/volunteer-match";
    }
}
