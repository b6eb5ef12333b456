package nl.kring.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.SecondFactors;
import nl.kring.identity.domain.Base32;
import nl.kring.identity.domain.Totp;
import nl.kring.identity.security.SecondFactorSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up the second factor on one's profile: start (a new secret, shown as QR code and as text),
 * confirm with a current code, and see the recovery codes once. Also turning it off (where the role
 * allows) and new recovery codes, both with a current code. Staff who must have one land here right
 * after their password, and can reach nothing else until it is set up.
 */
@Controller
@RequestMapping(SecondFactorSession.ENROL_PATH)
class SecondFactorProfileController {

    /** The secret being set up lives in the session until it is confirmed; only then is it stored. */
    static final String SETUP_SECRET = SecondFactorProfileController.class.getName() + ".secret";
    static final String ISSUER = "Kring";

    private final SecondFactors secondFactors;

    SecondFactorProfileController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        var enrolled = secondFactors.enrolled(user.accountId());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", secondFactors.requiredFor(user));
        model.addAttribute("forced", SecondFactorSession.pending(request).isPresent());
        if (enrolled) {
            model.addAttribute("unusedRecoveryCodes", secondFactors.unusedRecoveryCodes(user.accountId()));
        } else if (request.getSession().getAttribute(SETUP_SECRET) instanceof String secret) {
            model.addAttribute("secretText", Base32.grouped(secret));
            model.addAttribute("qrCode", QrCode.svgDataUri(Totp.uri(ISSUER, user.username(), secret)));
        }
        return "identity/second-factor";
    }

    @PostMapping("/start")
    String start(@AuthenticationPrincipal CurrentUser user, HttpSession session) {
        if (!secondFactors.enrolled(user.accountId())) {
            session.setAttribute(SETUP_SECRET, secondFactors.newSecret());
        }
        return "redirect:" + SecondFactorSession.ENROL_PATH + "#setup";
    }

    @PostMapping("/cancel")
    String cancel(HttpSession session) {
        session.removeAttribute(SETUP_SECRET);
        return "redirect:" + SecondFactorSession.ENROL_PATH;
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!(request.getSession().getAttribute(SETUP_SECRET) instanceof String secret)) {
            return "redirect:" + SecondFactorSession.ENROL_PATH;
        }
        var codes = secondFactors.enrol(user, secret, code);
        if (codes.isEmpty()) {
            return refused(user, request, response, model, "secondFactor.error.code");
        }
        request.getSession().removeAttribute(SETUP_SECRET);
        // a right code for the new secret, after the right password: the sign-in is complete
        SecondFactorSession.complete(request);
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        return "redirect:" + SecondFactorSession.ENROL_PATH + "#recovery-codes";
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return switch (secondFactors.disable(user, code, request.getRemoteAddr())) {
            case DONE -> {
                redirect.addFlashAttribute("disabled", true);
                yield "redirect:" + SecondFactorSession.ENROL_PATH;
            }
            case NOT_ALLOWED -> refused(user, request, response, model, "secondFactor.error.required");
            case WRONG_CODE -> refused(user, request, response, model, "secondFactor.error.code");
            case LOCKED -> signedOut(request);
        };
    }

    @PostMapping("/recovery-codes")
    String regenerate(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var result = secondFactors.regenerateRecoveryCodes(user, code, request.getRemoteAddr());
        return switch (result.change()) {
            case DONE -> {
                redirect.addFlashAttribute("recoveryCodes", result.codes());
                yield "redirect:" + SecondFactorSession.ENROL_PATH + "#recovery-codes";
            }
            case LOCKED -> signedOut(request);
            default -> refused(user, request, response, model, "secondFactor.error.code");
        };
    }

    /** The account is locked (too many wrong codes, here or at sign-in): this session ends, as at the sign-in step. */
    private static String signedOut(HttpServletRequest request) {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:/login?error";
    }

    private String refused(CurrentUser user, HttpServletRequest request, HttpServletResponse response, Model model, String error) {
        response.setStatus(400);
        model.addAttribute("codeError", error);
        return page(user, request, model);
    }
}
