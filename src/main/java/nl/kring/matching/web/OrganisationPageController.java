package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.MatchingRefusal;
import nl.kring.matching.Organisations;
import nl.kring.platform.web.FormValues;
import nl.kring.platform.web.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for organisations and their coordinators (the URL rule {@code /admin/**} requires the role). */
@Controller
class OrganisationPageController {

    private final Organisations organisations;

    OrganisationPageController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/admin/organisations")
    String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
        return listPage(admin, model, "");
    }

    @PostMapping("/admin/organisations")
    String create(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "") String name, Model model,
            HttpServletResponse response) {
        try {
            var id = organisations.create(admin, name);
            return "redirect:/admin/organisations/" + id;
        } catch (MatchingRefusal refused) {
            response.setStatus(refused.status());
            model.addAttribute("errorKey", refused.messageKey());
            return listPage(admin, model, name);
        }
    }

    @GetMapping("/admin/organisations/{id}")
    String details(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
        return detailsPage(admin, id, model);
    }

    @PostMapping("/admin/organisations/{id}/coordinators")
    String addCoordinator(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String account, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            organisations.addCoordinator(admin, id, FormValues.uuid(account, "matching.organisation.error.notCoordinator", "account"));
        } catch (Refusal refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("errorKey", refused.messageKey());
            return detailsPage(admin, id, model);
        }
        redirect.addFlashAttribute("notice", "matching.organisation.coordinatorAdded");
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/admin/organisations/{id}/coordinators/{accountId}/remove")
    String removeCoordinator(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID accountId,
            RedirectAttributes redirect) {
        organisations.removeCoordinator(admin, id, accountId);
        redirect.addFlashAttribute("notice", "matching.organisation.coordinatorRemoved");
        return "redirect:/admin/organisations/" + id;
    }

    private String listPage(CurrentUser admin, Model model, String name) {
        model.addAttribute("organisations", organisations.all(admin));
        model.addAttribute("name", name);
        return "matching/organisations";
    }

    private String detailsPage(CurrentUser admin, UUID id, Model model) {
        var details = organisations.details(admin, id);
        var current = details.coordinators().stream().map(c -> c.accountId()).toList();
        model.addAttribute("details", details);
        model.addAttribute("eligible", organisations.eligibleCoordinators(admin).stream()
                .filter(a -> !current.contains(a.id())).toList());
        return "matching/organisation";
    }
}
