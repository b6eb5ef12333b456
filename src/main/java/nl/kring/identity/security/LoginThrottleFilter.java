package nl.kring.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to sign-in attempts (password or second factor) and to changes of one's own second factor from an
 * address that failed too often, before any password or code is checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    /** Where a password or a code is checked: signing in, and changing one's own second factor with a code. */
    static final java.util.Set<String> GUARDED = java.util.Set.of("/login", SecondFactorSession.VERIFY_PATH,
            SecondFactorSession.ENROL_PATH + "/disable", SecondFactorSession.ENROL_PATH + "/recovery-codes");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && GUARDED.contains(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (attempts.throttled(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "900");
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
