package nl.kring.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyAction;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.identity.CurrentUser;
import nl.kring.network.NetworkMaps;
import nl.kring.plan.domain.Agreement;
import nl.kring.plan.domain.FamilyPart;
import nl.kring.plan.domain.PersonRef;
import nl.kring.plan.domain.PlanContent;
import nl.kring.plan.domain.PlanRuleBroken;
import nl.kring.plan.domain.PlanRuleBroken.Rule;
import nl.kring.plan.domain.PlanRules;
import nl.kring.plan.domain.ProfessionalPart;
import nl.kring.plan.store.PlanStore;
import org.springframework.stereotype.Service;

/**
 * The plan module's public API: the family's own plans. Every call goes through the family file's
 * door ({@link FamilyFiles}) with its access check and audit; what a person outside the family and its
 * team sees of a plan is what the family shares with them (the whole plan, or only their own agreements).
 */
@Service
public class Plans {

    /** What the plan module records in the audit log. */
    public enum Action implements AuditAction {
        PLAN_LIST,
        PLAN_READ,
        PLAN_CREATE,
        PLAN_EDIT_FAMILY,
        PLAN_EDIT_PROFESSIONAL,
        PLAN_ACCEPT,
        PLAN_NEW_VERSION,
        PLAN_REFUSE_PERSON,
        PLAN_WITHDRAW_REFUSAL,
        PLAN_AGREEMENT_ANSWER,
        PLAN_AGREEMENT_DONE,
        PLAN_MEETING,
        PLAN_EVALUATE,
        PLAN_MEETING_INVITE;

        @Override
        public String code() {
            return name();
        }
    }

    /** The consent category under which a family shares its whole plan. */
    public static final String CATEGORY = "PLAN";
    /** The consent category under which a family shares with a network member only the agreements given to them. */
    public static final String OWN_AGREEMENTS = "PLAN_OWN_AGREEMENTS";
    /**
     * The consent category under which a family asks someone with no stake in the outcome (a volunteer, or a
     * professional outside its team) to run its network meeting: they see the meeting and the persons on the
     * maps to invite, move the meeting along and send the invitations, but never read the plan itself.
     */
    public static final String MEETING = "PLAN_MEETING";
    /** Every way a family can share (something of) its plans. */
    public static final List<String> CATEGORIES = List.of(CATEGORY, OWN_AGREEMENTS, MEETING);
    public static final int MAX_TITLE = 120;

    /** How the reader stands to the plan, which decides what they may do and see. */
    public enum Viewer {
        /** A member of the family: writes the family's part; a parent with authority or a youth from 12 accepts. */
        FAMILY,
        /** An assigned professional: proposes, comments and sets safety conditions; never accepts. */
        PROFESSIONAL,
        /** Someone the family shares the whole plan with. */
        SHARED_PLAN,
        /** A network member the family shares only their own agreements with. */
        OWN_AGREEMENTS,
        /** The coordinator the family asked to run its network meeting: the meeting and whom to invite, not the plan. */
        MEETING_COORDINATOR
    }

    /** A family's plans as a list shows them. */
    public record FamilyPlans(FamilyFile family, List<PlanSummary> plans, Viewer viewer, boolean mayCreate) {}

    /**
     * The step-down over the plan's versions: the professionals' hours per month on tasks they still hold, the
     * tasks handed over to the network, and the informal agreements, version by version.
     */
    public record StepDownLine(int version, Optional<java.time.LocalDate> acceptedOn, int professionalHours, int professionalTasks,
            int handedOver, int agreements) {}

    /** One moment in the plan's history: a version begun or accepted, an evaluation held. */
    public record HistoryLine(java.time.LocalDate day, String kind, int version) {}

    /** Someone who accepts the plan, and whether (and for which revision) they did. */
    public record Acceptor(UUID memberId, String name, boolean hasAccount, Optional<PlanAcceptance> acceptance, boolean current) {}

    /** A person on one of the family's maps whom the plan can name. */
    /** @param assignedRoles message keys of the roles the family gave the person outside the map (a youth's own mentor) */
    public record Person(PersonRef ref, String mapTitle, boolean available, boolean reachable, boolean professional, boolean refused,
            List<String> assignedRoles) {}

    /** One version of a plan as a page or the API shows it to this reader. */
    public record OpenedPlan(FamilyFile family, PlanSummary plan, StoredPlanVersion version, List<Integer> versions, Viewer viewer,
            List<Acceptor> acceptors, List<RefusedPerson> refused, List<Person> persons, List<AgreementAnswer> answers,
            List<AgreementDone> done, Optional<PersonRef> readerOnMap, Optional<FamilyMember> readerAsMember, int overloadThreshold,
            Optional<Meeting> meeting, List<Person> suggestions, List<nl.kring.plan.domain.Evaluation> evaluations,
            List<HistoryLine> history, List<StepDownLine> stepDown, boolean runsMeeting) {

        /** Whether this reader may hold an evaluation of this version now: a family member, on the latest, accepted version. */
        public boolean mayEvaluate() {
            return version.accepted() && viewer == Viewer.FAMILY && version.number() == versions.getLast()
                    && family.status() != nl.kring.family.domain.FamilyStatus.CLOSED;
        }


        /** Whether this reader may accept this version now. */
        public boolean mayAccept() {
            return !version.accepted() && readerAsMember.map(me -> acceptors.stream().anyMatch(a -> a.memberId().equals(me.id())))
                    .orElse(false);
        }

        public boolean mayEditFamilyPart() {
            return !version.accepted() && viewer == Viewer.FAMILY && family.status() != nl.kring.family.domain.FamilyStatus.CLOSED;
        }

        public boolean mayEditProfessionalPart() {
            return !version.accepted() && viewer == Viewer.PROFESSIONAL && family.status() != nl.kring.family.domain.FamilyStatus.CLOSED;
        }

        public boolean mayRefusePersons() {
            return viewer == Viewer.FAMILY && readerAsMember.filter(PlanRules::mayRefusePersons).isPresent();
        }

        /** The agreements this reader was given (as a person on the map). */
        public List<Agreement> ownAgreements() {
            return readerOnMap.map(me -> version.content().family().agreements().stream().filter(a -> a.names(me)).toList())
                    .orElse(List.of());
        }
    }

