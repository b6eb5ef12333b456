package nl.kring.consultation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.consultation.Consultations;
import nl.kring.consultation.domain.Discipline;
import nl.kring.consultation.domain.MatchKind;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.HttpRefusal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Expertiseberaad": the family's case consultations, and one consultation with the forms its reader may use (the coach
 * invites the panel, the family shares the question and reacts, the panel advises, the match). A refused form shows the
 * page again with what was typed and the reason beside the field.
 */
@Controller
@RequestMapping("/families/{familyId}/consultations")
class ConsultationPageController {

    private final Consultations consultations;
    private final MessageSource messages;

    ConsultationPageController(Consultations consultations, MessageSource messages) {
        this.consultations = consultations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var list = consultations.list(user, familyId);
        model.addAttribute("list", list);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "consultation/consultations";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam(defaultValue = "") String youth,
            @RequestParam(defaultValue = "") String question, Model model, HttpServletResponse response) {
        try {
            var id = consultations.create(user, familyId, uuid(youth), question);
            return "redirect:/families/" + familyId + "/consultations/" + id;
        } catch (RuntimeException failure) {
            var refused = refusal(failure, response);
            model.addAttribute("formError", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("typed", Map.of("youth", youth, "question", question));
            return list(user, familyId, model);
        }
    }

    @GetMapping("/{consultationId}")
    String consultation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            Model model) {
        model.addAttribute("c", consultations.open(user, familyId, consultationId));
        model.addAttribute("disciplines", Discipline.values());
        model.addAttribute("programmes", Consultations.PROGRAMMES);
        model.addAttribute("matchKinds", MatchKind.values());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "consultation/consultation";
    }

    @PostMapping("/{consultationId}/panel")
    String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String discipline, Model model,
            HttpServletResponse response) {
        return attempt(user, familyId, consultationId, "panel", Map.of("username", username, "discipline", discipline), model, response,
                () -> consultations.invite(user, familyId, consultationId, username, discipline(discipline)));
    }

    @PostMapping("/{consultationId}/panel/{accountId}/consent")
    String share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @PathVariable UUID accountId, Locale locale, Model model, HttpServletResponse response) {
        return attempt(user, familyId, consultationId, "share", Map.of(), model, response, () -> consultations.share(user, familyId,
                consultationId, accountId, messages.getMessage("consultation.share.purpose", null, locale)));
    }

    @PostMapping("/{consultationId}/advice")
    String advise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return attempt(user, familyId, consultationId, "advice", Map.of("text", text), model, response,
                () -> consultations.advise(user, familyId, consultationId, text));
    }

    @PostMapping("/{consultationId}/while-waiting")
    String whileWaiting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return attempt(user, familyId, consultationId, "waiting", Map.of("waiting", text), model, response,
                () -> consultations.whileWaiting(user, familyId, consultationId, text));
    }

    @PostMapping("/{consultationId}/match")
    String match(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "") String note, Model model,
            HttpServletResponse response) {
        return attempt(user, familyId, consultationId, "match", Map.of("kind", kind, "programme", programme, "provider", provider, "note", note),
                model, response, () -> consultations.match(user, familyId, consultationId, kind(kind), Optional.of(programme), provider, note));
    }

    @PostMapping("/{consultationId}/advice/{authorId}/reaction")
    String react(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID consultationId,
            @PathVariable UUID authorId, @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return attempt(user, familyId, consultationId, "reaction-" + authorId, Map.of("reaction-" + authorId, text), model, response,
                () -> consultations.react(user, familyId, consultationId, authorId, text));
    }

    private String attempt(CurrentUser user, UUID familyId, UUID consultationId, String form, Map<String, String> typed, Model model,
            HttpServletResponse response, Runnable change) {
        try {
            change.run();
            return "redirect:/families/" + familyId + "/consultations/" + consultationId + "#" + form + "-form";
        } catch (RuntimeException failure) {
            var refused = refusal(failure, response);
            model.addAttribute("errorForm", form);
            model.addAttribute("formError", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("typed", typed);
            return consultation(user, familyId, consultationId, model);
        }
    }

    /** A refusal the person can act on shows the page again; anything else (not found, a fault) goes up. */
    private static HttpRefusal refusal(RuntimeException failure, HttpServletResponse response) {
        if (failure instanceof HttpRefusal refused && (refused.status() == 400 || refused.status() == 403 || refused.status() == 409)
                && !(failure instanceof nl.kring.family.FamilyAccessDenied)) {
            response.setStatus(refused.status());
            return refused;
        }
        throw failure;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<Discipline> discipline(String code) {
        return Arrays.stream(Discipline.values()).filter(d -> d.name().equals(code)).findFirst();
    }

    private static Optional<MatchKind> kind(String code) {
        return Arrays.stream(MatchKind.values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
