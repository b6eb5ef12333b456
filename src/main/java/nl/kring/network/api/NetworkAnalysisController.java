package nl.kring.network.api;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.MapTooComplexException;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.io.Expected;
import nl.kring.network.io.MapFormat;
import nl.kring.network.io.MapFormatException;
import nl.kring.network.io.MapHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures and signals of an uploaded network map, without storing it. Reading lives in
 * {@code network.io}, computing in {@code network.domain}; this class only connects them to HTTP.
 */
@RestController
class NetworkAnalysisController {

    /** Dates such as "turns 18 within a year" are Dutch dates, whatever the server's time zone. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final String PERSONS = "persons";
    private static final String TOO_COMPLEX = "TOO_COMPLEX";

    private final NetworkSignalProperties signals;
    private final NetworkMessages messages;
    private final Clock clock;

    NetworkAnalysisController(NetworkSignalProperties signals, NetworkMessages messages, ObjectProvider<Clock> clock) {
        this.signals = signals;
        this.messages = messages;
        this.clock = clock.getIfAvailable(() -> Clock.system(NETHERLANDS));
    }

    /**
     * Analyses a map in Kring's own format, or with {@code ?format=easynwk} the newest version of an
     * easyNWK record, compared with the version before it.
     */
    @PostMapping(path = "/api/v1/network-analysis", consumes = MediaType.APPLICATION_JSON_VALUE)
    NetworkAnalysisResponse analyse(
            @RequestParam(name = "format", required = false) String format, InputStream body, Locale locale) {
        MapHistory history = MapFormat.fromParameter(format).read(body);
        MapVersion previous = history.previous().orElse(null);
        var figures = NetworkAnalysis.of(
                history.latest(), previous, signals.thresholds(), LocalDate.now(clock), ActivationInfo.none());
        return NetworkAnalysisResponse.of(
                figures, history.latest().number(), previous == null ? null : previous.number(), messages, locale);
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
