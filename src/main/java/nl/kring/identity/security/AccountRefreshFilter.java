package nl.kring.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the remembered principal by the account as stored now, for this request only. So a change
 * of roles or team takes effect on the very next request, and a disabled account is signed out.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountRefreshFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountBound bound) {
            var current = accounts.currentUser(bound.accountId());
            var context = holder.createEmptyContext();
            if (current.isPresent()) {
                context.setAuthentication(authenticated(current.get()));
            } else {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            holder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
