package nl.kring.suggestions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.suggestions.Suggestions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Who can help?" for a family: its open needs with the lightest fitting support first, its own needs, its choices. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/suggestions")
@Tag(name = "Suggestions", description = "Who can help? Per open need the lightest fitting support first: own network, assigned roles, "
        + "organised informal support, professionals last; the family's own needs and what it chose")
@SecurityRequirement(name = "bearer")
class SuggestionApiController {

    private final Suggestions suggestions;

    SuggestionApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    record NeedRequest(String text, String supportType) {}

    record NeedCreated(UUID id) {}

    record ChoiceRequest(String need, String ref, String kind, String region, String planId, String what, String supportType, String when,
            String start, String note) {}

    record ChoiceResponse(UUID id, String kind, UUID planId, Integer planVersion, UUID agreementId) {}

    record Answer(UUID familyId, String viewer, boolean mayChoose, String region, List<Suggestions.ShownNeed> needs,
            List<Suggestions.ShownChoice> choices) {}

    @GetMapping
    @Operation(summary = "The open needs (from the map's signals, the plans' agreements without a person, and the family's own needs), each "
            + "with its suggestions lightest first (level 1 to 4) and their reasons in plain words, and who on the map was left out and why. "
            + "For the family, its assigned professionals, and whoever the family shares SUGGESTIONS with. ?region= looks for initiatives "
            + "there instead of the family's own place.")
    Answer get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam(required = false) String region) {
        var shown = suggestions.open(user, familyId, Optional.ofNullable(region));
        return new Answer(familyId, shown.viewer().name(), shown.mayChoose(), shown.region().orElse(null), shown.needs(), shown.choices());
    }

    @PostMapping("/needs")
    @Operation(summary = "A member of the family writes down a need of its own (text, supportType); 403 for anyone else")
    ResponseEntity<NeedCreated> addNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody(required = false) NeedRequest request) {
        var asked = request == null ? new NeedRequest(null, null) : request;
        var id = suggestions.addNeed(user, familyId, asked.text(), ChoiceInput.supportType(asked.supportType(), "supportType", true));
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/suggestions/needs/" + id)).body(new NeedCreated(id));
    }

    @DeleteMapping("/needs/{needId}")
    @Operation(summary = "A member of the family closes a need it wrote")
    ResponseEntity<Void> closeNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID needId) {
        suggestions.closeNeed(user, familyId, needId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/choices")
    @Operation(summary = "The family decides about one suggestion (need, ref): ASK_IN_PLAN turns a person on the map into a proposed "
            + "agreement in the family's plan (what, supportType, when, start; planId when the family has several plans), "
            + "NOTE_FOR_PROFESSIONAL leaves a note. A suggestion Kring no longer makes answers 409. Recorded with all that was suggested.")
    ResponseEntity<ChoiceResponse> choose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody(required = false) ChoiceRequest request) {
        var asked = request == null ? new ChoiceRequest(null, null, null, null, null, null, null, null, null, null) : request;
        var choice = ChoiceInput.choice(asked.kind(), Optional.ofNullable(asked.planId()), asked.what(), asked.supportType(), asked.when(),
                asked.start(), asked.note());
        var chosen = suggestions.choose(user, familyId, asked.need() == null ? "" : asked.need(), asked.ref() == null ? "" : asked.ref(),
                Optional.ofNullable(asked.region()), choice);
        var proposed = chosen.proposed();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ChoiceResponse(chosen.choiceId(), chosen.kind().name(),
                proposed.map(p -> p.planId()).orElse(null), proposed.map(p -> p.version()).orElse(null),
                proposed.map(p -> p.agreementId()).orElse(null)));
    }
}
