package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.MatchingRefusal;
import nl.kring.matching.Programmes;
import nl.kring.matching.domain.MatchCriterion;
import nl.kring.matching.domain.ProgrammeSettings;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.SupportForm;
import nl.kring.platform.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's pages for the programmes of their organisations: the list, a new programme (empty or
 * from a template) and a programme's settings. A refused form comes back with what was typed and the field.
 */
@Controller
class ProgrammePageController {

    private final Programmes programmes;

    ProgrammePageController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/programmes")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", programmes.mine(user));
        model.addAttribute("templates", ProgrammeTemplate.values());
        return "matching/programmes";
    }

    @GetMapping("/programmes/new")
    String newProgramme(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String template, Locale locale, Model model) {
        var organisationId = FormValues.uuid(organisation, "error.badRequest", "organisation");
        var chosen = template(template);
        var settings = chosen.map(t -> programmes.fromTemplate(t, locale)).orElseGet(ProgrammePageController::empty);
        model.addAttribute("organisation", programmes.coordinated(user, organisationId));
        model.addAttribute("template", chosen.map(Enum::name).orElse(""));
        return formPage(model, ProgrammeForm.of(settings));
    }

    @PostMapping("/programmes/new")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> fields, Model model,
            HttpServletResponse response) {
        var organisationId = FormValues.uuid(fields.get("organisation"), "error.badRequest", "organisation");
        var organisation = programmes.coordinated(user, organisationId);
        var chosen = template(fields.getOrDefault("template", ""));
        var form = ProgrammeForm.of(fields);
        try {
            var id = programmes.create(user, organisationId, form.settings(), chosen);
            return "redirect:/programmes/" + id + "?created";
        } catch (MatchingRefusal refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            model.addAttribute("organisation", organisation);
            model.addAttribute("template", chosen.map(Enum::name).orElse(""));
            refusedOn(model, refused);
            return formPage(model, form);
        }
    }

    @GetMapping("/programmes/{id}")
    String programme(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String created, Model model) {
        var programme = programmes.read(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute("created", created != null);
        return formPage(model, ProgrammeForm.of(programme.settings()));
    }

    @PostMapping("/programmes/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> fields,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = ProgrammeForm.of(fields);
        try {
            programmes.update(user, id, form.settings());
        } catch (MatchingRefusal refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            model.addAttribute("programme", programmes.read(user, id));
            refusedOn(model, refused);
            return formPage(model, form);
        }
        redirect.addFlashAttribute("notice", "matching.programme.saved");
        return "redirect:/programmes/" + id;
    }

    private static void refusedOn(Model model, MatchingRefusal refused) {
        model.addAttribute("errorKey", refused.messageKey());
        model.addAttribute("errorField", refused.field());
    }

    private static String formPage(Model model, ProgrammeForm form) {
        model.addAttribute("form", form);
        model.addAttribute("supportForms", SupportForm.values());
        model.addAttribute("criteria", MatchCriterion.values());
        model.addAttribute("requirementKinds", RequirementKind.values());
        return "matching/programme";
    }

    private static Optional<ProgrammeTemplate> template(String name) {
        return Arrays.stream(ProgrammeTemplate.values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** A programme from scratch: one volunteer per match, one stage to rename. */
    private static ProgrammeSettings empty() {
        return new ProgrammeSettings("", "", Optional.empty(), Optional.empty(), SupportForm.INDIVIDUAL, Optional.empty(),
                Optional.empty(), "", Optional.empty(), 1, List.of(), List.of(), List.of());
    }
}
