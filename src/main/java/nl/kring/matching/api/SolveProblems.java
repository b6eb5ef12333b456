package nl.kring.matching.api;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused solve body: 400 or 413 problem+json with the field and a code, in the reader's language. */
@RestControllerAdvice(assignableTypes = MatchingSolveController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SolveProblems {

    private final MessageSource messages;

    SolveProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SolveRefused.class)
    ResponseEntity<ProblemDetail> refused(SolveRefused e, Locale locale) {
        var status = HttpStatus.valueOf(e.code().status);
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("matching.solve.error." + e.code().name(), e.messageArguments(), locale));
        problem.setTitle(messages.getMessage("matching.solve.error.title", null, locale));
        problem.setProperty("field", e.field());
        problem.setProperty("code", e.code().name());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
