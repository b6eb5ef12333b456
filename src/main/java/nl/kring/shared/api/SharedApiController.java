package nl.kring.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.shared.SharedFiles;
import nl.kring.shared.web.SharedPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What families share with the caller: for network members, volunteers and professionals outside a family's team. */
@RestController
@RequestMapping("/api/v1/shared")
@Tag(name = "Shared with me", description = "What families share with the caller, exactly the categories they consented to")
@SecurityRequirement(name = "bearer")
class SharedApiController {

    private final SharedFiles shared;
    private final SharedPdf pdf;

    SharedApiController(SharedFiles shared, SharedPdf pdf) {
        this.shared = shared;
        this.pdf = pdf;
    }

    record SharedFamily(UUID familyId, String familyName,
            @Schema(description = "Category codes shared now, e.g. NETWORK_MAP, CONTACT_DETAILS, MEMBER_BASICS, NOTES") List<String> categories) {}

    record Member(UUID memberId, String givenName, @Schema(nullable = true) Integer age, String relation) {}

    record Contact(UUID memberId, String name, String phone, String email, String street, String postalCode, String city) {}

    record Note(UUID id, String author, String text, Instant createdAt) {}

    record NetworkMap(UUID id, String title, String perspective, String href) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Only the parts whose category is shared are present; an absent part is not shared")
    record SharedFileResponse(UUID familyId, String familyName, List<String> categories, List<Member> members,
            List<Contact> contactDetails, List<Note> notes, List<NetworkMap> networkMaps) {}

    @GetMapping
    @Operation(summary = "The families that share something with the caller, with the categories they share")
    List<SharedFamily> list(@AuthenticationPrincipal CurrentUser user) {
        return shared.list(user).stream()
                .map(s -> new SharedFamily(s.familyId(), s.familyName(), s.categories().stream().sorted().toList()))
                .toList();
    }

    @GetMapping("/{familyId}")
    @Operation(summary = "What one family shares with the caller: only the shared categories are present; each is read and audited on its own")
    @ApiResponse(responseCode = "404", description = "Unknown, or nothing shared with the caller")
    SharedFileResponse one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        var file = shared.open(user, familyId);
        return new SharedFileResponse(file.familyId(), file.familyName(), file.categories(),
                file.members().map(list -> list.stream()
                        .map(m -> new Member(m.memberId(), m.givenName(), m.age(), m.relation().name())).toList()).orElse(null),
                file.contactDetails().map(list -> list.stream().map(c -> new Contact(c.memberId(), c.name(), c.details().phone().orElse(null),
                        c.details().email().orElse(null), c.details().street().orElse(null), c.details().postalCode().orElse(null),
                        c.details().city().orElse(null))).toList()).orElse(null),
                file.notes().map(list -> list.stream().map(n -> new Note(n.id(), n.authorName(), n.text(), n.createdAt())).toList())
                        .orElse(null),
                file.maps().map(list -> list.stream().map(m -> new NetworkMap(m.id(), m.title(), m.perspective().name(),
                        "/api/v1/families/" + familyId + "/maps/" + m.id())).toList()).orElse(null));
    }

    @GetMapping("/{familyId}/download.pdf")
    @Operation(summary = "What one family shares with the caller as a readable PDF: only the shared categories")
    @ApiResponse(responseCode = "404", description = "Unknown, or nothing shared with the caller")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Locale locale) {
        var file = shared.open(user, familyId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("gedeeld.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.write(file, locale));
    }
}
