package nl.kring.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (for the navigation) and the current path (for the language switch). */
@ControllerAdvice
class CurrentUserModel {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
