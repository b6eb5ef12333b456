package nl.kring.network.api;

import java.util.Arrays;
import java.util.Locale;
import nl.kring.network.domain.MapTooComplexException;
import nl.kring.network.io.Expected;
import nl.kring.network.io.MapFormatException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unreadable or unanalysable map, from the stateless analysis or a family's maps: 400
 * problem+json naming the field, in the reader's language.
 */
@RestControllerAdvice(assignableTypes = {NetworkAnalysisController.class, MapApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MapProblems {

    private static final String PERSONS = "persons";
    private static final String TOO_COMPLEX = "TOO_COMPLEX";

    private final NetworkMessages messages;

    MapProblems(NetworkMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MapFormatException.class)
    ResponseEntity<ProblemDetail> unreadableMap(MapFormatException e, Locale locale) {
        Object[] arguments = Arrays.stream(e.messageArguments())
                .map(argument -> argument instanceof Expected expected ? messages.get(expected.messageKey(), locale) : argument)
                .toArray();
        return problem(e.field(), e.error().name(), e.error().messageKey(), arguments, locale);
    }

    @ExceptionHandler(MapTooComplexException.class)
    ResponseEntity<ProblemDetail> mapTooComplex(MapTooComplexException e, Locale locale) {
        return problem(PERSONS, TOO_COMPLEX, "network.error." + TOO_COMPLEX,
                new Object[] {PERSONS, e.personCount(), e.tieCount()}, locale);
    }

    private ResponseEntity<ProblemDetail> problem(
            String field, String code, String detailKey, Object[] arguments, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get(detailKey, locale, arguments));
        problem.setTitle(messages.get("network.error.title", locale));
        problem.setProperty("field", field);
        problem.setProperty("code", code);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
