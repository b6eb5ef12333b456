package nl.kring.mentor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.mentor.Mentors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A youth's own mentors (JIM) as JSON: the same rules, door and audit as the page. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/mentors")
@Tag(name = "Mentors (JIM)", description = "A youth nominates a trusted adult from the map; the parents with authority agree until the youth "
        + "is 16 (or their refusal is recorded); the mentor accepts")
@SecurityRequirement(name = "bearer")
class MentorApiController {

    private final Mentors mentors;

    MentorApiController(Mentors mentors) {
        this.mentors = mentors;
    }

    record NominationRequest(UUID mapId, String personId) {}

    record AnswerRequest(Boolean agrees, String reason) {}

    record MentorAnswerRequest(Boolean accepts) {}

    record NominatedResponse(UUID id, String status, List<String> warnings) {}

    record ParentResponse(UUID memberId, String name, Boolean agrees, String reason, Instant answeredAt) {}

    record MentorshipResponse(UUID id, UUID youthMemberId, String youthName, UUID mapId, String personId, String mentorName, String status,
            List<String> warnings, List<ParentResponse> parents, Instant nominatedAt, Instant acceptedAt, boolean acceptedInPerson,
            Boolean mentorHasAccount, boolean mayAnswer, boolean mayAnswerAsMentor, boolean mayRecordYes, boolean mayEnd) {

        static MentorshipResponse of(Mentors.View v) {
            var m = v.mentorship();
            return new MentorshipResponse(m.id(), m.youthMemberId(), v.youthName(), m.mapId(), m.personId(), m.mentorName(), m.status().name(),
                    v.warnings().stream().map(Enum::name).toList(), v.parents().stream().map(p -> new ParentResponse(p.memberId(), p.name(),
                            p.answer().map(a -> a.agrees()).orElse(null), p.answer().map(a -> a.reason()).orElse(null),
                            p.answer().map(a -> a.answeredAt()).orElse(null))).toList(),
                    m.nominatedAt(), m.acceptedAt().orElse(null), m.acceptedInPerson(),
                    v.mentorHasAccount(), v.mayAnswer(), v.mayAnswerAsMentor(), v.mayRecordYes(), v.mayEnd());
        }
    }

    record CandidateResponse(UUID mapId, String personId, String name, List<String> warnings) {}

    record ListResponse(String viewer, List<MentorshipResponse> mentorships, List<CandidateResponse> candidates) {}

    @GetMapping
    @Operation(summary = "The family's mentors; for the youth also the persons on the maps they can nominate, with warnings (UNDER_18, AGE_UNKNOWN)")
    ListResponse list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        var list = mentors.list(user, familyId);
        return new ListResponse(list.viewer().name(), list.mentorships().stream().map(MentorshipResponse::of).toList(),
                list.candidates().stream().map(c -> new CandidateResponse(c.mapId(), c.personId(), c.name(),
                        c.warnings().stream().map(Enum::name).toList())).toList());
    }

    @PostMapping
    @Operation(summary = "The youth nominates a person on one of the family's maps (403 for anyone else; 400 for a parent or a professional). "
            + "Under 18 or an unknown age is a warning, not a block.")
    ResponseEntity<NominatedResponse> nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody(required = false) NominationRequest request) {
        var body = request == null ? new NominationRequest(null, null) : request;
        var nominated = mentors.nominate(user, familyId, Optional.ofNullable(body.mapId()), body.personId() == null ? "" : body.personId());
        return ResponseEntity.status(HttpStatus.CREATED).body(new NominatedResponse(nominated.id(), nominated.status().name(),
                nominated.warnings().stream().map(Enum::name).toList()));
    }

    @PostMapping("/{mentorshipId}/parent-answer")
    @Operation(summary = "A parent with parental authority agrees (agrees=true) or refuses with an optional reason; a refusal is recorded")
    MentorshipResponse answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mentorshipId,
            @RequestBody(required = false) AnswerRequest request) {
        if (request == null || request.agrees() == null) {
            throw nl.kring.platform.web.Refusal.badInput("mentor.error.answer", "agrees");
        }
        return MentorshipResponse.of(mentors.answer(user, familyId, mentorshipId, request.agrees(), request.reason()));
    }

    @PostMapping("/{mentorshipId}/mentor-answer")
    @Operation(summary = "The mentor accepts or declines (the mentor's own account, when the family shares JIM_MENTOR with them; "
            + "or the youth, on the word of a mentor without an account)")
    MentorshipResponse mentorAnswer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mentorshipId,
            @RequestBody(required = false) MentorAnswerRequest request) {
        if (request == null || request.accepts() == null) {
            throw nl.kring.platform.web.Refusal.badInput("mentor.error.answer", "accepts");
        }
        return MentorshipResponse.of(mentors.mentorAnswers(user, familyId, mentorshipId, request.accepts()));
    }

    @PostMapping("/{mentorshipId}/end")
    @Operation(summary = "The youth or a parent ends the nomination or the mentorship")
    MentorshipResponse end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mentorshipId) {
        return MentorshipResponse.of(mentors.end(user, familyId, mentorshipId));
    }
}
