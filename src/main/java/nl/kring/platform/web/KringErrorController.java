package nl.kring.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page (for errors raised outside a controller, e.g. by a filter): problem+json
 * for the API, the friendly page for everything else, whatever the client accepts. Never a stack trace.
 */
@Controller
class KringErrorController implements ErrorController {

    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 500, 503);

    private final MessageSource messages;
    private final java.util.List<PageModelContributor> pageModels;

    KringErrorController(MessageSource messages, java.util.List<PageModelContributor> pageModels) {
        this.messages = messages;
        this.pageModels = pageModels;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        var path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        var title = messages.getMessage(KNOWN.contains(status) ? "error.status." + status : "error.generic.title", null, locale);
        var detail = messages.getMessage(status == 429 ? "error.status.429.detail" : "error.generic.detail", null, locale);
        if (path.startsWith("/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("errorTitle", title);
        page.addObject("errorDetail", detail);
        pageModels.forEach(contributor -> page.addAllObjects(contributor.pageModel(request)));
        // the language switch should lead back to the page that failed, not to /error
        page.addObject("currentPath", path.startsWith("/") ? path : "/");
        return page;
    }
}
