package nl.kring.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.plan.AgreementAnswer;
import nl.kring.plan.AgreementDone;
import nl.kring.plan.PlanEditConflict;
import nl.kring.plan.PlanInput;
import nl.kring.plan.PlanRefusal;
import nl.kring.plan.PlanSummary;
import nl.kring.plan.Plans;
import nl.kring.plan.RefusedPerson;
import nl.kring.plan.domain.FamilyPart;
import nl.kring.plan.domain.PersonRef;
import nl.kring.plan.domain.ProfessionalPart;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The family's own plans: versions, the family's and the professionals' parts, acceptance, refused persons, network members' answers. */
@RestController
@RequestMapping("/api/v1/families/{familyId}")
@Tag(name = "Plans", description = "The family's own plan: agreements, safety, evaluation moments, acceptance by the family, step-down")
@SecurityRequirement(name = "bearer")
class PlanApiController {

    private final Plans plans;
    private final MessageSource messages;
    private final nl.kring.plan.web.PlanPdf pdf;

    PlanApiController(Plans plans, MessageSource messages, nl.kring.plan.web.PlanPdf pdf) {
        this.pdf = pdf;
        this.plans = plans;
        this.messages = messages;
    }

    record NewPlanRequest(String title) {}

    record FamilyPartRequest(Integer basedOnRevision, String question, String goingWell, String worries, String goals,
            List<PlanInput.AgreementInput> agreements, String safety, String whenThingsGoWrong, List<String> evaluationMoments) {}

    record ProfessionalPartRequest(Integer basedOnRevision, List<PlanInput.ConditionInput> safetyConditions, List<PlanInput.TaskInput> tasks,
            String comment) {}

    record AcceptRequest(Integer revision) {}

    record MeetingRequest(String stage, String meetingOn, String place) {}

    record PersonRequest(UUID mapId, String personId) {}

    record AnswerRequest(String answer) {}

    record DoneRequest(String doneOn, String note) {}

    record AcceptorResponse(UUID memberId, String name, boolean hasAccount, boolean acceptedThisRevision, Integer acceptedRevision,
            Instant acceptedAt) {}

    /** One version of a plan as this reader may see it; send {@code revision} back with a change. */
    record PlanResponse(UUID id, String title, int number, int revision, String status, List<Integer> versions, String viewer,
            FamilyPart family, ProfessionalPart professional, List<AcceptorResponse> acceptors, List<AgreementAnswer> answers,
            List<AgreementDone> done, Instant acceptedAt, nl.kring.plan.Meeting meeting, List<PersonRef> suggestions,
            List<nl.kring.plan.domain.Evaluation> evaluations) {
        static PlanResponse of(Plans.OpenedPlan opened) {
            var version = opened.version();
            return new PlanResponse(opened.plan().id(), opened.plan().title(), version.number(), version.revision(), version.status().name(),
                    opened.versions(), opened.viewer().name(), version.content().family(), version.content().professional(),
                    opened.acceptors().stream().map(a -> new AcceptorResponse(a.memberId(), a.name(), a.hasAccount(), a.current(),
                            a.acceptance().map(x -> x.revision()).orElse(null), a.acceptance().map(x -> x.acceptedAt()).orElse(null))).toList(),
                    opened.answers(), opened.done(), version.acceptedAt().orElse(null), opened.meeting().orElse(null),
                    opened.suggestions().stream().map(Plans.Person::ref).toList(), opened.evaluations());
        }
    }

    record SavedResponse(PlanResponse plan, List<PersonRef> overloadWarnings) {}

