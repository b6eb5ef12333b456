package nl.kring.consent.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.Sharing;
import nl.kring.consent.SharingExceptions;
import nl.kring.consent.domain.Category;
import nl.kring.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sharing without consent, for the professionals assigned to a family file. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/exceptions")
@Tag(name = "Sharing without consent",
        description = "Exceptions recorded by an assigned professional: only for a child's safety or under a statutory measure, always "
                + "with a justification. The family sees them, unless one for a child's safety is hidden from the family; then only the "
                + "team's privacy officer does.")
@SecurityRequirement(name = "bearer")
class ExceptionApiController {

    private final SharingExceptions exceptions;

    ExceptionApiController(SharingExceptions exceptions) {
        this.exceptions = exceptions;
    }

    /**
     * An exception to record. Name the recipient either by {@code networkContactId} (a person of the
     * family's network) or by {@code recipientUsername} (a volunteer or a professional outside the team).
     *
     * @param subjectId the family-member id of the youth it is about
     * @param reason CHILD_SAFETY or STATUTORY_MEASURE
     * @param justification why, required, at most 2000 characters
     * @param categories e.g. NETWORK_MAP, CONTACT_DETAILS, MEMBER_BASICS, NOTES
     * @param start the first day (today when left out)
     * @param end the last day, if any
     * @param hiddenFromFamily only with CHILD_SAFETY: the family is not shown the exception nor the reads under it
     */
    record NewExceptionRequest(UUID subjectId, String reason, String justification, UUID networkContactId, String recipientUsername,
            List<String> categories, LocalDate start, LocalDate end, Boolean hiddenFromFamily) {}

    /** An exception as the API shows it; {@code state} is ACTIVE, NOT_STARTED, EXPIRED or ENDED. */
    record ExceptionResponse(UUID id, UUID subjectId, String subjectName, String reason, String justification, String recipientKind,
            UUID recipientId, String recipientLabel, List<String> categories, LocalDate start, LocalDate end, boolean hiddenFromFamily,
            UUID recordedBy, Instant recordedAt, Instant endedAt, String state) {

        static ExceptionResponse of(Sharing.ExceptionView view) {
            var e = view.exception();
            return new ExceptionResponse(e.id(), e.subjectId(), view.subjectName(), e.reason().name(), e.justification(),
                    e.recipient().getClass().getSimpleName(), e.recipient().id(), e.recipient().label(),
                    e.categories().stream().map(Category::code).sorted().toList(), e.start(), e.end().orElse(null), e.hiddenFromFamily(),
                    e.recordedBy(), e.recordedAt(), view.endedAt().orElse(null),
                    view.stateKey().substring(view.stateKey().lastIndexOf('.') + 1));
        }
    }

    @GetMapping
    @Operation(summary = "Every exception of this family file, hidden ones included: assigned professionals only (403 for the family, "
            + "404 for anyone who may not know the file); audited")
    List<ExceptionResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return exceptions.overview(user, familyId).exceptions().stream().map(ExceptionResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record an exception (assigned professionals only); it counts at once. 201; 400 problem+json naming the field")
    ResponseEntity<ExceptionResponse> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody NewExceptionRequest request) {
        Sharing.RecipientChoice recipient = request.networkContactId() != null
                ? new Sharing.RecipientChoice.NetworkContact(request.networkContactId())
                : new Sharing.RecipientChoice.Account(request.recipientUsername());
        var recorded = exceptions.record(user, familyId, new SharingExceptions.NewException(request.subjectId(), request.reason(),
                request.justification(), recipient, request.categories() == null ? Set.of() : Set.copyOf(request.categories()),
                request.start(), Optional.ofNullable(request.end()), Boolean.TRUE.equals(request.hiddenFromFamily())));
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/exceptions")).body(ExceptionResponse.of(recorded));
    }

    @PostMapping("/{exceptionId}/end")
    @Operation(summary = "End an exception now (assigned professionals only); 204")
    ResponseEntity<Void> end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID exceptionId) {
        exceptions.end(user, familyId, exceptionId);
        return ResponseEntity.noContent().build();
    }
}
