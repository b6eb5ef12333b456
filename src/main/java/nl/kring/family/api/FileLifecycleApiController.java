package nl.kring.family.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.FileLifecycle;
import nl.kring.family.MemberInput;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.CareSituationEntry;
import nl.kring.family.domain.ClosingReason;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.FormValues;
import nl.kring.platform.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The life of a family file over the API: the same rules, access check and audit as the pages. */
@RestController
@RequestMapping("/api/v1/families")
@Tag(name = "Family file life", description = "Open a file, keep members and care situations up to date, hand over, close and reopen")
@SecurityRequirement(name = "bearer")
class FileLifecycleApiController {

    private final FileLifecycle lifecycle;

    FileLifecycleApiController(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record NewFileRequest(String name, List<MemberInput> members) {}

    record Created(UUID id) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a file for a new family (professionals of a team; the caller is assigned). "
            + "Members: relation YOUTH or PARENT, birthDate YYYY-MM-DD, parentalAuthority, carerKind "
            + "(MOTHER, FATHER, STEP_PARENT, FOSTER_PARENT, GUARDIAN, OTHER_CARER), authoritySince, careSituation for each youth "
            + "(NO_CARE, OWN_NETWORK_ONLY, OUTPATIENT, DAY_TREATMENT, PLACEMENT_KINSHIP_FOSTER, PLACEMENT_FOSTER, PLACEMENT_RESIDENTIAL, "
            + "PLACEMENT_SECURE), guardianship. 400 names the first broken field, e.g. members[1].birthDate")
    Created open(@AuthenticationPrincipal CurrentUser user, @RequestBody NewFileRequest request) {
        var members = MemberInput.parse(request.members() == null ? List.of() : request.members());
        return new Created(lifecycle.open(user, request.name(), members));
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member; the whole family must still meet the rules (409 otherwise)")
    Created addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody MemberInput member) {
        return new Created(lifecycle.addMember(user, id, member.parseOne()));
    }

    @PutMapping("/{id}/members/{memberId}")
    @Operation(summary = "Correct a member's names, birth date and carer kind (authority changes with a date: .../authority)")
    Created correctMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
            @RequestBody MemberInput member) {
        return new Created(lifecycle.correctMember(user, id, memberId, member.parseOne()));
    }

    @DeleteMapping("/{id}/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member; refused (409) when the last youth or the last parent with authority of a minor would go")
    void removeMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId) {
        lifecycle.removeMember(user, id, memberId);
    }

    record AuthorityRequest(Boolean authority, String effective) {}

    @PostMapping("/{id}/members/{memberId}/authority")
    @Operation(summary = "A parent gains or loses parental authority from a day on; access and consent follow from that day")
    Created changeAuthority(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
            @RequestBody AuthorityRequest request) {
        if (request.authority() == null) {
            throw Refusal.badInput("lifecycle.error.authority", "authority");
        }
        var effective = FormValues.optionalDate(request.effective(), "lifecycle.error.effective", "effective")
                .orElseThrow(() -> Refusal.badInput("lifecycle.error.effective", "effective"));
        return new Created(lifecycle.changeAuthority(user, id, memberId, request.authority(), effective));
    }

    record CareSituationRequest(String youthId, String situation, String since) {}

    record CareSituationView(UUID id, UUID youthId, CareSituation situation, LocalDate since) {
        static CareSituationView of(CareSituationEntry entry) {
            return new CareSituationView(entry.id(), entry.youthId(), entry.situation(), entry.since());
        }
    }

    @GetMapping("/{id}/care-situations")
    @Operation(summary = "Every youth's care situation over time, oldest first per youth")
    List<CareSituationView> careSituations(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return lifecycle.history(user, id).careSituations().stream().map(CareSituationView::of).toList();
    }

    @PostMapping("/{id}/care-situations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a youth's care situation from a day on (today when since is left out)")
    CareSituationView recordCareSituation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody CareSituationRequest request) {
        var youth = FormValues.uuid(request.youthId(), "lifecycle.error.youth", "youthId");
        var situation = situation(request.situation(), "situation");
        var since = FormValues.optionalDate(request.since(), "lifecycle.error.date", "since");
        return CareSituationView.of(lifecycle.recordCareSituation(user, id, youth, situation, since.orElse(null)));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Care situations, hand-overs and closings of the file")
    HistoryView history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        var history = lifecycle.history(user, id);
        return new HistoryView(history.careSituations().stream().map(CareSituationView::of).toList(), history.transfers(), history.closures());
    }

    record HistoryView(List<CareSituationView> careSituations, List<nl.kring.family.domain.Transfer> transfers,
            List<nl.kring.family.domain.Closure> closures) {}

    record ProfessionalRequest(String accountId) {}

    @PostMapping("/{id}/professionals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign a professional of the file's team")
    Created assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ProfessionalRequest request) {
        return new Created(lifecycle.assign(user, id, FormValues.uuid(request.accountId(), "lifecycle.error.professional", "accountId")));
    }

    @DeleteMapping("/{id}/professionals/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unassign a professional; the last one cannot leave (409): hand the file over instead")
    void unassign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID accountId) {
        lifecycle.unassign(user, id, accountId);
    }

    record TransferRequest(String teamId, String note) {}

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Hand the file over to another team with a note; the old team loses access on its next request")
    Created transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody TransferRequest request) {
        return new Created(lifecycle.transfer(user, id, FormValues.uuid(request.teamId(), "lifecycle.error.team", "teamId"), request.note()));
    }

    @GetMapping("/handed-over")
    @Operation(summary = "Files of the caller's team that nobody holds yet, with the hand-over note")
    List<FileLifecycle.Waiting> handedOver(@AuthenticationPrincipal CurrentUser user) {
        return lifecycle.waitingForTeam(user);
    }

    @PostMapping("/{id}/take-up")
    @Operation(summary = "Take up a file handed over to the caller's team: the caller is assigned")
    Created takeUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return new Created(lifecycle.takeUp(user, id));
    }

    record ClosureRequest(String closedOn, String reason, String reasonText, Map<String, String> careSituations) {}

    @PostMapping("/{id}/closure")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Close the file: closedOn, reason (GOALS_REACHED, MOVED_AWAY, TRANSFERRED, FAMILY_STOPPED, PLACEMENT, OTHER "
            + "with reasonText) and careSituations {youthId: situation} for every youth. A closed file is read-only (409)")
    Created close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ClosureRequest request) {
        var closedOn = FormValues.optionalDate(request.closedOn(), "lifecycle.error.date", "closedOn")
                .orElseThrow(() -> Refusal.badInput("lifecycle.error.closedOn", "closedOn"));
        ClosingReason reason;
        try {
            reason = ClosingReason.valueOf(request.reason() == null ? "" : request.reason().strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("lifecycle.error.reason", "reason");
        }
        var situations = new HashMap<UUID, CareSituation>();
        if (request.careSituations() != null) {
            request.careSituations().forEach((youth, situation) -> situations.put(
                    FormValues.uuid(youth, "lifecycle.error.youth", "careSituations"), situation(situation, "careSituations." + youth)));
        }
        return new Created(lifecycle.close(user, id, closedOn, reason, request.reasonText(), situations).id());
    }

    record ReopenRequest(String reason) {}

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Reopen a closed file with a reason, within its retention period")
    Created reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ReopenRequest request) {
        return new Created(lifecycle.reopen(user, id, request.reason()));
    }

    private static CareSituation situation(String value, String field) {
        try {
            return CareSituation.valueOf(Optional.ofNullable(value).orElse("").strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("lifecycle.error.careSituation", field);
        }
    }
}
