package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.CentroidImportRefused;
import nl.kring.matching.Geography;
import nl.kring.matching.domain.Pc4;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's postcode list over the API: the same rules and audit as the page. */
@RestController
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
class PostcodeApiController {

    private final Geography geography;
    private final MessageSource messages;

    PostcodeApiController(Geography geography, MessageSource messages) {
        this.geography = geography;
        this.messages = messages;
    }

    record Summary(UUID organisation, int areas, int fictional) {}

    record Imported(int areas, int before) {}

    /** km is null when the list has no coordinates for one or both areas; then missing names them. */
    record DistanceAnswer(String from, String to, Double km, List<String> missing) {}

    /** A line of the file that could not be read, with its number (from 1) and the translated reason. */
    record LineProblem(int line, String code, String value, String message) {}

    @GetMapping("/api/v1/organisations/{id}/postcodes")
    @Operation(summary = "How many postcode areas (PC4) the organisation has coordinates for (COORDINATOR of it; 404 otherwise)")
    Summary summary(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        var summary = geography.summary(user, id);
        return new Summary(id, summary.areas(), summary.fictional());
    }

    @PostMapping(value = "/api/v1/organisations/{id}/postcodes", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Replace the organisation's list with a PC4 centroid CSV (postcode,latitude,longitude; a header, ';' "
            + "or tab separators and PC6 postcodes are accepted). Any bad line: 400 with every bad line and its number, nothing changes; "
            + "above 1 MB: 413")
    Imported importCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) byte[] body) {
        var imported = geography.importCsv(user, id, body);
        return new Imported(imported.areas(), imported.before());
    }

    @GetMapping("/api/v1/organisations/{id}/postcodes/distance")
    @Operation(summary = "The great-circle distance in km between two postcodes (PC4 or PC6) from the organisation's list")
    DistanceAnswer distance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String from,
            @RequestParam String to) {
        return switch (geography.distance(user, id, from, to)) {
            case Geography.Distance.Known k -> new DistanceAnswer(k.from().toString(), k.to().toString(),
                    Math.round(k.km() * 100) / 100.0, List.of());
            case Geography.Distance.Unknown u -> new DistanceAnswer(u.from().toString(), u.to().toString(), null,
                    u.missing().stream().map(Pc4::toString).toList());
        };
    }

    @ExceptionHandler(CentroidImportRefused.class)
    ResponseEntity<ProblemDetail> refused(CentroidImportRefused refused, HttpServletRequest request, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(refused.messageKey(), new Object[] {refused.problems().size()}, locale));
        problem.setTitle(messages.getMessage("error.status.400", null, "Bad request", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("field", refused.field());
        problem.setProperty("problems", refused.problems().stream().map(p -> new LineProblem(p.line(), p.code().name(), p.value(),
                messages.getMessage(p.code().messageKey(), new Object[] {p.line(), p.value()}, locale))).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
