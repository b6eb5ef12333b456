package nl.kring.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.IdentityAuditAction;
import nl.kring.identity.SecondFactors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own profile: who they are in Kring, and their personal access tokens for the API. */
@Controller
class ProfileController {

    static final int DEFAULT_TOKEN_DAYS = 90;

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final SecondFactors secondFactors;

    ProfileController(Accounts accounts, AccessTokens tokens, AuditLog audit, Clock clock, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
        model.addAttribute("tokens", tokens.of(user.accountId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(user.accountId()));
        if (!model.containsAttribute("tokenName")) {
            model.addAttribute("tokenName", "");
            model.addAttribute("tokenDays", DEFAULT_TOKEN_DAYS);
        }
        return "identity/profile";
    }

    @PostMapping("/profile/tokens")
    @Transactional
    String createToken(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String days, RedirectAttributes redirect, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var trimmed = name.strip();
        var lifetime = parseDays(days);
        if (trimmed.isEmpty() || trimmed.length() > 80 || lifetime.isEmpty()) {
            // refused: the form comes back with what was typed, and a 400
            response.setStatus(400);
            model.addAttribute("tokenError", trimmed.isEmpty() || trimmed.length() > 80 ? "token.error.name" : "token.error.days");
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenDays", days);
            return profile(user, model);
        }
        var created = tokens.create(user.accountId(), trimmed, lifetime.get());
        record(user, created.id(), IdentityAuditAction.TOKEN_CREATE);
        redirect.addFlashAttribute("newToken", created.token());
        return "redirect:/profile#tokens";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    @Transactional
    String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (tokens.revoke(user.accountId(), id)) {
            record(user, id, IdentityAuditAction.TOKEN_REVOKE);
            redirect.addFlashAttribute("tokenRevoked", true);
        }
        return "redirect:/profile#tokens";
    }

    private void record(CurrentUser user, UUID tokenId, IdentityAuditAction action) {
        audit.record(new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.empty(),
                List.of(tokenId.toString()), action, Channel.current(), Outcome.ALLOWED));
    }

    static Optional<Duration> parseDays(String days) {
        try {
            var value = Integer.parseInt(days.strip());
            return value >= 1 && value <= 365 ? Optional.of(Duration.ofDays(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
