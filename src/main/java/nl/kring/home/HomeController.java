package nl.kring.home;

import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
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
    private final nl.kring.family.FamilyFiles families;

    private final nl.kring.consent.Sharing sharing;

    private final nl.kring.plan.Plans plans;

    private final nl.kring.matching.Matches matches;

    HomeController(DemoMode demoMode, ObjectProvider<InMemoryClientRegistrationRepository> oidc, nl.kring.family.FamilyFiles families,
            nl.kring.consent.Sharing sharing, nl.kring.plan.Plans plans, nl.kring.matching.Matches matches) {
        this.plans = plans;
        this.matches = matches;
        this.sharing = sharing;
        this.demoMode = demoMode;
        this.oidc = oidc;
        this.families = families;
    }

    /**
     * What a network member sees of a family that shares something with them; {@code href} opens
     * "what family X shares with you".
     */
    record SharedFamily(java.util.UUID familyId, String familyName, java.util.List<String> categoryKeys, boolean map, String href) {}

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("demo", demoMode.enabled());
        if (user != null) {
            // sign-in lands here: a flow that began before it (an invitation link) continues where it was
            var waiting = nl.kring.identity.SignInReturn.take(request.getSession(false));
            if (waiting.isPresent()) {
                return "redirect:" + waiting.get();
            }
            model.addAttribute("cards", HomeCards.forUser(user));
            // sign-in lands here: a youth who turned 12 or 16 is asked about the consents that now need them
            model.addAttribute("questions", sharing.questionsFor(user));
            if (user.has(Role.PARENT) || user.has(Role.YOUTH)) {
                model.addAttribute("planReminders", plans.remindersFor(user));
            }
            // evaluations of matches due within a week or overdue, for their coordinator and their volunteer
            if (user.has(Role.COORDINATOR) || user.has(Role.VOLUNTEER)) {
                model.addAttribute("matchReminders", matches.dueFor(user));
            }
            if (user.has(Role.NETWORK_MEMBER) || user.has(Role.VOLUNTEER) || user.has(Role.PROFESSIONAL) || user.has(Role.PARENT)) {
                var shared = families.sharedWith(user).stream()
                        .map(s -> new SharedFamily(s.familyId(), s.familyName(),
                                s.categories().stream().sorted().map(code -> "consent.category." + code).toList(),
                                s.categories().contains("NETWORK_MAP") || s.categories().contains("NETWORK_MAP_PSEUDONYMISED"),
                                "/shared/" + s.familyId()))
                        .toList();
                model.addAttribute("shared", shared);
                // a professional outside a family's team sees the card only when a family shares with them
                model.addAttribute("cards", HomeCards.forUser(user, !shared.isEmpty()));
            }
        }
        return "home";
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser user, Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (user != null) {
            return "redirect:/";
        }
        model.addAttribute("demo", demoMode.enabled());
        model.addAttribute("continuesAfterSignIn", nl.kring.identity.SignInReturn.waiting(request.getSession(false)));
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
