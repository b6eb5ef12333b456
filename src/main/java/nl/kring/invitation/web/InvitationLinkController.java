package nl.kring.invitation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.OidcProviders;
import nl.kring.identity.OidcSignUp;
import nl.kring.identity.SignInReturn;
import nl.kring.invitation.InvitationRefused;
import nl.kring.invitation.Invitations;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The invitee's side of an invitation link, open to anyone who holds the link: set a password for a new
 * account, or take it up with the account one is signed in with. A used, expired or withdrawn link, or
 * one opened while signed in as someone else, gets a page that says so and what to do.
 */
@Controller
class InvitationLinkController {

    private final Invitations invitations;
    private final OidcProviders providers;

    InvitationLinkController(Invitations invitations, OidcProviders providers) {
        this.invitations = invitations;
        this.providers = providers;
    }

    @GetMapping("/invitations/{token}")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, Model model, HttpServletResponse response) {
        return page(user, token, model, response, Map.of(), null, null);
    }

    @PostMapping("/invitations/{token}/account")
    String createAccount(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordAgain, HttpServletRequest request, Model model, HttpServletResponse response) {
        if (user != null) {
            // signed in as someone: this page offers linking instead, so show it again
            return page(user, token, model, response, Map.of(), null, null);
        }
        var typed = Map.of("username", username, "displayName", displayName);
        try {
            var accepted = invitations.acceptWithNewAccount(token, username, displayName, password, passwordAgain);
            SignInReturn.remember(request.getSession(), accepted.landing());
            return "redirect:" + UriComponentsBuilder.fromPath("/login").queryParam("invited").queryParam("username", username.strip())
                    .encode().build().toUriString();
        } catch (Accounts.InvalidAccountChange invalid) {
            return page(null, token, model, response, typed, invalid.messageKey(), field(invalid.messageKey()));
        } catch (InvitationRefused refused) {
            return refused(null, token, model, response, typed, refused);
        }
    }

    @PostMapping("/invitations/{token}/link")
    String link(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, @RequestParam(required = false) String confirm,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (user == null) {
            return page(null, token, model, response, Map.of(), null, null);
        }
        try {
            var accepted = invitations.acceptWithAccount(token, user, confirm != null);
            redirect.addFlashAttribute("notice", "invitation.linked");
            return "redirect:" + accepted.landing();
        } catch (InvitationRefused refused) {
            return refused(user, token, model, response, Map.of(), refused);
        }
    }

    /**
     * "Sign in with my organisation": the session remembers the link, and the provider's sign-in creates the
     * account from the invitation and links it to the provider's subject ({@code InvitationOidcSignUp}). A link
     * that cannot be used (or a provider that is not configured) goes back to the link's page, which says why.
     * A form with CSRF protection, so that no other site can start this in someone's browser.
     */
    @PostMapping("/invitations/{token}/oidc/{provider}")
    String oidc(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, @PathVariable String provider,
            HttpServletRequest request) {
        if (user != null || !providers.has(provider) || !invitations.open(token, Optional.empty()).usable()) {
            return "redirect:/invitations/" + token;
        }
        OidcSignUp.Pending.remember(request.getSession(), token);
        return "redirect:/oauth2/authorization/" + provider;
    }

    /** "I already have an account": sign in, then come back to this link. */
    @GetMapping("/invitations/{token}/sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, HttpServletRequest request) {
        if (user == null) {
            SignInReturn.remember(request.getSession(), "/invitations/" + token);
            return "redirect:/login";
        }
        return "redirect:/invitations/" + token;
    }

    /** Signed in as someone else: sign out here and open the link again. */
    @PostMapping("/invitations/{token}/sign-out")
    String signOut(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/invitations/" + token;
    }

    /** A link that is no longer usable shows its state; any other refusal is shown with its reason and status. */
    private String refused(CurrentUser user, String token, Model model, HttpServletResponse response, Map<String, String> typed,
            InvitationRefused refused) {
        if (refused.status() == 410 || refused.status() == 404) {
            return page(user, token, model, response, typed, null, null);
        }
        var view = page(user, token, model, response, typed, refused.messageKey(), refused.field());
        response.setStatus(refused.status());
        return view;
    }

    private String page(CurrentUser user, String token, Model model, HttpServletResponse response, Map<String, String> typed, String errorKey,
            String errorField) {
        var opened = invitations.open(token, Optional.ofNullable(user));
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        model.addAttribute("signedIn", user);
        model.addAttribute("typed", typed);
        model.addAttribute("suggestedUsername", suggestUsername(opened.invitation().inviteeName()));
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD_LENGTH);
        model.addAttribute("oidcProviders", providers.all());
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorField", errorField);
        if (!opened.usable()) {
            // an answer for the person, not a fault: gone for good (used, expired, withdrawn) or the file closed
            response.setStatus(opened.fileClosed() ? 409 : 410);
        } else if (errorKey != null) {
            response.setStatus(400);
        } else if (user != null && opened.accountRefusal().isPresent()) {
            response.setStatus(409);
        }
        return "invitation/link";
    }

    private static String field(String messageKey) {
        return switch (messageKey) {
            case "account.error.passwordTooShort" -> "password";
            case "account.error.displayName" -> "displayName";
            default -> "username";
        };
    }

    /** "Marieke de Vries" becomes "marieke.devries": a start the invitee may change. */
    static String suggestUsername(String name) {
        var plain = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace("(demo)", "").strip();
        var parts = plain.split("\\s+", 2);
        var suggestion = (parts[0] + (parts.length > 1 ? "." + parts[1] : "")).replaceAll("[^a-z0-9.]", "");
        return suggestion.length() >= 3 ? suggestion : "";
    }
}
