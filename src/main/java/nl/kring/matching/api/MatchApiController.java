package nl.kring.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.Match;
import nl.kring.matching.MatchRefused;
import nl.kring.matching.Matches;
import nl.kring.matching.domain.ClosingReason;
import nl.kring.matching.domain.EvaluationMoment;
import nl.kring.matching.domain.MatchSignals;
import nl.kring.matching.domain.MatchStage;
import nl.kring.matching.domain.Quarter;
import nl.kring.matching.domain.QuarterReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following matches over the API: a coordinator's matches of a programme with what is overdue, one match with its
 * stages, contacts, evaluations and measurements, moving it on, evaluating, measuring, closing; the programme's
 * quarterly report (counts only); the volunteer's own matches and their contact log. Refusals are problem+json
 * naming the field.
 */
@RestController
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
class MatchApiController {

    private final Matches matches;

    MatchApiController(Matches matches) {
        this.matches = matches;
    }

    record StageAnswer(int position, String name, LocalDate enteredOn, LocalDate plannedUntil, List<String> requiredSteps,
            List<String> stepsDone, boolean current) {}

    record SignalAnswer(String kind, LocalDate since) {}

    record MomentAnswer(int index, String kind, LocalDate due) {
        static MomentAnswer of(EvaluationMoment m) {
            return new MomentAnswer(m.index(), m.kind().name(), m.due());
        }
    }

    record ClosedAnswer(LocalDate on, String reason, String reasonText, LocalDate conversationOn, String note) {}

    record MatchAnswer(UUID id, UUID programme, UUID request, UUID family, String familyName, UUID volunteer, String volunteerName,
            LocalDate startedOn, String stage, List<StageAnswer> stages, List<SignalAnswer> overdue, MomentAnswer nextEvaluation,
            ClosedAnswer closed) {}

    record ContactAnswer(UUID id, LocalDate on, String what, String how) {}

    record EvaluationAnswer(UUID id, int moment, LocalDate heldOn, String familySide, String volunteerSide, Integer familyRating) {}

    record MeasurementAnswer(String kind, LocalDate measuredOn, Boolean youthCareInUse, String careSource, Integer supportRating) {}

    record MatchFileAnswer(MatchAnswer match, LocalDate plannedEnd, List<ContactAnswer> contacts, List<EvaluationAnswer> evaluations,
            List<MeasurementAnswer> measurements) {}

    record VolunteerMatchAnswer(UUID id, String programmeName, String familyName, LocalDate startedOn, String stage, boolean running,
            MomentAnswer nextEvaluation, List<ContactAnswer> contacts) {}

    record WaitingAnswer(int count, long medianDays, long meanDays, long shortestDays, long longestDays) {}

    record ReportAnswer(String quarter, LocalDate from, LocalDate until, int started, int active, int ended, Map<String, Integer> endedBy,
            WaitingAnswer waiting, int volunteersAvailable, int measuredPairs, int youthCareAtBaseline, int youthCareAtEnd) {}

    record Created(UUID id) {}

    record StepBody(String step) {}

    record MoveBody(String plannedUntil) {}

    record ContactBody(String on, String what, String how) {}

    record EvaluationBody(String heldOn, String familySide, String volunteerSide, Integer familyRating) {}

    record MeasurementBody(String kind, String measuredOn, Boolean youthCareInUse, Integer supportRating) {}

    record ClosingBody(String closedOn, String reason, String reasonText, String conversationOn, String note) {}

