package nl.kring.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.kring.identity.AccessTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API requests that carry {@code Authorization: Bearer <personal access token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final boolean demoTokensAllowed;

    BearerTokenFilter(AccessTokens tokens, boolean demoTokensAllowed) {
        this.tokens = tokens;
        this.demoTokensAllowed = demoTokensAllowed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var token = header.substring(7).strip();
            boolean refused = token.startsWith(AccessTokens.DEMO_PREFIX) && !demoTokensAllowed;
            var account = refused ? java.util.Optional.<java.util.UUID>empty() : tokens.accountFor(token);
            account.ifPresent(id -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new AccountPrincipal(id), null, List.of()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