    private final FamilyFiles families;
    private final NetworkMaps maps;
    private final PlanStore store;
    private final Clock clock;

    private final nl.kring.identity.Accounts accounts;
    private final nl.kring.network.MapPictures pictures;
    private final nl.kring.mail.Mailer mailer;
    private final org.springframework.context.MessageSource messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    public Plans(FamilyFiles families, NetworkMaps maps, PlanStore store, Clock clock, nl.kring.identity.Accounts accounts,
            nl.kring.mail.Mailer mailer, org.springframework.context.MessageSource messages, nl.kring.network.MapPictures pictures,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.pictures = pictures;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.families = families;
        this.maps = maps;
        this.store = store;
        this.clock = clock;
    }

    public FamilyPlans plans(CurrentUser user, UUID familyId) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.PLAN_LIST,
                seen -> new FamilyPlans(seen.file(), store.plansOf(familyId), viewer(user, seen),
                        seen.wholeFile() && families.mayContribute(user, seen.file())),
                result -> result.plans().stream().map(p -> p.id().toString()).toList());
    }

    /** Starts a plan: an empty first version, as a draft. */
    public OpenedPlan create(CurrentUser user, UUID familyId, String title) {
        var clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw PlanRefusal.badInput("plan.error.title", "title");
        }
        return families.change(user, familyId, Action.PLAN_CREATE, file -> {
            var planId = store.insertPlan(familyId, clean, user.accountId(), now());
            store.insertVersion(planId, 1, PlanContent.empty(), user.accountId(), now());
            return opened(user, whole(file), planId, OptionalInt.empty());
        }, Plans::recordIds);
    }

    /** The latest version, or the given one, as this reader may see it. */
    public OpenedPlan open(CurrentUser user, UUID familyId, UUID planId, OptionalInt number) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.PLAN_READ, seen -> opened(user, seen, planId, number),
                Plans::recordIds);
    }

    /** A version to print: the plan as this reader sees it, and the map its agreements name most, for whoever reads the whole file. */
    public record Printable(OpenedPlan plan, Optional<nl.kring.network.MapPictures.MapPicture> map) {}

    /**
     * The version as the PDF shows it, read and audited like the page. Beside the agreements it shows the map whose
     * persons they name most (or the family's first map) to the family and its team; someone the family shares the plan
     * with sees the plan without the map, and the coordinator of its meeting gets no plan at all (403).
     */
    public Printable printable(CurrentUser user, UUID familyId, UUID planId, OptionalInt number, java.util.Locale locale) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.PLAN_READ, seen -> {
            var opened = opened(user, seen, planId, number);
            if (opened.viewer() == Viewer.MEETING_COORDINATOR) {
                throw new PlanRefusal(403, "plan.error.meetingOnly", null);
            }
            if (!seen.wholeFile()) {
                return new Printable(opened, Optional.empty());
            }
            var named = opened.version().content().family().agreements().stream().flatMap(a -> a.persons().stream())
                    .collect(java.util.stream.Collectors.groupingBy(PersonRef::mapId, java.util.stream.Collectors.counting()));
            var mapId = named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .or(() -> maps.currentMaps(seen.file()).stream().findFirst().map(current -> current.map().id()));
            return new Printable(opened, mapId.flatMap(id -> pictures.latest(seen.file(), id, locale, PDF_MAP_SIZE)));
        }, printable -> {
            var ids = new ArrayList<>(recordIds(printable.plan()));
            printable.map().ifPresent(map -> ids.add(map.mapId() + "@" + map.version()));
            return ids;
        });
    }

    /** Pixels of the map's picture in the PDF: sharp at the printed size (about 8 cm). */
    private static final int PDF_MAP_SIZE = 1000;

    /**
     * Saves the family's part of the draft, if it is still at {@code basedOnRevision}. Only a member of the
     * family writes it. An agreement that would make someone carry too much raises {@link PlanOverloadWarning}
     * and saves nothing, unless {@code overloadAcknowledged}.
     */
    public Saved saveFamilyPart(CurrentUser user, UUID familyId, UUID planId, int basedOnRevision, FamilyPart part,
            boolean overloadAcknowledged) {
        return families.change(user, familyId, Action.PLAN_EDIT_FAMILY, file -> {
            if (file.membersWithAccount(user.accountId()).findAny().isEmpty()) {
                throw PlanRefusal.of(new PlanRuleBroken(Rule.FAMILY_TEXT, null));
            }
            var draft = draft(planId, familyId, basedOnRevision);
            var known = persons(file);
            try {
                PlanRules.checkFamilyPart(part, refs(known), refusedRefs(familyId));
            } catch (PlanRuleBroken broken) {
                throw PlanRefusal.of(broken);
            }
            var named = withNames(part, known);
            var elsewhere = agreementsElsewhere(familyId, planId);
            var threshold = maps.thresholds().overloadAgreements();
            var overloaded = PlanRules.overloaded(draft.content().family(), named, elsewhere, threshold);
            if (!overloaded.isEmpty() && !overloadAcknowledged) {
                throw new PlanOverloadWarning(overloaded, threshold);
            }
            save(draft, basedOnRevision, draft.content().withFamily(named), user);
            return new Saved(opened(user, whole(file), planId, OptionalInt.empty()), overloaded);
        }, saved -> recordIds(saved.plan()));
    }

    /** What a save did: the plan as it is now, and whom it warned about (acknowledged) for carrying too much. */
    public record Saved(OpenedPlan plan, List<PersonRef> overloaded) {}

    /** Saves the professionals' part (safety conditions, their tasks and step-down, a comment): assigned professionals only. */
    public OpenedPlan saveProfessionalPart(CurrentUser user, UUID familyId, UUID planId, int basedOnRevision,
            PlanInput.ProfessionalPartInput input) {
        return families.change(user, familyId, Action.PLAN_EDIT_PROFESSIONAL, file -> {
            if (!families.may(user, FamilyAction.MANAGE_FILE, file)) {
                throw PlanRefusal.of(new PlanRuleBroken(Rule.PROFESSIONAL_PART, null));
            }
            if (store.meeting(planId).filter(m -> m.stage().privateToTheFamily()).isPresent()) {
                throw new PlanRefusal(403, "plan.error.privateTime", null);
            }
            var draft = draft(planId, familyId, basedOnRevision);
            var part = PlanInput.professionalPart(input, draft.content().professional(), user.displayName());
            var known = persons(file);
            try {
                PlanRules.checkProfessionalPart(part, refs(known), refusedRefs(familyId));
            } catch (PlanRuleBroken broken) {
                throw PlanRefusal.of(broken);
            }
            save(draft, basedOnRevision, draft.content().withProfessional(withNames(part, known)), user);
            return opened(user, whole(file), planId, OptionalInt.empty());
        }, Plans::recordIds);
    }

    /**
     * A parent with parental authority or a youth from 12 accepts the version as it reads at {@code revision}.
     * When everyone who decides has accepted the same revision, the version is accepted and kept as it is.
     */
    public OpenedPlan accept(CurrentUser user, UUID familyId, UUID planId, int revision) {
        return families.change(user, familyId, Action.PLAN_ACCEPT, file -> {
            var shownOnTheMap = new ArrayList<String>();
            var acceptors = PlanRules.acceptors(file, today());
            var me = acceptors.stream().filter(member -> member.isAccount(user.accountId())).findFirst()
                    .orElseThrow(() -> PlanRefusal.of(new PlanRuleBroken(Rule.NOT_AN_ACCEPTOR, null)));
            var draft = draft(planId, familyId, revision);
            try {
                PlanRules.checkAcceptable(draft.content());
                PlanRules.checkFamilyPart(draft.content().family(), refs(persons(file)), refusedRefs(familyId));
            } catch (PlanRuleBroken broken) {
                throw PlanRefusal.of(broken);
            }
            store.accept(draft.id(), me.id(), user.accountId(), revision, now());
            var accepted = new HashMap<UUID, Integer>();
            store.acceptances(draft.id()).forEach(a -> accepted.put(a.memberId(), a.revision()));
            if (PlanRules.acceptedByAll(acceptors, accepted, revision)) {
                store.markAccepted(draft.id(), revision, now());
                shownOnTheMap.addAll(showOnTheMap(file, draft.content()));
            }
            return new AcceptedNow(opened(user, whole(file), planId, OptionalInt.empty()), shownOnTheMap);
        }, accepted -> java.util.stream.Stream.concat(recordIds(accepted.plan()).stream(), accepted.shownOnTheMap().stream()).toList())
                .plan();
    }

    /** An acceptance, and the map persons ({@code mapId/personId}) whose support it put on the map: the audit line names both. */
    private record AcceptedNow(OpenedPlan plan, List<String> shownOnTheMap) {}

    /** Starts the next version from the accepted one; there is one draft at a time. */
    public OpenedPlan startNextVersion(CurrentUser user, UUID familyId, UUID planId) {
        return families.change(user, familyId, Action.PLAN_NEW_VERSION, file -> {
            requirePlan(familyId, planId);
            var latest = store.latest(planId).orElseThrow(PlanRefusal::notFound);
            if (!latest.accepted()) {
                throw PlanRefusal.of(new PlanRuleBroken(Rule.DRAFT_OPEN, null));
            }
            // after an evaluation, what was done or is no longer needed stays behind in the accepted version
            var content = latest.content();
            var evaluations = store.evaluations(latest.id());
            if (!evaluations.isEmpty()) {
                var family = content.family();
                content = content.withFamily(new FamilyPart(family.question(), family.goingWell(), family.worries(), family.goals(),
                        evaluations.getLast().carriedOn(family.agreements()), family.safety(), family.whenThingsGoWrong(),
                        family.evaluationMoments()));
            }
            store.insertVersion(planId, latest.number() + 1, content, user.accountId(), now());
            return opened(user, whole(file), planId, OptionalInt.empty());
        }, Plans::recordIds);
    }

    /** A youth of the family marks a person on the map whom they do not want involved. */
    public List<RefusedPerson> refusePerson(CurrentUser user, UUID familyId, UUID mapId, String personId) {
        return families.change(user, familyId, Action.PLAN_REFUSE_PERSON, file -> {
            var youth = youthOf(file, user);
            var person = persons(file).stream().filter(p -> p.ref().mapId().equals(mapId) && p.ref().personId().equals(personId))
                    .findFirst().orElseThrow(() -> PlanRefusal.of(new PlanRuleBroken(Rule.UNKNOWN_PERSON, "personId")));
            store.refuse(familyId, person.ref(), youth.id(), now());
            return store.refusedPersons(familyId);
        }, refused -> List.of(mapId + "/" + personId));
    }

    /** The youth who marked a person takes it back. */
    public List<RefusedPerson> withdrawRefusal(CurrentUser user, UUID familyId, UUID mapId, String personId) {
        return families.change(user, familyId, Action.PLAN_WITHDRAW_REFUSAL, file -> {
            var youth = youthOf(file, user);
            if (!store.withdrawRefusal(familyId, new PersonRef(mapId, personId, ""), youth.id())) {
                throw PlanRefusal.notFound();
            }
            return store.refusedPersons(familyId);
        }, refused -> List.of(mapId + "/" + personId));
    }

    /** The persons a youth of the family does not want involved (for the family and its team). */
    public List<RefusedPerson> refusedPersons(CurrentUser user, UUID familyId) {
        return families.read(user, familyId, Action.PLAN_READ, file -> store.refusedPersons(familyId),
                refused -> refused.stream().map(r -> r.person().key()).toList());
    }

    /**
     * Moves the plan's network meeting to a stage, with the date and place the family chose. Private family
     * time is started and ended by the family only; while it runs, professionals cannot read or change the plan.
     */
    public OpenedPlan moveMeeting(CurrentUser user, UUID familyId, UUID planId, Meeting next) {
        return families.changeShared(user, familyId, MEETING, Action.PLAN_MEETING, seen -> {
            var file = seen.file();
            requirePlan(familyId, planId);
            var familyMember = file.membersWithAccount(user.accountId()).findAny().isPresent();
            var current = store.meeting(planId).map(Meeting::stage).orElse(nl.kring.plan.domain.MeetingStage.GET_TO_KNOW);
            if (!nl.kring.plan.domain.MeetingStage.mayMove(current, next.stage(), familyMember)) {
                throw new PlanRefusal(403, current.privateToTheFamily() ? "plan.error.privateTime" : "plan.error.privateTimeFamily", "stage");
            }
            if (next.place().length() > PlanRules.MAX_SHORT_TEXT) {
                throw PlanRefusal.of(new PlanRuleBroken(Rule.TEXT_TOO_LONG, "place"));
            }
            store.saveMeeting(planId, next, user.accountId(), now());
            return opened(user, seen, planId, OptionalInt.empty());
        }, Plans::recordIds);
    }

    /**
     * The family holds an evaluation of the accepted version: every agreement marked done, partly, not, or no
     * longer needed, with a note, and what the family wants to change. The next version starts from it.
     */
    public OpenedPlan evaluate(CurrentUser user, UUID familyId, UUID planId, nl.kring.plan.domain.Evaluation evaluation) {
        return families.change(user, familyId, Action.PLAN_EVALUATE, file -> {
            requirePlan(familyId, planId);
            if (file.membersWithAccount(user.accountId()).findAny().isEmpty()) {
                throw new PlanRefusal(403, "plan.error.evaluateFamily", null);
            }
            var latest = store.latest(planId).orElseThrow(PlanRefusal::notFound);
            try {
                if (!latest.accepted()) {
                    throw new PlanRuleBroken(Rule.NOT_YET_ACCEPTED, null);
                }
                nl.kring.plan.domain.Evaluation.check(evaluation, latest.content().family().agreements());
            } catch (PlanRuleBroken broken) {
                throw PlanRefusal.of(broken);
            }
            if (evaluation.heldOn().isAfter(today())) {
                throw PlanRefusal.badInput("plan.error.evaluationInFuture", "heldOn");
            }
            store.insertEvaluation(latest.id(), evaluation.namedAs(latest.content().family().agreements()), user.accountId(), now());
            return opened(user, whole(file), planId, OptionalInt.empty());
        }, Plans::recordIds);
    }

    /** A reminder on the home page: which plan of which family is due for a follow-up or an evaluation. */
    public record DueReminder(UUID familyId, String familyName, UUID planId, String title, int version,
            nl.kring.plan.domain.Reminder reminder) {}

    /**
     * The reminders due today for a family member: for each file they belong to, each plan whose accepted
     * version is due for its follow-up or an evaluation. Read and audited per file like any plan list.
     */
    public List<DueReminder> remindersFor(CurrentUser user) {
        var due = new ArrayList<DueReminder>();
        for (var file : families.visibleTo(user)) {
            if (file.membersWithAccount(user.accountId()).findAny().isEmpty()) {
                continue;
            }
            due.addAll(families.read(user, file.id(), Action.PLAN_LIST, f -> remindersOf(f.id(), f.name()),
                    reminders -> reminders.stream().map(r -> r.planId().toString()).distinct().toList()));
        }
        return due;
    }

    List<DueReminder> remindersOf(UUID familyId, String familyName) {
        var due = new ArrayList<DueReminder>();
        for (var plan : store.plansOf(familyId)) {
            var latest = store.latest(plan.id()).filter(StoredPlanVersion::accepted);
            latest.ifPresent(version -> remindersOf(version).forEach(reminder ->
                    due.add(new DueReminder(familyId, familyName, plan.id(), plan.title(), version.number(), reminder))));
        }
        return due;
    }

    /** The reminders due today for one accepted version. */
    List<nl.kring.plan.domain.Reminder> remindersOf(StoredPlanVersion version) {
        var acceptedOn = version.acceptedAt().orElseThrow().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
        return nl.kring.plan.domain.Reminder.due(acceptedOn, version.content().family().evaluationMoments(),
                store.evaluations(version.id()).stream().map(nl.kring.plan.domain.Evaluation::heldOn).toList(), today());
    }

    /**
     * Mails the invitation to the network meeting, with the date and place the family chose, to a person on the
     * map who has an account (a network member invited to the file). Someone without one gets the file's
     * invitation first, or the printable letter; a person the youth refused is not invited at all (422).
     */
    public Invited mailMeetingInvitation(CurrentUser user, UUID familyId, UUID planId, UUID mapId, String personId, String language,
            java.util.Locale readers) {
        return families.changeShared(user, familyId, MEETING, Action.PLAN_MEETING_INVITE, seen -> {
            var file = seen.file();
            requirePlan(familyId, planId);
            var locale = letterLanguage(language, readers);
            var person = persons(file).stream().filter(p -> p.ref().mapId().equals(mapId) && p.ref().personId().equals(personId))
                    .findFirst().orElseThrow(() -> PlanRefusal.of(new PlanRuleBroken(Rule.UNKNOWN_PERSON, "person")));
            if (person.refused()) {
                throw PlanRefusal.of(new PlanRuleBroken(Rule.REFUSED_PERSON, "person"));
            }
            var address = file.network().stream()
                    .filter(c -> c.mapPerson().filter(ref -> ref.mapId().equals(mapId) && ref.personId().equals(personId)).isPresent())
                    .flatMap(c -> c.accountId().stream())
                    .flatMap(account -> accounts.emailOf(account).stream())
                    .findFirst()
                    .orElseThrow(() -> new PlanRefusal(422, "plan.error.noAddress", "person"));
            var lines = invitationLetter(file.name(), person.ref().name(), store.meeting(planId), locale);
            var plain = String.join("\n\n", lines) + "\n";
            var html = lines.stream().map(line -> "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(line) + "</p>")
                    .collect(java.util.stream.Collectors.joining());
            mailer.send(new nl.kring.mail.OutgoingMail(address, locale, text("plan.letter.title", locale), plain, html));
            return new Invited(person.ref().name(), locale);
        }, invited -> List.of(mapId + "/" + personId));
    }

    /** Who was invited to the meeting, and in which language. */
    public record Invited(String name, java.util.Locale language) {}

    /** The languages an invitation can be written in: the invitee's, as the family knows it. */
    private static final List<java.util.Locale> LETTER_LANGUAGES = List.of(java.util.Locale.forLanguageTag("nl"), java.util.Locale.ENGLISH);

    /**
     * The invitation to the network meeting in plain words, paragraph by paragraph, in the invitee's language:
     * the same text for the mail and the printable letter.
     */
    public List<String> invitationLetter(String familyName, String personName, Optional<Meeting> meeting, java.util.Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(text("plan.letter.dear", locale, personName));
        lines.add(text("plan.letter.invite", locale, familyName));
        lines.add(meeting.flatMap(Meeting::on).map(day -> text("plan.letter.when", locale,
                day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)),
                meeting.get().place().isBlank() ? "–" : meeting.get().place())).orElse(text("plan.letter.whenLater", locale)));
        lines.add(text("plan.letter.what", locale));
        lines.add(text("plan.letter.you", locale));
        lines.add(text("plan.letter.closing", locale, familyName));
        return lines;
    }

    /** The letter language asked for ({@code nl} or {@code en}); empty for the reader's own; anything else 400. */
    public static java.util.Locale letterLanguage(String tag, java.util.Locale readers) {
        if (tag == null || tag.isBlank()) {
            return LETTER_LANGUAGES.stream().filter(l -> l.getLanguage().equals(readers.getLanguage())).findFirst()
                    .orElse(LETTER_LANGUAGES.getFirst());
        }
        return LETTER_LANGUAGES.stream().filter(l -> l.getLanguage().equals(tag.strip())).findFirst()
                .orElseThrow(() -> PlanRefusal.badInput("plan.error.language", "language"));
    }

    private String text(String key, java.util.Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /**
     * Who could help, for the meeting's second stage: persons on the map who are available and reachable, not
     * professionals, not refused by a youth, and not yet given an agreement in any of the family's plans.
     */
    private List<Person> suggestions(FamilyFile file, List<Person> persons) {
        var asked = new java.util.HashSet<String>();
        for (var version : store.latestOfFamily(file.id())) {
            asked.addAll(PlanRules.counts(version.content().family().agreements()).keySet());
        }
        return persons.stream()
                .filter(p -> p.available() && p.reachable() && !p.professional() && !p.refused() && !asked.contains(p.ref().key()))
                .toList();
    }

    // --- network members: their own agreements of an accepted version ---

    /**
     * A network member confirms or declines an agreement given to them in the accepted version. Goes
     * through the disclosure filter: they must be shared the plan or their own agreements.
     */
    public OpenedPlan answer(CurrentUser user, UUID familyId, UUID planId, UUID agreementId, AgreementAnswer.Answer answer) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.PLAN_AGREEMENT_ANSWER, seen -> {
            var version = ownAgreement(user, seen, planId, agreementId);
            store.answer(version.id(), agreementId, user.accountId(), answer, now());
            return opened(user, seen, planId, OptionalInt.empty());
        }, opened -> List.of(planId + "/" + agreementId));
    }

    /** A network member ticks off what they did for one of their agreements. */
    public OpenedPlan tickOff(CurrentUser user, UUID familyId, UUID planId, UUID agreementId, LocalDate day, String note) {
        var cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > PlanRules.MAX_SHORT_TEXT) {
            throw PlanRefusal.of(new PlanRuleBroken(Rule.TEXT_TOO_LONG, "note"));
        }
        return families.readSharedAny(user, familyId, CATEGORIES, Action.PLAN_AGREEMENT_DONE, seen -> {
            var version = ownAgreement(user, seen, planId, agreementId);
            var on = day == null ? today() : day;
            if (on.isAfter(today())) {
                throw PlanRefusal.badInput("plan.error.doneInFuture", "doneOn");
            }
            store.insertDone(version.id(), agreementId, user.accountId(), on, cleanNote, now());
            // ticked off through a read door (the network member may not change the file): say the file changed
            events.publishEvent(new nl.kring.family.FileChanged(familyId));
            return opened(user, seen, planId, OptionalInt.empty());
        }, opened -> List.of(planId + "/" + agreementId));
    }

    /** Agreements per person on one map in the latest version of each of the family's plans, for the map's signals. */
    Map<String, Integer> agreementsOnMap(UUID familyId, UUID mapId) {
        var counts = new HashMap<String, Integer>();
        for (var version : store.latestOfFamily(familyId)) {
            PlanRules.counts(version.content().family().agreements()).forEach((key, count) -> {
                if (key.startsWith(mapId + "/")) {
                    counts.merge(key.substring(mapId.toString().length() + 1), count, Integer::sum);
                }
            });
        }
        return counts;
    }

    /**
     * Something the family's plans still need a person for: an agreement whose persons declined it, are no longer on the
     * map, are no longer available or were refused by a youth; or a professional's task planned to be handed over to
     * the network without anyone to take it over yet.
     *
     * @param agreementId the agreement, or empty for a professional's task
     * @param supportType the agreement's kind of support; practical for a task to hand over
     */
    public record Unfilled(UUID planId, String planTitle, Optional<UUID> agreementId, String what,
            nl.kring.network.domain.SupportType supportType, UnfilledReason reason) {}

    /** Why a part of the plan still needs someone. */
    public enum UnfilledReason {
        DECLINED, NOBODY_LEFT, HAND_OVER_WITHOUT_PERSON
    }

    /**
     * What the latest version of each of the family's plans still needs a person for. Only for use inside a body passed to
     * {@link FamilyFiles}, like {@link NetworkMaps#currentMaps}.
     */
    public List<Unfilled> unfilled(FamilyFile file) {
        var persons = persons(file);
        var result = new ArrayList<Unfilled>();
        for (var plan : store.plansOf(file.id())) {
            var latest = store.latest(plan.id());
            if (latest.isEmpty()) {
                continue;
            }
            var version = latest.get();
            var answers = store.answers(version.id());
            for (var agreement : version.content().family().agreements()) {
                var theirs = answers.stream().filter(a -> a.agreementId().equals(agreement.id())).toList();
                var declined = !theirs.isEmpty() && theirs.stream().allMatch(a -> a.answer() == AgreementAnswer.Answer.DECLINED);
                var left = agreement.persons().stream().filter(ref -> persons.stream()
                        .anyMatch(p -> p.ref().samePerson(ref) && p.available() && !p.refused())).count();
                if (declined || left == 0) {
                    result.add(new Unfilled(plan.id(), plan.title(), Optional.of(agreement.id()), agreement.what(), agreement.supportType(),
                            declined ? UnfilledReason.DECLINED : UnfilledReason.NOBODY_LEFT));
                }
            }
            for (var task : version.content().professional().tasks()) {
                if (task.state() == nl.kring.plan.domain.ProfessionalTask.HandOverState.HELD && task.handOverBy().isPresent()
                        && task.handOverTo().isEmpty()) {
                    result.add(new Unfilled(plan.id(), plan.title(), Optional.empty(), task.description(),
                            nl.kring.network.domain.SupportType.PRACTICAL, UnfilledReason.HAND_OVER_WITHOUT_PERSON));
                }
            }
        }
        return result;
    }

    /**
     * The persons on the family's maps as the plan knows them (available, reachable, refused by a youth). Only for use
     * inside a body passed to {@link FamilyFiles}, like {@link NetworkMaps#currentMaps}.
     */
    public List<Person> personsOnMaps(FamilyFile file) {
        return persons(file);
    }

    /**
     * How many agreements each person ({@code mapId/personId}) has in the latest versions of the family's plans. Only for
     * use inside a body passed to {@link FamilyFiles}.
     */
    public Map<String, Integer> agreementsByPerson(FamilyFile file) {
        var counts = new HashMap<String, Integer>();
        for (var version : store.latestOfFamily(file.id())) {
            PlanRules.counts(version.content().family().agreements()).forEach((key, count) -> counts.merge(key, count, Integer::sum));
        }
        return counts;
    }

    /** An agreement the family proposes to someone on the map (from "who can help?"): added to a draft of the family's plan. */
    public record Proposal(PersonRef person, String what, nl.kring.network.domain.SupportType supportType, String when, LocalDate start) {}

    /** Where a proposal went: the plan, its version and the new agreement. */
    public record Proposed(UUID planId, int version, UUID agreementId) {}

    /**
     * A member of the family adds an agreement with a person on the map to the draft of a plan: the given plan, or the
     * family's only plan, or a new one ({@code newTitle}) when there is none. A plan whose latest version is accepted gets
     * its next version first. The agreement is checked as any agreement the family writes: a person a youth refused, or
     * not on the map, is refused.
     */
    public Proposed propose(CurrentUser user, UUID familyId, Optional<UUID> planId, Proposal proposal, String newTitle) {
        return families.change(user, familyId, Action.PLAN_EDIT_FAMILY, file -> {
            if (file.membersWithAccount(user.accountId()).findAny().isEmpty()) {
                throw PlanRefusal.of(new PlanRuleBroken(Rule.FAMILY_TEXT, null));
            }
            var plans = store.plansOf(familyId);
            UUID id;
            if (planId.isPresent()) {
                id = requirePlan(familyId, planId.get()).id();
            } else if (plans.size() == 1) {
                id = plans.getFirst().id();
            } else if (plans.isEmpty()) {
                id = store.insertPlan(familyId, newTitle, user.accountId(), now());
                store.insertVersion(id, 1, PlanContent.empty(), user.accountId(), now());
            } else {
                throw PlanRefusal.badInput("plan.error.whichPlan", "planId");
            }
            var latest = store.latest(id).orElseThrow(PlanRefusal::notFound);
            if (latest.accepted()) {
                store.insertVersion(id, latest.number() + 1, latest.content(), user.accountId(), now());
                latest = store.latest(id).orElseThrow();
            }
            var agreement = new Agreement(UUID.randomUUID(), List.of(proposal.person()), proposal.what(), Optional.empty(),
                    proposal.supportType(), proposal.when(), "", proposal.start() == null ? today() : proposal.start(), Optional.empty());
            var family = latest.content().family();
            var agreements = new ArrayList<>(family.agreements());
            agreements.add(agreement);
            var part = new FamilyPart(family.question(), family.goingWell(), family.worries(), family.goals(), agreements, family.safety(),
                    family.whenThingsGoWrong(), family.evaluationMoments());
            var known = persons(file);
            try {
                PlanRules.checkFamilyPart(part, refs(known), refusedRefs(familyId));
            } catch (PlanRuleBroken broken) {
                throw PlanRefusal.of(broken);
            }
            save(latest, latest.revision(), latest.content().withFamily(withNames(part, known)), user);
            return new Proposed(id, latest.number(), agreement.id());
        }, proposed -> List.of(proposed.planId() + "@" + proposed.version()));
    }

    boolean hasPlans(UUID familyId) {
        return !store.plansOf(familyId).isEmpty();
    }

    // --- internals ---

    /**
     * An accepted plan shows on the map: each agreement as its persons' support of that kind, and each task
     * handed over as practical support of the person who took it over.
     */
    private List<String> showOnTheMap(FamilyFile file, PlanContent content) {
        var changed = new ArrayList<String>();
        for (var agreement : content.family().agreements()) {
            agreement.persons().stream().collect(java.util.stream.Collectors.groupingBy(PersonRef::mapId)).forEach((mapId, persons) ->
                    maps.showSupport(file, mapId, persons.stream().map(PersonRef::personId).toList(), agreement.supportType())
                            .forEach(id -> changed.add(mapId + "/" + id)));
        }
        for (var task : content.professional().tasks()) {
            if (task.state() == nl.kring.plan.domain.ProfessionalTask.HandOverState.HANDED_OVER && task.handOverTo().isPresent()) {
                var to = task.handOverTo().get();
                maps.showSupport(file, to.mapId(), List.of(to.personId()), nl.kring.network.domain.SupportType.PRACTICAL)
                        .forEach(id -> changed.add(to.mapId() + "/" + id));
            }
        }
        return changed;
    }

    private StoredPlanVersion ownAgreement(CurrentUser user, FamilyFiles.Seen seen, UUID planId, UUID agreementId) {
        requirePlan(seen.file().id(), planId);
        var me = readerOnMap(seen.file(), user).orElseThrow(() -> new PlanRefusal(403, "plan.error.notYourAgreement", null));
        var version = store.latest(planId).filter(StoredPlanVersion::accepted)
                .or(() -> latestAccepted(planId))
                .orElseThrow(() -> new PlanRefusal(409, "plan.error.notAccepted", null));
        var agreement = version.content().family().agreements().stream().filter(a -> a.id().equals(agreementId)).findFirst()
                .orElseThrow(PlanRefusal::notFound);
        if (!agreement.names(me)) {
            throw new PlanRefusal(403, "plan.error.notYourAgreement", null);
        }
        return version;
    }

    private Optional<StoredPlanVersion> latestAccepted(UUID planId) {
        var numbers = store.versionNumbers(planId);
        for (int i = numbers.size() - 1; i >= 0; i--) {
            var version = store.version(planId, numbers.get(i)).filter(StoredPlanVersion::accepted);
            if (version.isPresent()) {
                return version;
            }
        }
        return Optional.empty();
    }

    private FamilyMember youthOf(FamilyFile file, CurrentUser user) {
        return file.membersWithAccount(user.accountId()).filter(PlanRules::mayRefusePersons).findFirst()
                .orElseThrow(() -> PlanRefusal.of(new PlanRuleBroken(Rule.NOT_THE_YOUTH, null)));
    }

    private StoredPlanVersion draft(UUID planId, UUID familyId, int basedOnRevision) {
        requirePlan(familyId, planId);
        var latest = store.latest(planId).orElseThrow(PlanRefusal::notFound);
        if (latest.accepted()) {
            throw PlanRefusal.of(new PlanRuleBroken(Rule.ACCEPTED_READ_ONLY, null));
        }
        if (latest.revision() != basedOnRevision) {
            throw new PlanEditConflict(latest, basedOnRevision);
        }
        return latest;
    }

    private void save(StoredPlanVersion draft, int basedOnRevision, PlanContent content, CurrentUser user) {
        if (!store.replaceContent(draft.id(), basedOnRevision, content, user.accountId(), now())) {
            throw new PlanEditConflict(store.latest(draft.planId()).orElseThrow(), basedOnRevision);
        }
    }

    private PlanSummary requirePlan(UUID familyId, UUID planId) {
        return store.plan(familyId, planId).orElseThrow(PlanRefusal::notFound);
    }

    private Map<String, Integer> agreementsElsewhere(UUID familyId, UUID planId) {
        var counts = new HashMap<String, Integer>();
        for (var version : store.latestOfFamily(familyId)) {
            if (!version.planId().equals(planId)) {
                PlanRules.counts(version.content().family().agreements()).forEach((key, count) -> counts.merge(key, count, Integer::sum));
            }
        }
        return counts;
    }

    private List<Person> persons(FamilyFile file) {
        var refused = refusedRefs(file.id());
        var result = new ArrayList<Person>();
        for (var current : maps.currentMaps(file)) {
            var roles = maps.assignedRoles(file, current.map().id());
            for (var person : current.latest().version().persons()) {
                var ref = new PersonRef(current.map().id(), person.id(), person.name());
                result.add(new Person(ref, current.map().title(), person.available(), person.reachable(), person.professional(),
                        refused.stream().anyMatch(ref::samePerson), roles.getOrDefault(person.id(), List.of())));
            }
        }
        return result;
    }

    private static List<PersonRef> refs(List<Person> persons) {
        return persons.stream().map(Person::ref).toList();
    }

    private List<PersonRef> refusedRefs(UUID familyId) {
        return store.refusedPersons(familyId).stream().map(RefusedPerson::person).toList();
    }

    /** The names as the map has them now, so the plan reads right whatever a form or the API sent. */
    private static FamilyPart withNames(FamilyPart part, List<Person> known) {
        var agreements = part.agreements().stream()
                .map(a -> new Agreement(a.id(), a.persons().stream().map(p -> named(p, known)).toList(), a.what(), a.task(), a.supportType(),
                        a.when(), a.how(), a.start(), a.end()))
                .toList();
        return new FamilyPart(part.question(), part.goingWell(), part.worries(), part.goals(), agreements, part.safety(),
                part.whenThingsGoWrong(), part.evaluationMoments());
    }

    private static ProfessionalPart withNames(ProfessionalPart part, List<Person> known) {
        var tasks = part.tasks().stream()
                .map(t -> new nl.kring.plan.domain.ProfessionalTask(t.id(), t.description(), t.heldBy(), t.hoursPerMonth(),
                        t.handOverTo().map(p -> named(p, known)), t.handOverBy(), t.state()))
                .toList();
        return new ProfessionalPart(part.safetyConditions(), tasks, part.comment());
    }

    private static PersonRef named(PersonRef ref, List<Person> known) {
        return known.stream().map(Person::ref).filter(ref::samePerson).findFirst().orElse(ref);
    }

    private OpenedPlan opened(CurrentUser user, FamilyFiles.Seen seen, UUID planId, OptionalInt number) {
        var file = seen.file();
        var plan = requirePlan(file.id(), planId);
        var stored = (number.isPresent() ? store.version(planId, number.getAsInt()) : store.latest(planId)).orElseThrow(PlanRefusal::notFound);
        var viewer = viewer(user, seen);
        var meeting = store.meeting(planId);
        // the private time is for the family and its network: every professional is kept out, also one the family shares with
        var professional = viewer == Viewer.PROFESSIONAL || (viewer != Viewer.FAMILY && user.roles().stream()
                .anyMatch(role -> role == nl.kring.identity.Role.PROFESSIONAL || role == nl.kring.identity.Role.PRIVACY_OFFICER));
        if (professional && meeting.filter(m -> m.stage().privateToTheFamily()).isPresent()) {
            throw new PlanRefusal(403, "plan.error.privateTime", null);
        }
        var readerOnMap = readerOnMap(file, user);
        var acceptances = store.acceptances(stored.id());
        var acceptors = PlanRules.acceptors(file, today()).stream()
                .map(member -> {
                    var given = acceptances.stream().filter(a -> a.memberId().equals(member.id())).findFirst();
                    return new Acceptor(member.id(), member.givenName(), member.accountId().isPresent(), given,
                            given.map(a -> a.revision() == stored.revision()).orElse(false));
                })
                .toList();
        var content = switch (viewer) {
            case FAMILY, PROFESSIONAL -> stored.content();
            // the family shares its plan, not the professionals' working notes
            case SHARED_PLAN -> stored.content().withProfessional(ProfessionalPart.empty());
            case OWN_AGREEMENTS -> ownAgreementsOnly(stored.content(), readerOnMap);
            case MEETING_COORDINATOR -> PlanContent.empty();
        };
        var shown = new StoredPlanVersion(stored.id(), stored.planId(), stored.number(), stored.revision(), stored.status(), content,
                stored.updatedAt(), stored.acceptedAt());
        var whole = viewer == Viewer.FAMILY || viewer == Viewer.PROFESSIONAL;
        // the coordinator the family asked to run its meeting needs the persons on the maps, to invite them
        var runsMeeting = !whole && seen.sees(MEETING);
        var answers = store.answers(stored.id()).stream()
                .filter(a -> whole || a.accountId().equals(user.accountId())).toList();
        var done = store.done(stored.id()).stream()
                .filter(d -> whole || d.accountId().equals(user.accountId())).toList();
        // the persons on the maps are read once for the list, the forms and the suggestions
        var persons = whole || runsMeeting ? persons(file) : List.<Person>of();
        var history = new ArrayList<HistoryLine>();
        var stepDown = new ArrayList<StepDownLine>();
        if (whole) {
            for (var n : store.versionNumbers(planId)) {
                var v = n == stored.number() ? stored : store.version(planId, n).orElseThrow();
                var tasks = v.content().professional().tasks();
                var held = tasks.stream().filter(t -> t.state() != nl.kring.plan.domain.ProfessionalTask.HandOverState.HANDED_OVER).toList();
                stepDown.add(new StepDownLine(v.number(), v.acceptedAt().map(at -> at.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate()),
                        held.stream().mapToInt(nl.kring.plan.domain.ProfessionalTask::hoursPerMonth).sum(), held.size(),
                        tasks.size() - held.size(), v.content().family().agreements().size()));
                v.acceptedAt().ifPresent(at -> history.add(new HistoryLine(at.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                        "ACCEPTED", v.number())));
                store.evaluations(v.id()).forEach(e -> history.add(new HistoryLine(e.heldOn(), "EVALUATED", v.number())));
            }
            history.sort(java.util.Comparator.comparing(HistoryLine::day));
        }
        return new OpenedPlan(file, plan, shown, store.versionNumbers(planId), viewer, whole ? acceptors : List.of(),
                whole ? store.refusedPersons(file.id()) : List.of(), persons, answers, done, readerOnMap,
                file.membersWithAccount(user.accountId()).findFirst(), maps.thresholds().overloadAgreements(), meeting,
                whole || runsMeeting ? suggestions(file, persons) : List.of(), whole ? store.evaluations(stored.id()) : List.of(), history,
                stepDown, runsMeeting);
    }

    private static PlanContent ownAgreementsOnly(PlanContent content, Optional<PersonRef> me) {
        var own = me.map(person -> content.family().agreements().stream().filter(a -> a.names(person)).toList()).orElse(List.of());
        return new PlanContent(new FamilyPart("", "", "", "", own, "", "", content.family().evaluationMoments()), ProfessionalPart.empty());
    }

    private Viewer viewer(CurrentUser user, FamilyFiles.Seen seen) {
        if (seen.wholeFile()) {
            return seen.file().membersWithAccount(user.accountId()).findAny().isPresent() ? Viewer.FAMILY : Viewer.PROFESSIONAL;
        }
        if (seen.sees(CATEGORY)) {
            return Viewer.SHARED_PLAN;
        }
        return seen.sees(MEETING) && !seen.sees(OWN_AGREEMENTS) ? Viewer.MEETING_COORDINATOR : Viewer.OWN_AGREEMENTS;
    }

    private static Optional<PersonRef> readerOnMap(FamilyFile file, CurrentUser user) {
        return file.network().stream()
                .filter(contact -> contact.accountId().map(user.accountId()::equals).orElse(false))
                .flatMap(contact -> contact.mapPerson().stream())
                .findFirst()
                .map(ref -> new PersonRef(ref.mapId(), ref.personId(), ""));
    }

    private static FamilyFiles.Seen whole(FamilyFile file) {
        return new FamilyFiles.Seen(file, true, java.util.Set.of());
    }

    private static List<String> recordIds(OpenedPlan opened) {
        return List.of(opened.plan().id() + "@" + opened.version().number());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return families.today();
    }
}
