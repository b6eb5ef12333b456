package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.identity.CurrentUser;
import nl.kring.intake.PublicFormThrottle;
import nl.kring.matching.VolunteerRefused;
import nl.kring.matching.Volunteers;
import nl.kring.matching.domain.FieldProblem;
import nl.kring.matching.domain.Interest;
import nl.kring.matching.domain.TimeSlot;
import nl.kring.matching.domain.VolunteerKind;
import nl.kring.matching.domain.VolunteerRules;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Vrijwilliger worden": the public registration form for volunteers (a person or a household), and the
 * volunteer's own page with their profile and, per programme, whether they can be matched and why not. A
 * refused form comes back with a message at each field and everything typed except the passwords.
 */
@Controller
class VolunteerPageController {

    static final String HONEYPOT = "website";

    private final Volunteers volunteers;
    private final VolunteerViews views;

    VolunteerPageController(Volunteers volunteers, VolunteerViews views) {
        this.volunteers = volunteers;
        this.views = views;
    }

    /** A language the form offers, with its name in the page's language. */
    record LanguageOption(String code, String name) {}

    /** A part of a day of the week, with its label ("woensdagmiddag"). */
    record SlotOption(String code, String label) {}

    @GetMapping("/vrijwilliger-worden")
    String form(Model model, Locale locale) {
        return formPage(model, locale, VolunteerForm.blank(), List.of());
    }

    @PostMapping("/vrijwilliger-worden")
    String register(HttpServletRequest request, @RequestParam Map<String, String> fields,
            @RequestParam(name = "programmes", required = false) List<String> programmes,
            @RequestParam(name = "languages", required = false) List<String> languages,
            @RequestParam(name = "availability", required = false) List<String> availability,
            @RequestParam(name = "interests", required = false) List<String> interests,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordAgain,
            @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot, Model model, Locale locale, HttpServletResponse response) {
        var typed = new LinkedHashMap<String, String>();
        VolunteerForm.TEXT_FIELDS.forEach(name -> typed.put(name, fields.getOrDefault(name, "")));
        var form = new VolunteerForm(typed, set(programmes), set(languages), set(availability), set(interests),
                "true".equals(fields.get("consent")));
        var chosen = form.programmes().stream().map(VolunteerPageController::uuid).filter(id -> id != null).toList();
        var registration = new Volunteers.Registration(chosen.size() == form.programmes().size() ? chosen : List.of(), form.text("username"),
                password, passwordAgain, form.contact(), form.input(), form.consent(), locale);
        try {
            volunteers.register(request.getRemoteAddr(), registration, !honeypot.isBlank());
            return "redirect:/vrijwilliger-worden/aangemeld";
        } catch (PublicFormThrottle.Throttled throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            return formPage(model, locale, form, List.of(new FieldProblem("programmes", throttled.messageKey())));
        } catch (VolunteerRefused refused) {
            response.setStatus(400);
            return formPage(model, locale, form, refused.problems());
        }
    }

    @GetMapping("/vrijwilliger-worden/aangemeld")
    String registered() {
        return "matching/volunteer-registered";
    }

    @GetMapping("/volunteer")
    String own(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        var mine = volunteers.mine(user);
        model.addAttribute("file", mine.map(f -> views.file(f, locale)).orElse(null));
        return "matching/volunteer-own";
    }

    private String formPage(Model model, Locale locale, VolunteerForm form, List<FieldProblem> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        var byField = new LinkedHashMap<String, String>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.messageKey()));
        model.addAttribute("errorById", byField);
        model.addAttribute("programmes", volunteers.openProgrammes());
        model.addAttribute("kinds", VolunteerKind.values());
        model.addAttribute("interests", Interest.values());
        model.addAttribute("languages", VolunteerRules.COMMON_LANGUAGES.stream()
                .map(code -> new LanguageOption(code, Locale.of(code).getDisplayLanguage(locale))).toList());
        model.addAttribute("slots", TimeSlot.week().stream().map(slot -> new SlotOption(slot.code(), views.slot(slot, locale))).toList());
        return "matching/volunteer-register";
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : values.stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
