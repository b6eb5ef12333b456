package nl.kring.invitation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.invitation.InvitationRefused;
import nl.kring.invitation.Invitations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Uitnodigen": the invitations of a family file, for the family and its assigned professionals. A
 * refused invitation comes back on the page with what was typed.
 */
@Controller
class InvitationPageController {

    private final Invitations invitations;
    private final Accounts accounts;
    private final String publicUrl;

    InvitationPageController(Invitations invitations, Accounts accounts, @Value("${kring.public-url:}") String publicUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/families/{id}/invitations")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        return fill(user, id, model, Map.of("language", locale.getLanguage().equals("en") ? "en" : "nl"));
    }

    @PostMapping("/families/{id}/invitations")
    String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String invitee,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "nl") String language, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var typed = Map.of("invitee", invitee, "email", email, "language", language);
        try {
            var language1 = Invitations.LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
            var sent = invitations.invite(user, id, invitee, email, language1, LinkBase.of(publicUrl, request));
            redirect.addFlashAttribute("notice", "invitation.sent");
            redirect.addFlashAttribute("noticeArg", sent.inviteeName());
            return "redirect:/families/" + id + "/invitations";
        } catch (InvitationRefused refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            return fill(user, id, model, typed);
        }
    }

    @PostMapping("/families/{id}/invitations/{invitationId}/resend")
    String resend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID invitationId, HttpServletRequest request,
            RedirectAttributes redirect) {
        var sent = invitations.resend(user, id, invitationId, LinkBase.of(publicUrl, request));
        redirect.addFlashAttribute("notice", "invitation.resent");
        redirect.addFlashAttribute("noticeArg", sent.inviteeName());
        return "redirect:/families/" + id + "/invitations";
    }

    @PostMapping("/families/{id}/invitations/{invitationId}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID invitationId,
            RedirectAttributes redirect) {
        var withdrawn = invitations.withdraw(user, id, invitationId);
        redirect.addFlashAttribute("notice", "invitation.withdrawn");
        redirect.addFlashAttribute("noticeArg", withdrawn.inviteeName());
        return "redirect:/families/" + id + "/invitations";
    }

    private String fill(CurrentUser user, UUID id, Model model, Map<String, String> typed) {
        var file = invitations.list(user, id);
        model.addAttribute("family", file.file());
        model.addAttribute("closed", file.closed());
        model.addAttribute("invitations", file.invitations());
        model.addAttribute("candidates", file.candidates());
        model.addAttribute("inviters", accounts.displayNames(file.invitations().stream()
                .flatMap(l -> l.invitation().invitedBy().stream()).toList()));
        model.addAttribute("languages", Invitations.LANGUAGES);
        model.addAttribute("validDays", invitations.validFor().toDays());
        model.addAttribute("typed", typed);
        return "invitation/list";
    }
}
