package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.VolunteerRefused;
import nl.kring.matching.Volunteers;
import nl.kring.matching.domain.Requirement;
import nl.kring.matching.domain.RequirementKind;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's pages for a programme's volunteers: the list with whether each can be matched (and why
 * not), and one volunteer with their profile, the evidence recorded and the form to record more.
 */
@Controller
class CoordinatorVolunteerPageController {

    private final Volunteers volunteers;
    private final VolunteerViews views;
    private final MessageSource messages;

    CoordinatorVolunteerPageController(Volunteers volunteers, VolunteerViews views, MessageSource messages) {
        this.volunteers = volunteers;
        this.views = views;
        this.messages = messages;
    }

    /** A listed volunteer with their standing written out. */
    record ListedView(nl.kring.matching.Volunteer volunteer, VolunteerViews.AvailabilityView availability) {}

    @GetMapping("/programmes/{id}/volunteers")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        var listed = volunteers.ofProgramme(user, id);
        model.addAttribute("volunteers", listed.stream().map(l -> new ListedView(l.volunteer(), views.availability(l.availability(), locale))).toList());
        model.addAttribute("programme", volunteers.programme(user, id));
        return "matching/programme-volunteers";
    }

    @GetMapping("/programmes/{id}/volunteers/{volunteerId}")
    String volunteer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID volunteerId, Model model,
            Locale locale) {
        return page(user, id, volunteerId, model, locale, new Volunteers.EvidenceInput("", "", "", ""));
    }

    @PostMapping("/programmes/{id}/volunteers/{volunteerId}/evidence")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID volunteerId,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String screeningProfile, @RequestParam(defaultValue = "") String note, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        var input = new Volunteers.EvidenceInput(kind, date, screeningProfile, note);
        try {
            volunteers.recordEvidence(user, id, volunteerId, input);
        } catch (VolunteerRefused refused) {
            response.setStatus(400);
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            return page(user, id, volunteerId, model, locale, input);
        }
        redirect.addFlashAttribute("notice", "matching.evidence.saved");
        return "redirect:/programmes/" + id + "/volunteers/" + volunteerId;
    }

    private String page(CurrentUser user, UUID programmeId, UUID volunteerId, Model model, Locale locale, Volunteers.EvidenceInput input) {
        var file = views.file(volunteers.read(user, programmeId, volunteerId), locale);
        var standing = file.standings().stream().filter(s -> s.programmeId().equals(programmeId)).findFirst().orElseThrow();
        var programme = volunteers.programme(user, programmeId);
        model.addAttribute("file", file);
        model.addAttribute("standing", standing);
        model.addAttribute("programme", programme);
        model.addAttribute("kinds", programme.settings().requirements().stream().map(Requirement::kind).toList());
        model.addAttribute("requirements", programme.settings().requirements().stream().map(r -> requirement(r, locale)).toList());
        model.addAttribute("evidence", input);
        model.addAttribute("registeredOn", VolunteerViews.date(file.volunteer().registeredAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()));
        return "matching/programme-volunteer";
    }

    private String requirement(Requirement requirement, Locale locale) {
        var name = messages.getMessage(requirement.kind().messageKey(), null, locale);
        var validity = requirement.validFor()
                .map(p -> messages.getMessage("matching.evidence.validMonths", new Object[] {p.toTotalMonths()}, locale))
                .orElseGet(() -> messages.getMessage("matching.evidence.validForGood", null, locale));
        var profile = requirement.kind() == RequirementKind.CERTIFICATE_OF_CONDUCT
                ? requirement.screeningProfile().map(s -> messages.getMessage("matching.evidence.profileRequired", new Object[] {s}, locale))
                        .map(s -> "; " + s).orElse("")
                : "";
        return name + ": " + validity + profile;
    }
}
