package nl.kring.home;

import nl.kring.identity.CurrentUser;
import nl.kring.platform.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final DemoMode demoMode;
    private final ObjectProvider<InMemoryClientRegistrationRepository> oidc;

    HomeController(DemoMode demoMode, ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
        this.demoMode = demoMode;
        this.oidc = oidc;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("demo", demoMode.enabled());
        if (user != null) {
            model.addAttribute("cards", HomeCards.forUser(user));
        }
        return "home";
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        model.addAttribute("demo", demoMode.enabled());
        var registrations = oidc.getIfAvailable();
        if (registrations != null) {
            for (ClientRegistration registration : registrations) {
                model.addAttribute("oidcLogin", "/oauth2/authorization/" + registration.getRegistrationId());
                break;
            }
        }
        return "login";
    }
}
