package nl.kring.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.kring.catalogue.Catalogue;
import nl.kring.catalogue.CatalogueSubmissions;
import nl.kring.catalogue.domain.Submission;
import nl.kring.catalogue.domain.SubmissionKind;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue editors' pages: the submissions, and one submission with its review actions (ask, publish, decline). */
@Controller
class EditorPageController {

    private final CatalogueSubmissions submissions;
    private final Catalogue catalogue;

    EditorPageController(CatalogueSubmissions submissions, Catalogue catalogue) {
        this.submissions = submissions;
        this.catalogue = catalogue;
    }

    @GetMapping("/redactie/catalogus")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        var all = submissions.list(user);
        model.addAttribute("undecided", all.stream().filter(s -> s.state().undecided()).toList());
        model.addAttribute("decided", all.stream().filter(s -> !s.state().undecided()).toList());
        return "catalogue/editor-list";
    }

    @GetMapping("/redactie/catalogus/{id}")
    String submission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return fill(submissions.read(user, id), model, null, "");
    }

    @PostMapping("/redactie/catalogus/{id}/vraag")
    String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, "ask", text, model, response, redirect, () -> submissions.ask(user, id, text));
    }

    @PostMapping("/redactie/catalogus/{id}/afwijzen")
    String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, "decline", text, model, response, redirect, () -> submissions.decline(user, id, text));
    }

    @PostMapping("/redactie/catalogus/{id}/publiceren")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var published = submissions.publish(user, id);
        redirect.addFlashAttribute("notice", "catalogue.review.published");
        return "redirect:/catalogus/" + published.initiativeId().orElseThrow();
    }

    private String act(CurrentUser user, UUID id, String action, String text, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Runnable step) {
        try {
            step.run();
        } catch (CatalogueSubmissions.Refused refused) {
            response.setStatus(400);
            return fill(submissions.read(user, id), model, action, text);
        }
        redirect.addFlashAttribute("notice", "catalogue.review." + action + ".done");
        return "redirect:/redactie/catalogus/" + id;
    }

    private String fill(Submission submission, Model model, String errorFor, String text) {
        model.addAttribute("s", submission);
        model.addAttribute("i", submission.proposed());
        model.addAttribute("current", submission.kind() == SubmissionKind.CORRECTION
                ? submission.initiativeId().flatMap(catalogue::find).orElse(null) : null);
        model.addAttribute("errorFor", errorFor);
        model.addAttribute("text", text);
        return "catalogue/editor-submission";
    }
}
