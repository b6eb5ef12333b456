package nl.kring.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kring.identity.Accounts;
import nl.kring.identity.SecondFactors;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a correct password: an account with a second factor goes to the second step, an account whose
 * role requires one but has none goes to set it up, and everyone else is signed in. Only for the sign-in
 * form; with OIDC the identity provider takes care of the second factor.
 */
final class SecondFactorSignIn implements AuthenticationSuccessHandler {

    private final SecondFactors secondFactors;
    private final Accounts accounts;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SecondFactorSignIn(SecondFactors secondFactors, Accounts accounts) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getPrincipal() instanceof AccountBound bound) {
            if (secondFactors.enrolled(bound.accountId())) {
                SecondFactorSession.mark(request, SecondFactorSession.Pending.VERIFY);
                redirect.sendRedirect(request, response, SecondFactorSession.VERIFY_PATH);
                return;
            }
            var user = accounts.currentUser(bound.accountId());
            if (user.isPresent() && secondFactors.requiredFor(user.get())) {
                SecondFactorSession.mark(request, SecondFactorSession.Pending.ENROL);
                redirect.sendRedirect(request, response, SecondFactorSession.ENROL_PATH);
                return;
            }
        }
        redirect.sendRedirect(request, response, "/");
    }
}
