package nl.kring.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.kring.catalogue.Catalogue;
import nl.kring.catalogue.CatalogueSubmissions;
import nl.kring.catalogue.domain.Element;
import nl.kring.catalogue.domain.Formality;
import nl.kring.catalogue.domain.Reach;
import nl.kring.catalogue.domain.SubmissionInput;
import nl.kring.catalogue.domain.SubmissionRules;
import nl.kring.catalogue.domain.Supporter;
import nl.kring.catalogue.domain.TargetGroup;
import nl.kring.intake.PublicFormThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Stel een initiatief voor": the public form, without an account, for a new initiative or a correction of one
 * in the catalogue (then filled in with its current content). A refused form comes back with a message next
 * to each field and everything typed; too many submissions from one address get 429 with the text still on
 * the page to copy.
 */
@Controller
class SubmissionPageController {

    /** The honeypot: a field hidden from people (display: none) that bots fill in. */
    static final String HONEYPOT = "website2";

    private final CatalogueSubmissions submissions;
    private final Catalogue catalogue;

    SubmissionPageController(CatalogueSubmissions submissions, Catalogue catalogue) {
        this.submissions = submissions;
        this.catalogue = catalogue;
    }

    /** A message for a field of the form; {@code id} is the id of the input it belongs to. */
    public record FieldError(String id, String messageKey) {}

    private static String language(Locale locale) {
        return SubmissionRules.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "nl";
    }

    @GetMapping("/catalogus/voorstel")
    String form(Locale locale, Model model) {
        fill(model, SubmissionInput.blank(language(locale)), null, List.of());
        return "catalogue/submit";
    }

    @GetMapping("/catalogus/{id}/correctie")
    String correction(@PathVariable String id, Locale locale, Model model) {
        var current = catalogue.read(id).initiative();
        fill(model, SubmissionInput.correcting(current, language(locale)), current.name(), List.of());
        return "catalogue/submit";
    }

    @PostMapping("/catalogus/voorstel")
    String submit(HttpServletRequest request, @RequestParam(defaultValue = "") String initiativeId, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nutshell, @RequestParam(name = "element", required = false) List<String> elements,
            @RequestParam(defaultValue = "") String whatWorks, @RequestParam(defaultValue = "") String couldBeBetter,
            @RequestParam(defaultValue = "") String forWhom, @RequestParam(defaultValue = "") String ageFrom,
            @RequestParam(defaultValue = "") String ageTo, @RequestParam(name = "target", required = false) List<String> targets,
            @RequestParam(defaultValue = "") String byWhom, @RequestParam(name = "supporter", required = false) List<String> supporters,
            @RequestParam(defaultValue = "") String needs, @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String website, @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String places, @RequestParam(defaultValue = "false") boolean national,
            @RequestParam(defaultValue = "") String formality, @RequestParam(defaultValue = "") String reach,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String submitterName,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String language,
            @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot, Model model, HttpServletResponse response) {
        var input = new SubmissionInput(initiativeId, name, nutshell, elements, whatWorks, couldBeBetter, forWhom, ageFrom, ageTo, targets, byWhom,
                supporters, needs, contact, website, region, places, national, formality, reach, email, submitterName, note, language);
        var correcting = input.initiativeId().isBlank() ? null : catalogue.read(input.initiativeId()).initiative().name();
        try {
            submissions.submit(request.getRemoteAddr(), input, !honeypot.isBlank());
            return "redirect:/catalogus/voorstel/ontvangen";
        } catch (PublicFormThrottle.Throttled throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            model.addAttribute("input", input);
            return "catalogue/too-many";
        } catch (CatalogueSubmissions.Refused refused) {
            response.setStatus(400);
            fill(model, input, correcting, refused.problems().stream().map(p -> new FieldError("submit-" + p.field(), p.messageKey())).toList());
            return "catalogue/submit";
        }
    }

    @GetMapping("/catalogus/voorstel/ontvangen")
    String received() {
        return "catalogue/received";
    }

    private static void fill(Model model, SubmissionInput input, String correcting, List<FieldError> errors) {
        model.addAttribute("input", input);
        model.addAttribute("correcting", correcting);
        model.addAttribute("errors", errors);
        var byId = new LinkedHashMap<String, String>();
        errors.forEach(e -> byId.putIfAbsent(e.id(), e.messageKey()));
        model.addAttribute("errorById", byId);
        model.addAttribute("allElements", Element.values());
        model.addAttribute("targets", TargetGroup.values());
        model.addAttribute("supporters", Supporter.values());
        model.addAttribute("formalities", Formality.values());
        model.addAttribute("reaches", Reach.values());
    }
}
