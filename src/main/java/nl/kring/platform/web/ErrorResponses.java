package nl.kring.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns refusals and bad input into a translated answer with the right 4xx status: a friendly page
 * for the browser, problem+json for the API. Never a stack trace. A database failure (for example an
 * audit line that cannot be written) fails the request with 503.
 */
@ControllerAdvice
public class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;
    private final List<PageModelContributor> pageModels;

    public ErrorResponses(MessageSource messages, List<PageModelContributor> pageModels) {
        this.messages = messages;
        this.pageModels = pageModels;
    }

    @ExceptionHandler(RuntimeException.class)
    Object refusal(RuntimeException exception, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (exception instanceof HttpRefusal refusal) {
            return answer(request, locale, refusal.status(), refusal.messageKey(), refusal.field());
        }
        if (exception instanceof DataAccessException) {
            log.error("Database failure on {}", request.getRequestURI(), exception);
            return answer(request, locale, 503, "error.unavailable", null);
        }
        log.error("Unexpected failure on {}", request.getRequestURI(), exception);
        return answer(request, locale, 500, "error.unexpected", null);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class, MethodArgumentNotValidException.class, HandlerMethodValidationException.class})
    Object badInput(Exception exception, HttpServletRequest request, Locale locale) {
        String field = switch (exception) {
            case MethodArgumentTypeMismatchException e -> e.getName();
            case MissingServletRequestParameterException e -> e.getParameterName();
            case MethodArgumentNotValidException e -> e.getBindingResult().getFieldError() == null ? null
                    : e.getBindingResult().getFieldError().getField();
            default -> null;
        };
        return answer(request, locale, 400, "error.badRequest", field);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(HttpServletRequest request, Locale locale) {
        return answer(request, locale, 404, "error.notFound", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, Locale locale) {
        return answer(request, locale, 405, "error.methodNotAllowed", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpServletRequest request, Locale locale) {
        return answer(request, locale, 415, "error.unsupportedMediaType", null);
    }

    private Object answer(HttpServletRequest request, Locale locale, int status, String key, String field) {
        // a refusal may bring just one message: then it is the detail, under the status's own title
        var statusTitle = messages.getMessage("error.status." + status, null, messages.getMessage("error.generic.title", null, locale), locale);
        var title = messages.getMessage(key + ".title", null, statusTitle, locale);
        var detail = messages.getMessage(key + ".detail", null, messages.getMessage(key, null, "", locale), locale);
        if (request.getRequestURI().startsWith("/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (field != null) {
                problem.setProperty("field", field);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("errorTitle", title);
        page.addObject("errorDetail", detail);
        // so that the page keeps the signed-in menu and the language switch
        pageModels.forEach(contributor -> page.addAllObjects(contributor.pageModel(request)));
        return page;
    }
}
