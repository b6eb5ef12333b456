package nl.kring.family.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kring.family.FamilyDetails;
import nl.kring.family.FamilyDetailsRefused;
import nl.kring.identity.CurrentUser;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parts of a family file the family can share, one category per resource. Every read passes the
 * disclosure filter with its own category: the family, its assigned professionals, and whoever the
 * family shares that category with now; anyone else gets 404. Changes are for the family and its team.
 */
@RestController
@RequestMapping("/api/v1/families/{familyId}")
@Tag(name = "Family details", description = "Basic data, contact details and notes of a family file, each shared by the family's consent")
@SecurityRequirement(name = "bearer")
class FamilyDetailsApiController {

    private final FamilyDetails details;
    private final MessageSource messages;

    FamilyDetailsApiController(FamilyDetails details, MessageSource messages) {
        this.details = details;
        this.messages = messages;
    }

    @Schema(description = "A family member as basic data shows them: no family name, no birth date")
    record MemberResponse(UUID memberId, String givenName, @Schema(nullable = true) Integer age, String relation) {}

    @Schema(description = "A family member's contact details; absent fields are null")
    record ContactResponse(UUID memberId, String name, String phone, String email, String street, String postalCode, String city) {
        static ContactResponse of(FamilyDetails.MemberContact c) {
            var d = c.details();
            return new ContactResponse(c.memberId(), c.name(), d.phone().orElse(null), d.email().orElse(null), d.street().orElse(null),
                    d.postalCode().orElse(null), d.city().orElse(null));
        }
    }

    @Schema(description = "New contact details for one member: they replace the old ones; empty or missing fields mean none. "
            + "A postal code is Dutch (1234 AB).")
    record ContactRequest(String phone, String email, String street, String postalCode, String city) {}

    record NoteResponse(UUID id, String author, String text, Instant createdAt) {
        static NoteResponse of(FamilyDetails.Note n) {
            return new NoteResponse(n.id(), n.authorName(), n.text(), n.createdAt());
        }
    }

    record NoteRequest(@Schema(description = "1 to 4000 characters") String text) {}

    @GetMapping("/members")
    @Operation(summary = "Given names, ages and relations of the family members (category MEMBER_BASICS)")
    @ApiResponse(responseCode = "404", description = "Unknown, or nothing of this category shared with the caller")
    List<MemberResponse> members(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return details.members(user, familyId).stream()
                .map(m -> new MemberResponse(m.memberId(), m.givenName(), m.age(), m.relation().name())).toList();
    }

    @GetMapping("/contact-details")
    @Operation(summary = "Names with phone numbers, e-mail and postal addresses (category CONTACT_DETAILS)")
    @ApiResponse(responseCode = "404", description = "Unknown, or nothing of this category shared with the caller")
    List<ContactResponse> contactDetails(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return details.contactDetails(user, familyId).stream().map(ContactResponse::of).toList();
    }

    @PutMapping("/contact-details/{memberId}")
    @Operation(summary = "Replace one member's contact details (the family and its assigned professionals)")
    @ApiResponse(responseCode = "400", description = "A field is not valid: problem+json names it, with all wrong fields under 'errors'")
    ContactResponse saveContactDetails(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID memberId,
            @RequestBody ContactRequest request) {
        return ContactResponse.of(details.saveContactDetails(user, familyId, memberId, request.phone(), request.email(), request.street(),
                request.postalCode(), request.city()));
    }

    @GetMapping("/notes")
    @Operation(summary = "The notes in the file, newest first (category NOTES)")
    @ApiResponse(responseCode = "404", description = "Unknown, or nothing of this category shared with the caller")
    List<NoteResponse> notes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return details.notes(user, familyId).stream().map(NoteResponse::of).toList();
    }

    @PostMapping("/notes")
    @Operation(summary = "Add a note to the file (the family and its assigned professionals)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "The text is empty or longer than 4000 characters")
    ResponseEntity<NoteResponse> addNote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody NoteRequest request) {
        var note = NoteResponse.of(details.addNote(user, familyId, request.text()));
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/notes")).body(note);
    }

    /** A refused change: 400 problem+json naming the first wrong field, with every wrong field under {@code errors}. */
    @ExceptionHandler(FamilyDetailsRefused.class)
    ResponseEntity<ProblemDetail> refused(FamilyDetailsRefused refused, jakarta.servlet.http.HttpServletRequest request, Locale locale) {
        var status = HttpStatus.valueOf(refused.status());
        var problem = ProblemDetail.forStatusAndDetail(status, text(refused.messageKey(), locale));
        problem.setTitle(text(refused.status() == 400 ? "error.badRequest.title" : "error.notFound.title", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (refused.field() != null) {
            problem.setProperty("field", refused.field());
            problem.setProperty("errors", refused.errors().entrySet().stream()
                    .map(e -> java.util.Map.of("field", e.getKey(), "detail", text(e.getValue(), locale))).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, messages.getMessage(key + ".detail", null, key, locale), locale);
    }
}
