package nl.kring.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.SecondFactors;
import nl.kring.identity.security.SecondFactorSession;
import nl.kring.identity.security.SecondFactorSession.Pending;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second sign-in step: after the password, a code from the app or a recovery code. */
@Controller
class SecondFactorLoginController {

    private final SecondFactors secondFactors;

    SecondFactorLoginController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping(SecondFactorSession.VERIFY_PATH)
    String page(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        var next = notNeeded(user, request);
        return next != null ? next : "identity/second-factor-login";
    }

    @PostMapping(SecondFactorSession.VERIFY_PATH)
    String verify(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var next = notNeeded(user, request);
        if (next != null) {
            return next;
        }
        switch (secondFactors.signIn(user, code, request.getRemoteAddr())) {
            case PASSED -> {
                SecondFactorSession.complete(request);
                return "redirect:/";
            }
            case RECOVERY_CODE_USED -> {
                SecondFactorSession.complete(request);
                redirect.addFlashAttribute("recoveryCodeUsed", true);
                return "redirect:" + SecondFactorSession.ENROL_PATH;
            }
            case LOCKED -> {
                // as many wrong codes as wrong passwords: the account is locked and this sign-in ends
                request.getSession().invalidate();
                SecurityContextHolder.clearContext();
                return "redirect:/login?error";
            }
            default -> {
                response.setStatus(400);
                model.addAttribute("codeError", true);
                return "identity/second-factor-login";
            }
        }
    }

    /** Where to go instead, when this session has no second step to take (or must set one up first). */
    private String notNeeded(CurrentUser user, HttpServletRequest request) {
        if (SecondFactorSession.pending(request).orElse(null) != Pending.VERIFY) {
            return "redirect:/";
        }
        if (!secondFactors.enrolled(user.accountId())) {
            // an administrator reset the second factor in the meantime
            if (secondFactors.requiredFor(user)) {
                SecondFactorSession.mark(request, Pending.ENROL);
                return "redirect:" + SecondFactorSession.ENROL_PATH;
            }
            SecondFactorSession.complete(request);
            return "redirect:/";
        }
        return null;
    }
}