    @GetMapping("/plans")
    @Operation(summary = "The family's plans, each with its latest version's number and status")
    List<PlanSummary> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return plans.plans(user, familyId).plans();
    }

    @PostMapping("/plans")
    @Operation(summary = "Start a plan: an empty first version, as a draft (the family or an assigned professional)")
    ResponseEntity<PlanResponse> create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody(required = false) NewPlanRequest request) {
        var opened = plans.create(user, familyId, request == null ? null : request.title());
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/plans/" + opened.plan().id()))
                .body(PlanResponse.of(opened));
    }

    @GetMapping("/plans/{planId}")
    @Operation(summary = "The latest version of a plan, or ?version=N; a network member sees what the family shares with them")
    PlanResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(name = "version", required = false) Integer version) {
        return PlanResponse.of(plans.open(user, familyId, planId, version == null ? OptionalInt.empty() : OptionalInt.of(version)));
    }

    @GetMapping(path = "/plans/{planId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The latest version, or ?version=N, as a PDF to print or hand around: what this reader may see of it")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(name = "version", required = false) Integer version, Locale locale) {
        var printable = plans.printable(user, familyId, planId, version == null ? OptionalInt.empty() : OptionalInt.of(version), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.write(printable, locale));
    }

    @PutMapping("/plans/{planId}/family-part")
    @Operation(summary = "Save the family's part of the draft (family members only; 403 for a professional). "
            + "A stale basedOnRevision answers 409 with the current version; an agreement for a refused person 422. "
            + "The answer lists persons who now carry many agreements (overloadWarnings): a warning, not a block.")
    SavedResponse saveFamilyPart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestBody(required = false) FamilyPartRequest request) {
        if (request == null || request.basedOnRevision() == null) {
            throw PlanRefusal.badInput("plan.error.revision", "basedOnRevision");
        }
        var part = PlanInput.familyPart(new PlanInput.FamilyPartInput(request.question(), request.goingWell(), request.worries(),
                request.goals(), request.agreements(), request.safety(), request.whenThingsGoWrong(), request.evaluationMoments()));
        var saved = plans.saveFamilyPart(user, familyId, planId, request.basedOnRevision(), part, true);
        return new SavedResponse(PlanResponse.of(saved.plan()), saved.overloaded());
    }

    @PutMapping("/plans/{planId}/professional-part")
    @Operation(summary = "Save the professionals' part: safety conditions, professional tasks with their planned hand-over, a comment "
            + "(assigned professionals only)")
    PlanResponse saveProfessionalPart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestBody(required = false) ProfessionalPartRequest request) {
        if (request == null || request.basedOnRevision() == null) {
            throw PlanRefusal.badInput("plan.error.revision", "basedOnRevision");
        }
        return PlanResponse.of(plans.saveProfessionalPart(user, familyId, planId, request.basedOnRevision(),
                new PlanInput.ProfessionalPartInput(request.safetyConditions(), request.tasks(), request.comment())));
    }

    @PostMapping("/plans/{planId}/acceptances")
    @Operation(summary = "Accept the draft as it reads at this revision: parents with parental authority and youths from 12 (403 for "
            + "anyone else); 422 without an evaluation moment. Accepted by all, the version is kept as it is.")
    PlanResponse accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestBody(required = false) AcceptRequest request) {
        if (request == null || request.revision() == null) {
            throw PlanRefusal.badInput("plan.error.revision", "revision");
        }
        return PlanResponse.of(plans.accept(user, familyId, planId, request.revision()));
    }

    @PutMapping("/plans/{planId}/meeting")
    @Operation(summary = "Move the network meeting to a stage (GET_TO_KNOW, QUESTION_AND_WHO, INVITE, INFORMATION, PRIVATE_TIME, PLAN, "
            + "FOLLOW_UP) with the date and place the family chose. Only the family starts and ends PRIVATE_TIME; while it runs, "
            + "professionals get 403 on the plan.")
    PlanResponse meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestBody(required = false) MeetingRequest request) {
        nl.kring.plan.domain.MeetingStage stage;
        try {
            stage = nl.kring.plan.domain.MeetingStage.valueOf(request == null || request.stage() == null ? "" : request.stage().strip());
        } catch (IllegalArgumentException unknown) {
            throw PlanRefusal.badInput("plan.error.stage", "stage");
        }
        return PlanResponse.of(plans.moveMeeting(user, familyId, planId, new nl.kring.plan.Meeting(stage,
                PlanInput.day(request.meetingOn(), "meetingOn"), request.place())));
    }

    record InvitationRequest(UUID mapId, String personId, String language) {}

    record InvitationResponse(String invited, String language) {}

    @PostMapping("/plans/{planId}/meeting/invitations")
    @Operation(summary = "Mail the invitation to the network meeting, in Dutch or English (language nl or en; default the reader's), "
            + "to a person on the map who has an account: 422 without one (print the letter instead) or for a person a youth refused. "
            + "For the family, its team, and the coordinator the family shares PLAN_MEETING with.")
    ResponseEntity<InvitationResponse> invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestBody(required = false) InvitationRequest request, Locale locale) {
        var asked = request == null ? new InvitationRequest(null, null, null) : request;
        // checked inside the file's door, so that someone outside it learns nothing and leaves an audit line
        var invited = plans.mailMeetingInvitation(user, familyId, planId, asked.mapId(), asked.personId() == null ? "" : asked.personId().strip(),
                asked.language(), locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new InvitationResponse(invited.name(), invited.language().getLanguage()));
    }

    @PostMapping("/plans/{planId}/evaluations")
    @Operation(summary = "The family evaluates the accepted version: every agreement marked DONE, PARTLY, NOT or NO_LONGER_NEEDED "
            + "with a note, and what changes (422 when an agreement is not marked). The next version starts from it.")
    ResponseEntity<PlanResponse> evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestBody(required = false) PlanInput.EvaluationInput request) {
        var evaluation = PlanInput.evaluation(request == null ? new PlanInput.EvaluationInput(null, null, null) : request);
        return ResponseEntity.status(HttpStatus.CREATED).body(PlanResponse.of(plans.evaluate(user, familyId, planId, evaluation)));
    }

    @PostMapping("/plans/{planId}/versions")
    @Operation(summary = "Start the next version from the accepted one (409 while a draft is open)")
    ResponseEntity<PlanResponse> nextVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @PathVariable UUID planId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(PlanResponse.of(plans.startNextVersion(user, familyId, planId)));
    }

    @PostMapping("/plans/{planId}/agreements/{agreementId}/answer")
    @Operation(summary = "A network member confirms or declines an agreement given to them (CONFIRMED or DECLINED)")
    PlanResponse answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @PathVariable UUID agreementId, @RequestBody(required = false) AnswerRequest request) {
        AgreementAnswer.Answer answer;
        try {
            answer = AgreementAnswer.Answer.valueOf(request == null || request.answer() == null ? "" : request.answer().strip());
        } catch (IllegalArgumentException unknown) {
            throw PlanRefusal.badInput("plan.error.answer", "answer");
        }
        return PlanResponse.of(plans.answer(user, familyId, planId, agreementId, answer));
    }

    @PostMapping("/plans/{planId}/agreements/{agreementId}/done")
    @Operation(summary = "A network member ticks off what they did for one of their agreements")
    PlanResponse done(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @PathVariable UUID agreementId, @RequestBody(required = false) DoneRequest request) {
        var day = request == null ? Optional.<LocalDate>empty() : PlanInput.day(request.doneOn(), "doneOn");
        return PlanResponse.of(plans.tickOff(user, familyId, planId, agreementId, day.orElse(null), request == null ? "" : request.note()));
    }

    @GetMapping("/refused-persons")
    @Operation(summary = "The persons a youth of the family does not want involved")
    List<RefusedPerson> refused(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return plans.refusedPersons(user, familyId);
    }

    @PostMapping("/refused-persons")
    @Operation(summary = "A youth of the family marks a person on the map they do not want involved: not invited, no agreements")
    List<RefusedPerson> refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody(required = false) PersonRequest request) {
        if (request == null || request.mapId() == null || request.personId() == null) {
            throw PlanRefusal.badInput("plan.error.unknownPerson", "personId");
        }
        return plans.refusePerson(user, familyId, request.mapId(), request.personId());
    }

    @DeleteMapping("/refused-persons/{mapId}/{personId}")
    @Operation(summary = "The youth who marked a person takes it back")
    List<RefusedPerson> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @PathVariable String personId) {
        return plans.withdrawRefusal(user, familyId, mapId, personId);
    }

    @ExceptionHandler(PlanEditConflict.class)
    ResponseEntity<ProblemDetail> conflict(PlanEditConflict conflict, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("plan.error.conflict", null, locale));
        problem.setTitle(messages.getMessage("plan.error.conflict.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("basedOnRevision", conflict.basedOn());
        problem.setProperty("currentRevision", conflict.current().revision());
        problem.setProperty("current", conflict.current().content());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
