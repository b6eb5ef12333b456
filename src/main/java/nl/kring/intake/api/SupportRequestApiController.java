package nl.kring.intake.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.kring.intake.PublicFormThrottle;
import nl.kring.intake.SupportRequests;
import nl.kring.intake.domain.RequestInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "Vraag steun aan" over the API: public, no token, the same rules and the same throttle as the form. */
@RestController
@Tag(name = "Support requests", description = "A family asks for support itself, without an account")
class SupportRequestApiController {

    private final SupportRequests requests;

    SupportRequestApiController(SupportRequests requests) {
        this.requests = requests;
    }

    record Received(UUID id, boolean confirmationMailed) {}

    @PostMapping("/api/v1/support-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for support (public, no token). Body: question (own words, up to 4000 characters), postcode (Dutch, "
            + "1234 AB), email and/or phone, language (nl or en: the language to answer in), addressedAs (optional: how to be "
            + "addressed). The request goes to the team whose postcode area covers the postcode. 400 names the first broken field "
            + "(postcode also when no team covers it); 429 when this client address sent too many requests within the window")
    Received submit(HttpServletRequest http, HttpServletResponse response, @RequestBody RequestInput body) {
        try {
            var received = requests.submit(http.getRemoteAddr(), body, false);
            return new Received(received.id().orElseThrow(), received.mailed());
        } catch (PublicFormThrottle.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            throw throttled;
        }
    }
}
