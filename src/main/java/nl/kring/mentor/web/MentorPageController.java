package nl.kring.mentor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.mentor.Mentors;
import nl.kring.platform.web.HttpRefusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn mentor": the youth nominates, the parents answer, the mentor says yes. A refused form shows the page again with the reason. */
@Controller
@RequestMapping("/families/{familyId}/mentors")
class MentorPageController {

    private final Mentors mentors;

    MentorPageController(Mentors mentors) {
        this.mentors = mentors;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        model.addAttribute("list", mentors.list(user, familyId));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "mentor/mentors";
    }

    @PostMapping
    String nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam(defaultValue = "") String person,
            Model model, HttpServletResponse response) {
        var parts = person.split(":", 2);
        return attempt(user, familyId, "nominate", Map.of("person", person), model, response, () -> {
            var nominated = mentors.nominate(user, familyId, parts.length == 2 ? uuid(parts[0]) : Optional.empty(), parts.length == 2 ? parts[1] : "");
            return nominated.warnings().isEmpty() ? "" : "?warned=" + nominated.id();
        });
    }

    @PostMapping("/{mentorshipId}/parent-answer")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mentorshipId,
            @RequestParam(defaultValue = "") String agrees, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletResponse response) {
        return attempt(user, familyId, "answer-" + mentorshipId, Map.of("reason-" + mentorshipId, reason), model, response, () -> {
            mentors.answer(user, familyId, mentorshipId, "true".equals(agrees), reason);
            return "";
        });
    }

    @PostMapping("/{mentorshipId}/mentor-answer")
    String mentorAnswer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mentorshipId,
            @RequestParam(defaultValue = "") String accepts, Model model, HttpServletResponse response) {
        return attempt(user, familyId, "mentor-" + mentorshipId, Map.of(), model, response, () -> {
            mentors.mentorAnswers(user, familyId, mentorshipId, "true".equals(accepts));
            return "";
        });
    }

    @PostMapping("/{mentorshipId}/end")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mentorshipId, Model model,
            HttpServletResponse response) {
        return attempt(user, familyId, "end-" + mentorshipId, Map.of(), model, response, () -> {
            mentors.end(user, familyId, mentorshipId);
            return "";
        });
    }

    private String attempt(CurrentUser user, UUID familyId, String form, Map<String, String> typed, Model model, HttpServletResponse response,
            java.util.function.Supplier<String> change) {
        try {
            return "redirect:/families/" + familyId + "/mentors" + change.get();
        } catch (RuntimeException failure) {
            if (!(failure instanceof HttpRefusal refused) || failure instanceof nl.kring.family.FamilyAccessDenied
                    || !(refused.status() == 400 || refused.status() == 403 || refused.status() == 409 || refused.status() == 422)) {
                throw failure;
            }
            response.setStatus(refused.status());
            model.addAttribute("errorForm", form);
            model.addAttribute("formError", refused.messageKey());
            model.addAttribute("typed", typed);
            return page(user, familyId, model);
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