    @GetMapping("/api/v1/programmes/{id}/matches")
    @Operation(summary = "The matches of a programme you coordinate: stage, what is overdue, the next evaluation")
    List<MatchAnswer> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return matches.ofProgramme(user, id).stream().map(l -> answer(l.match(), l.signals(), l.nextEvaluation())).toList();
    }

    @GetMapping("/api/v1/matches")
    @Operation(summary = "The matches of every programme of the organisations you coordinate: stage, what is overdue, the next evaluation")
    List<MatchAnswer> all(@AuthenticationPrincipal CurrentUser user) {
        return matches.ofCoordinator(user).stream().map(l -> answer(l.match(), l.signals(), l.nextEvaluation())).toList();
    }

    @GetMapping("/api/v1/programmes/{id}/report")
    @Operation(summary = "A programme's quarterly report in counts (no names); quarter as 2026-Q4, the current one by default. "
            + "400 names the parameter for a bad quarter")
    ReportAnswer report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String quarter) {
        return report(matches.report(user, id, quarter(quarter, matches)));
    }

    @GetMapping(path = "/api/v1/programmes/{id}/report.csv", produces = "text/csv")
    @Operation(summary = "The quarterly report as CSV: quarter, measure, value")
    ResponseEntity<String> reportCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String quarter) {
        var report = matches.report(user, id, quarter(quarter, matches));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"report-" + report.quarter() + ".csv\"").body(report.csv());
    }

    @GetMapping("/api/v1/matches/{id}")
    @Operation(summary = "A match of a programme you coordinate, with its contacts, evaluations and measurements")
    MatchFileAnswer read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        var file = matches.read(user, id);
        return new MatchFileAnswer(answer(file.match(), file.signals(), file.nextEvaluation()), file.plannedEnd().orElse(null),
                contacts(file.contacts()),
                file.evaluations().stream().map(e -> new EvaluationAnswer(e.id(), e.moment(), e.heldOn(), e.familySide(), e.volunteerSide(),
                        e.familyRating().orElse(null))).toList(),
                file.measurements().stream().map(m -> new MeasurementAnswer(m.kind().name(), m.measuredOn(), m.youthCareInUse().orElse(null),
                        m.careSource().map(Enum::name).orElse(null), m.supportRating().orElse(null))).toList());
    }

    @PostMapping("/api/v1/matches/{id}/steps")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Tick off a required step of the stage the match is in")
    void step(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody StepBody body) {
        matches.tickStep(user, id, body.step());
    }

    @PostMapping("/api/v1/matches/{id}/stage")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move the match on to its next stage, today (refused while required steps are left); plannedUntil optional")
    void moveOn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody MoveBody body) {
        matches.moveOn(user, id, body.plannedUntil());
    }

    @PostMapping("/api/v1/matches/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the evaluation due next (the trial period's first): heldOn, familySide, volunteerSide, familyRating 1-5")
    Created evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody EvaluationBody body) {
        return new Created(matches.evaluate(user, id, new Matches.EvaluationInput(body.heldOn(), body.familySide(), body.volunteerSide(),
                body.familyRating() == null ? "" : body.familyRating().toString())));
    }

    @PostMapping("/api/v1/matches/{id}/measurements")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the BASELINE or END measurement: measuredOn, youthCareInUse, supportRating 1-5")
    void measure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody MeasurementBody body) {
        matches.measure(user, id, new Matches.MeasurementInput(body.kind(), body.measuredOn(),
                body.youthCareInUse() == null ? "" : body.youthCareInUse().toString(),
                body.supportRating() == null ? "" : body.supportRating().toString()));
    }

    @PostMapping("/api/v1/matches/{id}/closing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the match: closedOn, reason (GOAL_REACHED, PLANNED_END, FAMILY_STOPS, VOLUNTEER_STOPS, MOVED, OTHER with "
            + "reasonText), the closing conversation's day and note")
    void close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ClosingBody body) {
        matches.close(user, id, new Matches.ClosingInput(body.closedOn(), body.reason(), body.reasonText(), body.conversationOn(), body.note()));
    }

    @GetMapping("/api/v1/volunteers/me/matches")
    @Operation(summary = "Your matches as a volunteer, with your contact log")
    List<VolunteerMatchAnswer> mine(@AuthenticationPrincipal CurrentUser user) {
        return matches.mine(user).stream().map(m -> new VolunteerMatchAnswer(m.match().id(), m.match().programmeName(), m.match().familyName(),
                m.match().startedOn(), m.match().currentStage().map(MatchStage::name).orElse(null), m.match().running(),
                m.nextEvaluation().map(MomentAnswer::of).orElse(null), contacts(m.contacts()))).toList();
    }

    @PostMapping("/api/v1/matches/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a contact as the match's volunteer: on (yyyy-mm-dd, not ahead), what you did (200), how it went (500)")
    Created contact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ContactBody body) {
        return new Created(matches.logContact(user, id, new Matches.ContactInput(body.on(), body.what(), body.how())));
    }

    /** The quarter asked for, or the current one; a bad one is refused naming the parameter. */
    static Quarter quarter(String quarter, Matches matches) {
        if (quarter == null || quarter.isBlank()) {
            return matches.currentQuarter();
        }
        return Quarter.parse(quarter).orElseThrow(() -> new MatchRefused("quarter", "matching.report.error.quarter"));
    }

    private static List<ContactAnswer> contacts(List<Match.Contact> contacts) {
        return contacts.stream().map(c -> new ContactAnswer(c.id(), c.on(), c.what(), c.how())).toList();
    }

    private static MatchAnswer answer(Match m, List<MatchSignals.Signal> signals, java.util.Optional<EvaluationMoment> next) {
        var current = m.currentStage().map(MatchStage::position).orElse(-1);
        return new MatchAnswer(m.id(), m.programmeId(), m.requestId(), m.familyId(), m.familyName(), m.volunteerId(), m.volunteerName(),
                m.startedOn(), m.currentStage().map(MatchStage::name).orElse(null),
                m.stages().stream().map(s -> new StageAnswer(s.position(), s.name(), s.enteredOn().orElse(null), s.plannedUntil().orElse(null),
                        s.requiredSteps(), s.requiredSteps().stream().filter(s.stepsDone()::contains).toList(),
                        s.position() == current && m.running())).toList(),
                signals.stream().map(s -> new SignalAnswer(s.kind().name(), s.since())).toList(), next.map(MomentAnswer::of).orElse(null),
                m.closed().map(c -> new ClosedAnswer(c.on(), c.reason().name(), c.reasonText(), c.conversationOn().orElse(null), c.note()))
                        .orElse(null));
    }

    private static ReportAnswer report(QuarterReport r) {
        var endedBy = new java.util.LinkedHashMap<String, Integer>();
        for (var reason : ClosingReason.values()) {
            endedBy.put(reason.name(), r.endedBy().getOrDefault(reason, 0));
        }
        return new ReportAnswer(r.quarter().toString(), r.quarter().firstDay(), r.quarter().lastDay(), r.started(), r.active(), r.ended(),
                endedBy, r.waiting().map(w -> new WaitingAnswer(w.count(), w.medianDays(), w.meanDays(), w.shortestDays(), w.longestDays()))
                        .orElse(null), r.volunteersAvailable(), r.measuredPairs(), r.youthCareAtBaseline(), r.youthCareAtEnd());
    }
}
