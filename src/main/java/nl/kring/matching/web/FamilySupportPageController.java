package nl.kring.matching.web;

import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.Matches;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's side of its matches, in its file: the running match (programme, volunteer, stage), and sharing
 * whether youth care is in use, as the file's care situation says, for the baseline or end measurement.
 */
@Controller
class FamilySupportPageController {

    private final Matches matches;

    FamilySupportPageController(Matches matches) {
        this.matches = matches;
    }

    @GetMapping("/families/{id}/support")
    String support(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("matches", matches.ofFamily(user, id));
        model.addAttribute("familyId", id);
        return "matching/family-support";
    }

    @PostMapping("/families/{id}/support/{matchId}/care-situation")
    String share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID matchId,
            @RequestParam(defaultValue = "") String kind, RedirectAttributes redirect) {
        matches.shareCareSituation(user, id, matchId, kind);
        redirect.addFlashAttribute("notice", "matching.family.shared");
        return "redirect:/families/" + id + "/support";
    }
}
