package nl.kring.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.security.SecondFactorSession;
import nl.kring.platform.web.PageModelContributor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (for the navigation) and the current path (for the language switch). */
@ControllerAdvice
class CurrentUserModel implements PageModelContributor {

    @Override
    public Map<String, Object> pageModel(HttpServletRequest request) {
        var model = new HashMap<String, Object>();
        model.put("currentPath", currentPath(request));
        var user = currentUser();
        if (user == null && request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            // the container's error page runs after the request's security context was cleared: read it from the session again,
            // so that an unknown address shows the same signed-in menu as every other page
            var saved = new org.springframework.security.web.context.HttpSessionSecurityContextRepository().loadDeferredContext(request).get();
            if (saved.getAuthentication() != null && saved.getAuthentication().getPrincipal() instanceof CurrentUser signedIn) {
                user = signedIn;
            }
        }
        if (user != null && SecondFactorSession.pending(request).isEmpty()) {
            model.put("currentUser", user);
        }
        return model;
    }

    /** Nobody halfway through signing in (second step to come) gets the navigation of a signed-in person. */
    @ModelAttribute("currentUser")
    CurrentUser currentUser(HttpServletRequest request) {
        if (SecondFactorSession.pending(request).isPresent()) {
            return null;
        }
        return currentUser();
    }

    private static CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
