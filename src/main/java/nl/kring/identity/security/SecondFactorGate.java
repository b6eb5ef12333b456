package nl.kring.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a half-signed-in session (password right, second step still to come) out of everything but that
 * step, signing out, static files and error pages: any other request is sent to the step.
 */
final class SecondFactorGate extends OncePerRequestFilter {

    private static final List<String> OPEN_PATHS = List.of("/logout", "/error", "/favicon.ico");
    private static final List<String> OPEN_FOLDERS = List.of("/error/", "/css/", "/js/", "/vendor/", "/img/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var pending = SecondFactorSession.pending(request);
        if (pending.isPresent() && !allowed(request.getRequestURI().substring(request.getContextPath().length()), pending.get())) {
            response.sendRedirect(request.getContextPath() + SecondFactorSession.pathOf(pending.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String path, SecondFactorSession.Pending pending) {
        if (OPEN_PATHS.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith)) {
            return true;
        }
        var step = SecondFactorSession.pathOf(pending);
        return path.equals(step) || path.startsWith(step + "/");
    }
}
