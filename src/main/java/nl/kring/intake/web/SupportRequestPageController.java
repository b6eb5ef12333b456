package nl.kring.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.kring.intake.IntakeRefused;
import nl.kring.intake.PublicFormThrottle;
import nl.kring.intake.SupportRequests;
import nl.kring.intake.domain.RequestInput;
import nl.kring.intake.domain.RequestRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Vraag steun aan": the public form, without an account. A refused form comes back with a translated
 * message next to each field and everything typed; too many requests from one address get 429 with the
 * question still on the page to copy.
 */
@Controller
class SupportRequestPageController {

    /** The honeypot: a field hidden from people (display: none) that bots fill in. */
    static final String HONEYPOT = "website";

    private final SupportRequests requests;

    SupportRequestPageController(SupportRequests requests) {
        this.requests = requests;
    }

    /** A message for a field of the form; {@code id} is the id of the input it belongs to. */
    public record FieldError(String id, String messageKey) {}

    @GetMapping("/vraag-steun")
    String form(Locale locale, Model model) {
        fill(model, RequestInput.blank(RequestRules.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "nl"), List.of());
        return "intake/ask";
    }

    @PostMapping("/vraag-steun")
    String submit(HttpServletRequest request, @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String postcode, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String addressedAs, @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var input = new RequestInput(question, postcode, email, phone, language, addressedAs);
        try {
            var received = requests.submit(request.getRemoteAddr(), input, !honeypot.isBlank());
            redirect.addFlashAttribute("mailed", received.mailed());
            return "redirect:/vraag-steun/ontvangen";
        } catch (PublicFormThrottle.Throttled throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            model.addAttribute("input", input.orEmpty());
            return "intake/too-many";
        } catch (IntakeRefused refused) {
            response.setStatus(refused.status());
            fill(model, input.orEmpty(), refused.problems().stream().map(p -> new FieldError("ask-" + p.field(), p.messageKey())).toList());
            return "intake/ask";
        }
    }

    @GetMapping("/vraag-steun/ontvangen")
    String received() {
        return "intake/received";
    }

    private static void fill(Model model, RequestInput input, List<FieldError> errors) {
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        var byId = new LinkedHashMap<String, String>();
        errors.forEach(e -> byId.putIfAbsent(e.id(), e.messageKey()));
        model.addAttribute("errorById", byId);
        model.addAttribute("questionLength", RequestRules.QUESTION_LENGTH);
    }
}
