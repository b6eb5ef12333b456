package nl.kring.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.intake.TeamAreas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for the postcode areas of teams (the URL rule {@code /admin/**} requires the role). */
@Controller
class PostcodeAreaPageController {

    private final TeamAreas areas;

    PostcodeAreaPageController(TeamAreas areas) {
        this.areas = areas;
    }

    @GetMapping("/admin/teams")
    String teams(@AuthenticationPrincipal CurrentUser admin, Model model) {
        model.addAttribute("teams", areas.teams(admin));
        return "intake/teams";
    }

    @GetMapping("/admin/teams/{id}/postcodes")
    String team(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
        return fill(admin, id, model, "", "");
    }

    @PostMapping("/admin/teams/{id}/postcodes")
    String add(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            areas.add(admin, id, from, to);
        } catch (TeamAreas.AreaRefused refused) {
            response.setStatus(refused.status());
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("overlapping", refused.overlapping().map(Object::toString).orElse(null));
            model.addAttribute("overlappingTeam", refused.overlappingTeam());
            return fill(admin, id, model, from, to);
        }
        redirect.addFlashAttribute("notice", "intake.area.added");
        return "redirect:/admin/teams/" + id + "/postcodes";
    }

    @PostMapping("/admin/teams/{id}/postcodes/{areaId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID areaId, RedirectAttributes redirect) {
        areas.remove(admin, id, areaId);
        redirect.addFlashAttribute("notice", "intake.area.removed");
        return "redirect:/admin/teams/" + id + "/postcodes";
    }

    private String fill(CurrentUser admin, UUID id, Model model, String from, String to) {
        model.addAttribute("team", areas.team(admin, id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "intake/postcodes";
    }
}
