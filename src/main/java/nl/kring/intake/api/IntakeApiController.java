package nl.kring.intake.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.MemberInput;
import nl.kring.identity.CurrentUser;
import nl.kring.intake.SupportRequests;
import nl.kring.intake.domain.RequestState;
import nl.kring.intake.domain.SupportRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The team's intake list over the API: the same access rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "Intake list", description = "The support requests of the caller's team: read, accept into a new family file, refer")
@SecurityRequirement(name = "bearer")
class IntakeApiController {

    private final SupportRequests requests;

    IntakeApiController(SupportRequests requests) {
        this.requests = requests;
    }

    record RequestView(UUID id, Instant receivedAt, RequestState state, Optional<String> question, String postcode,
            Optional<String> email, Optional<String> phone, Optional<String> addressedAs, String language, Optional<UUID> familyId,
            Optional<String> referralText, Optional<UUID> handledBy, Optional<Instant> handledAt, Optional<Instant> erasedAt) {
        static RequestView of(SupportRequest r) {
            return new RequestView(r.id(), r.receivedAt(), r.state(), r.question(), r.postcode(), r.email(), r.phone(), r.addressedAs(),
                    r.language(), r.familyId(), r.referralText(), r.handledBy(), r.handledAt(), r.erasedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The team's support requests: open ones first, oldest first, then the last handled ones "
            + "(professionals and coordinators of a team)")
    List<RequestView> list(@AuthenticationPrincipal CurrentUser user) {
        return requests.intakeList(user).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One support request of the team; 404 for anyone outside the team")
    RequestView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return RequestView.of(requests.read(user, id));
    }

    record NewFileRequest(String name, List<MemberInput> members) {}

    record Accepted(UUID familyId) {}

    @PostMapping("/{id}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept the request into a new family file (professionals of the team; the caller is assigned). The body is "
            + "that of POST /api/v1/families; 409 when the request was already handled")
    Accepted accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) NewFileRequest body) {
        return new Accepted(requests.acceptIntoNewFile(user, id, body == null ? null : body.name(),
                () -> MemberInput.parse(body == null || body.members() == null ? List.of() : body.members())));
    }

    record ReferRequest(String text) {}

    @PostMapping("/{id}/refer")
    @Operation(summary = "Answer the request with a referral in words; mailed to the person if they gave an e-mail address. "
            + "400 without a text, 409 when the request was already handled")
    RequestView refer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ReferRequest body) {
        return RequestView.of(requests.refer(user, id, body == null ? null : body.text()));
    }
}
