package nl.kring.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.FamilyFiles;
import nl.kring.family.FileLifecycle;
import nl.kring.family.domain.Relation;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.matching.domain.EvaluationMoment;
import nl.kring.matching.domain.EvaluationSchedule;
import nl.kring.matching.domain.InvalidMatchInput;
import nl.kring.matching.domain.MatchRules;
import nl.kring.matching.domain.MatchSignals;
import nl.kring.matching.domain.MatchStage;
import nl.kring.matching.domain.Quarter;
import nl.kring.matching.domain.QuarterReport;
import nl.kring.matching.domain.RequirementRules;
import nl.kring.matching.store.MatchStore;
import nl.kring.matching.store.ProgrammeStore;
import nl.kring.matching.store.VolunteerStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Following a match from the moment both sides agreed until it is closed. The coordinator of the programme's
 * organisation moves it through the programme's stages (a stage is left only when its required steps are
 * done), holds the evaluations (the trial period's, then the periodic ones), records the baseline and end
 * measurement and closes it with a reason and the closing conversation; the volunteer logs their contacts on
 * their own page; the family sees its running match in its file. Every read and change is audited with the
 * family's id, so the family's "who looked at our file" shows it too.
 */
@Service
public class Matches {

    private final MatchStore store;
    private final ProgrammeStore programmes;
    private final VolunteerStore volunteers;
    private final CoordinatorAccess access;
    private final MatchingAudit refusals;
    private final AuditLog audit;
    private final FamilyFiles families;
    private final FileLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Matches(MatchStore store, ProgrammeStore programmes, VolunteerStore volunteers, CoordinatorAccess access, MatchingAudit refusals,
            AuditLog audit, FamilyFiles families, FileLifecycle lifecycle, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.volunteers = volunteers;
        this.access = access;
        this.refusals = refusals;
        this.audit = audit;
        this.families = families;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A match with what is overdue and when it is next evaluated, as the coordinator's overview lists it. */
    public record Line(Match match, List<MatchSignals.Signal> signals, Optional<EvaluationMoment> nextEvaluation) {}

    /** Everything about one match, for its coordinator. */
    public record MatchFile(Programme programme, Match match, List<MatchSignals.Signal> signals, Optional<EvaluationMoment> nextEvaluation,
            List<Match.Contact> contacts, List<Match.Evaluation> evaluations, List<Match.Measurement> measurements,
            Optional<LocalDate> plannedEnd) {}

    /** A match as its volunteer sees it: no family details beyond the name, their contacts, the next evaluation. */
    public record VolunteerMatch(Match match, List<Match.Contact> contacts, Optional<EvaluationMoment> nextEvaluation) {}

    /** A running match as the family sees it in its file. */
    public record FamilyMatch(UUID id, String programmeName, String volunteerName, Optional<String> stage, LocalDate startedOn,
            List<Match.Measurement> measurements) {}

    /** An evaluation that is due soon or overdue, for the home page. */
    public record DueEvaluation(UUID matchId, String programmeName, String volunteerName, String familyName, EvaluationMoment moment,
            boolean forCoordinator) {}

    /** Typed input, as forms and the API send it. */
    public record ContactInput(String on, String what, String how) {}

    public record EvaluationInput(String heldOn, String familySide, String volunteerSide, String familyRating) {}

    public record ClosingInput(String closedOn, String reason, String reasonText, String conversationOn, String note) {}

    public record MeasurementInput(String kind, String measuredOn, String youthCareInUse, String supportRating) {}

    // --- starting (called when both sides agreed) ---

    /**
     * Starts the match of a request after the family and the volunteer both agreed: in the first of the
     * programme's stages, today. Calling it again for a request with a running match answers that match.
     * Refused (400) for an unknown programme or a volunteer who did not sign up for it.
     */
    public UUID start(UUID programmeId, UUID requestId, Instant requestedAt, UUID familyId, UUID volunteerId, UUID byAccount) {
        return transactions.execute(tx -> {
            var existing = store.runningOfRequest(requestId);
            if (existing.isPresent()) {
                return existing.get();
            }
            var programme = programmes.programme(programmeId).orElseThrow(() -> new MatchRefused("programmeId", "error.notFound"));
            if (!volunteers.signedUp(volunteerId, programmeId)) {
                throw new MatchRefused("volunteerId", "matching.match.error.volunteer");
            }
            var id = store.insert(programmeId, requestId, requestedAt, familyId, volunteerId, today(), byAccount,
                    programme.settings().stages());
            audit.record(new AuditEntry(Optional.of(byAccount), "", Optional.of(familyId), List.of(id.toString(), requestId.toString()),
                    MatchAuditAction.MATCH_START, Channel.current(), Outcome.ALLOWED));
            return id;
        });
    }

    // --- the coordinator ---

    /** The matches of a programme the user coordinates, with what is overdue. */
    public List<Line> ofProgramme(CurrentUser user, UUID programmeId) {
        access.programme(user, programmeId, MatchAuditAction.MATCH_LIST);
        var programme = programmes.programme(programmeId).orElseThrow();
        return transactions.execute(tx -> {
            var today = today();
            var lines = store.ofProgramme(programmeId).stream().map(match -> line(programme, match, today)).toList();
            lines.forEach(l -> allowed(user, l.match(), MatchAuditAction.MATCH_LIST));
            return lines;
        });
    }

    /** The matches of every programme of the organisations the user coordinates, with what is overdue (403 for anyone else). */
    public List<Line> ofCoordinator(CurrentUser user) {
        if (!user.has(Role.COORDINATOR)) {
            throw refusals.refused(user, List.of(), MatchAuditAction.MATCH_LIST, Outcome.DENIED_FORBIDDEN);
        }
        return transactions.execute(tx -> {
            var today = today();
            var lines = new ArrayList<Line>();
            for (var organisation : programmes.organisationsOf(user.accountId())) {
                for (var programme : programmes.programmesOf(organisation.id())) {
                    store.ofProgramme(programme.id()).forEach(match -> lines.add(line(programme, match, today)));
                }
            }
            lines.forEach(l -> allowed(user, l.match(), MatchAuditAction.MATCH_LIST));
            return lines;
        });
    }

    /** The programme of an overview, checked as part of it. */
    public Programme programme(CurrentUser user, UUID programmeId) {
        return access.programme(user, programmeId, MatchAuditAction.MATCH_LIST);
    }

    public MatchFile read(CurrentUser user, UUID matchId) {
        return transactions.execute(tx -> {
            var match = coordinated(user, matchId, MatchAuditAction.MATCH_READ);
            var programme = programmes.programme(match.programmeId()).orElseThrow();
            allowed(user, match, MatchAuditAction.MATCH_READ);
            return file(programme, match);
        });
    }

    /** Ticks off a required step of the stage the match is in (ticking it again changes nothing). */
    public void tickStep(CurrentUser user, UUID matchId, String step) {
        change(user, matchId, MatchAuditAction.MATCH_STEP_DONE, match -> {
            match.progress().checkTick(step);
            var current = match.currentStage().orElseThrow();
            store.tick(matchId, current.position(), step, today(), user.accountId());
        });
    }

    /** Moves the match on to the next stage, today, with the end planned for it if any; refused while steps are left. */
    public void moveOn(CurrentUser user, UUID matchId, String plannedUntil) {
        change(user, matchId, MatchAuditAction.MATCH_STAGE_MOVE, match -> {
            var today = today();
            var until = MatchRules.plannedUntil(plannedUntil, today);
            var next = match.progress().checkMoveOn(today, until);
            store.enter(matchId, next.position(), today, until);
        });
    }

    /** Records the evaluation that is due next (the trial period's first); refused for a closed match or when none is left. */
    public UUID evaluate(CurrentUser user, UUID matchId, EvaluationInput input) {
        var id = UUID.randomUUID();
        change(user, matchId, MatchAuditAction.MATCH_EVALUATE, match -> {
            if (!match.running()) {
                throw new InvalidMatchInput("heldOn", "matching.match.error.closed");
            }
            var evaluation = MatchRules.evaluation(input.heldOn(), input.familySide(), input.volunteerSide(), input.familyRating(),
                    match.startedOn(), today());
            var programme = programmes.programme(match.programmeId()).orElseThrow();
            int done = store.evaluationCount(matchId);
            var moment = EvaluationSchedule.next(match.startedOn(), programme.settings().lengthMonths(), done)
                    .orElseThrow(() -> new InvalidMatchInput("heldOn", "matching.match.error.noEvaluationLeft"));
            if (!store.insertEvaluation(id, matchId, moment.index(), evaluation, user.accountId())) {
                throw new InvalidMatchInput("heldOn", "matching.match.error.evaluationTaken");
            }
        });
        return id;
    }

    /** Records the baseline or end measurement as the coordinator entered it. */
    public void measure(CurrentUser user, UUID matchId, MeasurementInput input) {
        change(user, matchId, MatchAuditAction.MATCH_MEASURE, match -> {
            var kind = kind(input.kind());
            var measured = MatchRules.measurement(input.measuredOn(), input.youthCareInUse(), input.supportRating(), match.startedOn(), today());
            store.measure(matchId, new Match.Measurement(kind, measured.measuredOn(), measured.youthCareInUse(),
                    measured.youthCareInUse().map(c -> Match.Measurement.CareSource.COORDINATOR), measured.supportRating()), user.accountId());
        });
    }

    /** Closes the match with a reason and the closing conversation; refused when it was closed already. */
    public void close(CurrentUser user, UUID matchId, ClosingInput input) {
        change(user, matchId, MatchAuditAction.MATCH_CLOSE, match -> {
            var closing = MatchRules.closing(input.closedOn(), input.reason(), input.reasonText(), input.conversationOn(), input.note(),
                    match.startedOn(), today());
            if (!store.close(matchId, closing, user.accountId())) {
                throw new InvalidMatchInput("reason", "matching.match.error.closed");
            }
        });
    }

    /**
     * A programme's quarter in counts (no names): matches started, running at its end, ended and why, waiting
     * times, the volunteers available on its last day (or today, for the quarter under way), measurements.
     */
    public QuarterReport report(CurrentUser user, UUID programmeId, Quarter quarter) {
        var programme = access.programme(user, programmeId, MatchAuditAction.MATCH_REPORT);
        return transactions.execute(tx -> {
            var today = today();
            var day = quarter.lastDay().isBefore(today) ? quarter.lastDay() : today;
            int available = (int) volunteers.ofProgramme(programmeId).stream()
                    .filter(v -> RequirementRules.availability(programme.settings().requirements(),
                            volunteers.evidence(v.id(), programmeId).stream().map(RecordedEvidence::evidence)
                                    .filter(e -> !e.date().isAfter(day)).toList(), day).available())
                    .count();
            var report = QuarterReport.of(quarter, store.reportFacts(programmeId), available);
            refusals.allowed(user, List.of(programmeId.toString(), quarter.toString()), MatchAuditAction.MATCH_REPORT);
            return report;
        });
    }

    // --- the volunteer ---

    /** The signed-in volunteer's matches, running ones first. */
    public List<VolunteerMatch> mine(CurrentUser user) {
        requireVolunteer(user);
        return transactions.execute(tx -> {
            var volunteer = volunteers.ofAccount(user.accountId());
            if (volunteer.isEmpty()) {
                return List.<VolunteerMatch>of();
            }
            var matches = store.ofVolunteer(volunteer.get().id()).stream().map(this::volunteerMatch).toList();
            matches.forEach(m -> allowed(user, m.match(), MatchAuditAction.MATCH_READ));
            return matches;
        });
    }

    /** One of the signed-in volunteer's matches (404 for anyone else's). */
    public VolunteerMatch mine(CurrentUser user, UUID matchId) {
        requireVolunteer(user);
        return transactions.execute(tx -> {
            var match = ownMatch(user, matchId, MatchAuditAction.MATCH_READ);
            allowed(user, match, MatchAuditAction.MATCH_READ);
            return volunteerMatch(match);
        });
    }

    /** Logs a contact of the volunteer with the family: the day (not ahead, not before the start), what they did, how it went. */
    public UUID logContact(CurrentUser user, UUID matchId, ContactInput input) {
        requireVolunteer(user);
        return transactions.execute(tx -> {
            var match = ownMatch(user, matchId, MatchAuditAction.MATCH_CONTACT_LOG);
            try {
                if (!match.running()) {
                    throw new InvalidMatchInput("on", "matching.match.error.closed");
                }
                var contact = MatchRules.contact(input.on(), input.what(), input.how(), match.startedOn(), today());
                var id = store.insertContact(matchId, contact, user.accountId());
                allowed(user, match, MatchAuditAction.MATCH_CONTACT_LOG);
                return id;
            } catch (InvalidMatchInput invalid) {
                throw MatchRefused.of(invalid);
            }
        });
    }

    // --- the family ---

    /** The family's running matches, read through the file's door (family and team), audited. */
    public List<FamilyMatch> ofFamily(CurrentUser user, UUID familyId) {
        return families.read(user, familyId, MatchAuditAction.MATCH_READ,
                file -> store.runningOfFamily(familyId).stream().map(m -> new FamilyMatch(m.id(), m.programmeName(), m.volunteerName(),
                        m.currentStage().map(MatchStage::name), m.startedOn(), store.measurements(m.id()))).toList(),
                matches -> matches.stream().map(m -> m.id().toString()).toList());
    }

    /**
     * The family shares with the programme whether youth care is in use, as its file's care situation says today
     * (any youth with professional help), as the baseline or end measurement of a running match; whoever may add
     * to the file (the family, its team) does it. A rating the coordinator entered stays.
     */
    public boolean shareCareSituation(CurrentUser user, UUID familyId, UUID matchId, String kind) {
        var measurementKind = kindOrRefuse(kind);
        return transactions.execute(tx -> {
            var history = lifecycle.history(user, familyId);
            var today = today();
            boolean inUse = history.file().members().stream().filter(m -> m.relation() == Relation.YOUTH)
                    .flatMap(youth -> history.situationOn(youth.id(), today).stream())
                    .anyMatch(entry -> entry.situation().isProfessionalHelp());
            return families.change(user, familyId, MatchAuditAction.MATCH_MEASURE, file -> {
                var match = store.match(matchId).filter(m -> m.familyId().equals(familyId) && m.running())
                        .orElseThrow(MatchingRefusal::notFound);
                var rating = store.measurements(matchId).stream().filter(m -> m.kind() == measurementKind).findFirst()
                        .flatMap(Match.Measurement::supportRating);
                store.measure(match.id(), new Match.Measurement(measurementKind, today, Optional.of(inUse),
                        Optional.of(Match.Measurement.CareSource.FILE), rating), user.accountId());
                return inUse;
            }, shared -> List.of(matchId.toString()));
        });
    }

    // --- for the map and the home page ---

    /** The volunteers of a family's running matches, with their programme, for the map; only inside a read that passed the file's door. */
    public List<Match> runningOf(UUID familyId) {
        return store.runningOfFamily(familyId);
    }

    /**
     * Evaluations due within a week or overdue: for a coordinator those of their organisations' programmes, for a
     * volunteer their own. Audited as a read of each match listed.
     */
    public List<DueEvaluation> dueFor(CurrentUser user) {
        return transactions.execute(tx -> {
            var today = today();
            var due = new ArrayList<DueEvaluation>();
            var notice = java.time.Period.ofDays(MatchReminders.NOTICE_DAYS);
            if (user.has(Role.COORDINATOR)) {
                for (var organisation : programmes.organisationsOf(user.accountId())) {
                    for (var programme : programmes.programmesOf(organisation.id())) {
                        for (var match : store.ofProgramme(programme.id())) {
                            dueOf(programme, match, today, notice, true).ifPresent(d -> {
                                due.add(d);
                                allowed(user, match, MatchAuditAction.MATCH_READ);
                            });
                        }
                    }
                }
            }
            if (user.has(Role.VOLUNTEER)) {
                volunteers.ofAccount(user.accountId()).ifPresent(volunteer -> store.ofVolunteer(volunteer.id()).forEach(match ->
                        programmes.programme(match.programmeId()).flatMap(p -> dueOf(p, match, today, notice, false)).ifPresent(d -> {
                            due.add(d);
                            allowed(user, match, MatchAuditAction.MATCH_READ);
                        })));
            }
            return due;
        });
    }

    private Optional<DueEvaluation> dueOf(Programme programme, Match match, LocalDate today, java.time.Period notice, boolean coordinator) {
        if (!match.running()) {
            return Optional.empty();
        }
        return EvaluationSchedule.reminderDue(match.startedOn(), programme.settings().lengthMonths(), store.evaluationCount(match.id()), today,
                notice).map(moment -> new DueEvaluation(match.id(), match.programmeName(), match.volunteerName(), match.familyName(), moment,
                coordinator));
    }

    /** The quarter under way, on the Dutch calendar. */
    public Quarter currentQuarter() {
        return Quarter.of(today());
    }

    // --- helpers ---

    LocalDate today() {
        return LocalDate.now(clock.withZone(Volunteers.DUTCH));
    }

    private Line line(Programme programme, Match match, LocalDate today) {
        return new Line(match, signals(programme, match, today), next(programme, match));
    }

    private MatchFile file(Programme programme, Match match) {
        var today = today();
        return new MatchFile(programme, match, signals(programme, match, today), next(programme, match), store.contacts(match.id()),
                store.evaluations(match.id()), store.measurements(match.id()),
                EvaluationSchedule.plannedEnd(match.startedOn(), programme.settings().lengthMonths()));
    }

    private List<MatchSignals.Signal> signals(Programme programme, Match match, LocalDate today) {
        var settings = programme.settings();
        return MatchSignals.of(new MatchSignals.Facts(match.startedOn(), settings.contactEveryWeeks(), settings.lengthMonths(),
                store.evaluationCount(match.id()), store.lastContact(match.id()), match.currentStage().flatMap(MatchStage::plannedUntil),
                !match.running()), today);
    }

    private Optional<EvaluationMoment> next(Programme programme, Match match) {
        return match.running() ? EvaluationSchedule.next(match.startedOn(), programme.settings().lengthMonths(), store.evaluationCount(match.id()))
                : Optional.empty();
    }

    private VolunteerMatch volunteerMatch(Match match) {
        var programme = programmes.programme(match.programmeId()).orElseThrow();
        return new VolunteerMatch(match, store.contacts(match.id()), next(programme, match));
    }

    /** Runs a coordinator's change: checked, the rules' refusals as 400 with the field, audited with the family. */
    private void change(CurrentUser user, UUID matchId, MatchAuditAction action, java.util.function.Consumer<Match> body) {
        transactions.executeWithoutResult(tx -> {
            var match = coordinated(user, matchId, action);
            try {
                body.accept(match);
            } catch (InvalidMatchInput invalid) {
                throw MatchRefused.of(invalid);
            }
            allowed(user, match, action);
        });
    }

    /** A match of a programme the user coordinates; else 403 (no coordinator) or 404, audited. */
    private Match coordinated(CurrentUser user, UUID matchId, MatchAuditAction action) {
        if (!user.has(Role.COORDINATOR)) {
            throw refusals.refused(user, List.of(matchId.toString()), action, Outcome.DENIED_FORBIDDEN);
        }
        var match = store.match(matchId);
        if (match.isEmpty()) {
            throw refusals.refused(user, List.of(matchId.toString()), action, Outcome.DENIED_NOT_FOUND);
        }
        access.programme(user, match.get().programmeId(), action);
        return match.get();
    }

    private Match ownMatch(CurrentUser user, UUID matchId, MatchAuditAction action) {
        var volunteer = volunteers.ofAccount(user.accountId());
        return store.match(matchId).filter(m -> volunteer.isPresent() && m.volunteerId().equals(volunteer.get().id()))
                .orElseThrow(() -> refusals.refused(user, List.of(matchId.toString()), action, Outcome.DENIED_NOT_FOUND));
    }

    private void requireVolunteer(CurrentUser user) {
        if (!user.has(Role.VOLUNTEER)) {
            throw refusals.refused(user, List.of(), MatchAuditAction.MATCH_READ, Outcome.DENIED_FORBIDDEN);
        }
    }

    private void allowed(CurrentUser user, Match match, MatchAuditAction action) {
        audit.record(new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.of(match.familyId()),
                List.of(match.id().toString()), action, Channel.current(), Outcome.ALLOWED));
    }

    private static Match.Measurement.Kind kind(String kind) {
        try {
            return Match.Measurement.Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidMatchInput("kind", "matching.match.error.measurementKind");
        }
    }

    private static Match.Measurement.Kind kindOrRefuse(String kind) {
        try {
            return kind(kind);
        } catch (InvalidMatchInput invalid) {
            throw MatchRefused.of(invalid);
        }
    }
}
