package nl.kring.family.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Child-protection measures on a family's youths: a fact about the file, recorded by its assigned professionals. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/measures")
@Tag(name = "Child-protection measures",
        description = "Supervision orders, guardianship, closed youth care and youth probation on a family's youths. While one runs, "
                + "the file is marked and voluntary consent is not the legal basis for sharing about that youth.")
@SecurityRequirement(name = "bearer")
class MeasureApiController {

    private final FamilyFiles families;

    MeasureApiController(FamilyFiles families) {
        this.families = families;
    }

    /**
     * A measure to record.
     *
     * @param youthId the family-member id of the youth
     * @param kind SUPERVISION_ORDER, GUARDIANSHIP, CLOSED_YOUTH_CARE or YOUTH_PROBATION
     * @param start the first day (today when left out)
     * @param end the last day, if known
     */
    record NewMeasureRequest(UUID youthId, String kind, LocalDate start, LocalDate end) {}

    /** @param end the last day (today when left out) */
    record EndRequest(LocalDate end) {}

    /** A measure as the API shows it; {@code running} tells whether it runs today. */
    record MeasureResponse(UUID id, UUID youthId, String kind, LocalDate start, LocalDate end, boolean running, Instant recordedAt) {
        static MeasureResponse of(ChildProtectionMeasure m, LocalDate today) {
            return new MeasureResponse(m.id(), m.youthId(), m.kind().name(), m.start(), m.end().orElse(null), m.runsOn(today), m.recordedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The measures on this family's youths, past and present, for whoever may read the file; audited")
    List<MeasureResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        var today = families.today();
        return families.measures(user, familyId).stream().map(m -> MeasureResponse.of(m, today)).toList();
    }

    @PostMapping
    @Operation(summary = "Record a measure (assigned professionals only): 201; 400 problem+json naming the field; 403 for the family, "
            + "404 for anyone who may not know the file")
    ResponseEntity<MeasureResponse> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody NewMeasureRequest request) {
        var measure = families.recordMeasure(user, familyId, new FamilyFiles.NewMeasure(request.youthId(), request.kind(),
                request.start() == null ? families.today() : request.start(), Optional.ofNullable(request.end())));
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/measures"))
                .body(MeasureResponse.of(measure, families.today()));
    }

    @PostMapping("/{measureId}/end")
    @Operation(summary = "End a measure on the given day (today when left out); assigned professionals only")
    MeasureResponse end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID measureId,
            @RequestBody(required = false) EndRequest request) {
        var measure = families.endMeasure(user, familyId, measureId, Optional.ofNullable(request).map(EndRequest::end));
        return MeasureResponse.of(measure, families.today());
    }
}
