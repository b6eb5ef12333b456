package nl.kring.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.CareSituationEntry;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.ClosingReason;
import nl.kring.family.domain.Closure;
import nl.kring.family.domain.FamilyAction;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.FileRules;
import nl.kring.family.domain.NewMember;
import nl.kring.family.domain.Relation;
import nl.kring.family.domain.Transfer;
import nl.kring.family.store.FamilyStore;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.platform.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a family file: opened by a professional of a team, its members kept up to date, the
 * care situation of each youth over time, handed over to another team, closed with its outcome and
 * reopened within the retention period. Every step goes through {@link FamilyFiles}' access check and
 * audit; only opening, which has no file yet, checks the role itself.
 */
@Service
public class FileLifecycle {

    public static final int NOTE_LENGTH = 4000;
    public static final int REASON_LENGTH = 1000;

    private final FamilyFiles families;
    private final FamilyStore store;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Period retention;
    private final ApplicationEventPublisher events;

    FileLifecycle(FamilyFiles families, FamilyStore store, Accounts accounts, AuditLog audit, TransactionTemplate transactions,
            Clock clock, @Value("${kring.retention.after-care:P20Y}") Period retention, ApplicationEventPublisher events) {
        this.events = events;
        this.families = families;
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    /** Bad input: every rule broken, each with the member's place and field, so a form can mark them all. */
    public static final class FileRefused extends Refusal {
        private final List<FileRules.Problem> problems;

        public FileRefused(int status, List<FileRules.Problem> problems) {
            super(status, problems.getFirst().messageKey(), path(problems.getFirst()));
            this.problems = List.copyOf(problems);
        }

        static FileRefused of(String messageKey, String field) {
            return new FileRefused(400, List.of(new FileRules.Problem(-1, field, messageKey)));
        }

        static FileRefused conflict(String messageKey) {
            return new FileRefused(409, List.of(new FileRules.Problem(-1, null, messageKey)));
        }

        public List<FileRules.Problem> problems() {
            return problems;
        }

        /** {@code members[1].birthDate} for a member's field, the field itself for the file. */
        public static String path(FileRules.Problem problem) {
            if (problem.index() < 0) {
                return problem.field();
            }
            return "members[" + problem.index() + "]" + (problem.field() == null ? "" : "." + problem.field());
        }
    }

    // --- opening ---

    /**
     * A professional of a team opens a file for a new family and is assigned to it. Each youth's care
     * situation at opening is recorded from today; a youth under guardianship of an institution gets
     * that measure from today.
     */
    public UUID open(CurrentUser user, String name, List<NewMember> members) {
        return open(user, name, members, Optional.empty());
    }

    /** Opens the file as {@link #open(CurrentUser, String, List)} for something of another module, see {@link FileOpened}. */
    public UUID open(CurrentUser user, String name, List<NewMember> members, Optional<UUID> openedFrom) {
        if (!user.has(Role.PROFESSIONAL) || user.teamId().isEmpty()) {
            audit.record(entry(user, null, List.of(), FamilyAuditAction.FAMILY_OPEN, Outcome.DENIED_FORBIDDEN));
            throw new FamilyAccessDenied(null, true);
        }
        var today = families.today();
        var problems = new ArrayList<FileRules.Problem>(FileRules.checkName(name));
        problems.addAll(FileRules.check(members, today));
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).relation() == Relation.YOUTH && members.get(i).careSituation().isEmpty()) {
                problems.add(new FileRules.Problem(i, "careSituation", "lifecycle.error.careSituation"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefused(400, problems);
        }
        return transactions.execute(tx -> {
            var familyId = store.insertFamily(name.strip(), user.teamId().get(), FamilyStatus.ACTIVE, false);
            var records = new ArrayList<String>();
            records.add(familyId.toString());
            for (var member : members) {
                records.addAll(insert(user, familyId, member, today));
            }
            store.assignProfessional(familyId, user.accountId());
            audit.record(entry(user, familyId, records, FamilyAuditAction.FAMILY_OPEN, Outcome.ALLOWED));
            events.publishEvent(new FileOpened(familyId, user, openedFrom));
            return familyId;
        });
    }

    /** Inserts a checked member with their care situation and guardianship; the ids written. */
    private List<String> insert(CurrentUser user, UUID familyId, NewMember member, LocalDate today) {
        var id = store.insertMember(familyId, new FamilyMember(null, Optional.empty(), member.givenName(), member.familyName(),
                member.relation(), member.birthDate(), member.parentalAuthority(), member.carerKind(),
                member.parentalAuthority() ? member.authoritySince() : Optional.empty()));
        var written = new ArrayList<String>(List.of(id.toString()));
        member.careSituation().ifPresent(situation -> {
            var entry = new CareSituationEntry(UUID.randomUUID(), id, situation, today, Optional.of(user.accountId()), clock.instant());
            store.insertCareSituation(familyId, entry);
            written.add(entry.id().toString());
        });
        if (member.relation() == Relation.YOUTH && member.guardianship()) {
            var measure = new ChildProtectionMeasure(UUID.randomUUID(), id, ChildProtectionMeasure.Kind.GUARDIANSHIP, today,
                    Optional.empty(), user.accountId(), clock.instant());
            store.insertMeasure(familyId, measure);
            written.add(measure.id().toString());
        }
        return written;
    }

    // --- members ---

    /** Adds a member; the whole family must still meet the rules afterwards. */
    public UUID addMember(CurrentUser user, UUID familyId, NewMember member) {
        return manage(user, familyId, FamilyAuditAction.MEMBER_ADD, file -> {
            var after = new ArrayList<>(asChecked(file));
            after.add(member);
            refuseIfBroken(FileRules.check(after, families.today()), after.size() - 1);
            return UUID.fromString(insert(user, familyId, member, families.today()).getFirst());
        }, id -> List.of(id.toString()));
    }

    /** Corrects a member's names, birth date and carer kind. Parental authority changes with a date: {@link #changeAuthority}. */
    public UUID correctMember(CurrentUser user, UUID familyId, UUID memberId, NewMember corrected) {
        return manage(user, familyId, FamilyAuditAction.MEMBER_CHANGE, file -> {
            var index = indexOf(file, memberId);
            var current = file.members().get(index);
            if (corrected.relation() != null && corrected.relation() != current.relation()) {
                throw FileRefused.of("lifecycle.error.relationChange", "relation");
            }
            var after = new ArrayList<>(asChecked(file));
            var kept = new NewMember(corrected.givenName(), corrected.familyName(), current.relation(), corrected.birthDate(),
                    current.parentalAuthority(), current.relation() == Relation.PARENT ? corrected.carerKind() : Optional.empty(),
                    current.authoritySince(), Optional.empty(), after.get(index).guardianship());
            after.set(index, kept);
            refuseIfBroken(FileRules.check(after, families.today()), index);
            store.updateMember(familyId, memberId, kept.givenName(), kept.familyName(), kept.birthDate(), kept.carerKind());
            return memberId;
        }, id -> List.of(id.toString()));
    }

    /** Removes a member (entered by mistake, or no longer part of the family); the rest must still make a valid file. */
    public UUID removeMember(CurrentUser user, UUID familyId, UUID memberId) {
        return manage(user, familyId, FamilyAuditAction.MEMBER_REMOVE, file -> {
            var index = indexOf(file, memberId);
            var after = new ArrayList<>(asChecked(file));
            after.remove(index);
            var problems = FileRules.check(after, families.today());
            if (!problems.isEmpty()) {
                // what breaks is the file without this member: say so in the member's terms
                throw FileRefused.conflict(problems.stream().anyMatch(p -> p.messageKey().equals("lifecycle.error.noYouth"))
                        ? "lifecycle.error.removeLastYouth" : "lifecycle.error.removeLastAuthority");
            }
            store.deleteMember(familyId, memberId);
            return memberId;
        }, id -> List.of(id.toString()));
    }

    /**
     * A parent gains or loses parental authority from {@code effective} on. From that day the access
     * policy and the consent rules follow it: a parent who lost authority loses their own right to the
     * file on their next request.
     */
    public UUID changeAuthority(CurrentUser user, UUID familyId, UUID memberId, boolean authority, LocalDate effective) {
        return manage(user, familyId, FamilyAuditAction.AUTHORITY_CHANGE, file -> {
            var index = indexOf(file, memberId);
            var member = file.members().get(index);
            if (member.relation() != Relation.PARENT) {
                throw FileRefused.of("lifecycle.error.youthAuthority", "authority");
            }
            if (effective == null) {
                throw FileRefused.of("lifecycle.error.effective", "effective");
            }
            var after = new ArrayList<>(asChecked(file));
            var checked = after.get(index);
            after.set(index, new NewMember(checked.givenName(), checked.familyName(), checked.relation(), checked.birthDate(), authority,
                    checked.carerKind(), Optional.empty(), Optional.empty(), false));
            var problems = FileRules.check(after, effective.isAfter(families.today()) ? effective : families.today());
            if (!problems.isEmpty()) {
                throw FileRefused.conflict("lifecycle.error.removeLastAuthority");
            }
            store.insertAuthorityChange(familyId, memberId, authority, effective, user.accountId());
            return memberId;
        }, id -> List.of(id.toString()));
    }

    // --- care situation ---

    /** A youth's care situation changed on {@code since} (today or earlier; today when {@code null}). */
    public CareSituationEntry recordCareSituation(CurrentUser user, UUID familyId, UUID youthId, CareSituation situation, LocalDate since) {
        return manage(user, familyId, FamilyAuditAction.CARE_SITUATION_RECORD, file -> {
            var youth = youth(file, youthId);
            if (situation == null) {
                throw FileRefused.of("lifecycle.error.careSituation", "situation");
            }
            var day = since == null ? families.today() : since;
            checkCareDay(youth, day, "since");
            var entry = new CareSituationEntry(UUID.randomUUID(), youthId, situation, day, Optional.of(user.accountId()), clock.instant());
            store.insertCareSituation(familyId, entry);
            return entry;
        }, entry -> List.of(entry.id().toString()));
    }

    private void checkCareDay(FamilyMember youth, LocalDate day, String field) {
        if (day == null) {
            throw FileRefused.of("lifecycle.error.since", field);
        }
        if (day.isAfter(families.today())) {
            throw FileRefused.of("lifecycle.error.since.future", field);
        }
        if (youth.birthDate().filter(day::isBefore).isPresent()) {
            throw FileRefused.of("lifecycle.error.since.beforeBirth", field);
        }
    }

    /** What the file has kept over time: care situations, hand-overs, closings. */
    public record History(FamilyFile file, List<CareSituationEntry> careSituations, List<Transfer> transfers, List<Closure> closures) {

        /** Each youth's situation on a day: the latest entry on or before it. */
        public Optional<CareSituationEntry> situationOn(UUID youthId, LocalDate day) {
            return careSituations.stream().filter(e -> e.youthId().equals(youthId) && !e.since().isAfter(day))
                    .reduce((earlier, later) -> later);
        }

        public List<CareSituationEntry> situationsOf(UUID youthId) {
            return careSituations.stream().filter(e -> e.youthId().equals(youthId)).toList();
        }
    }

    /** The file's history, for whoever may read the file; audited. */
    public History history(CurrentUser user, UUID familyId) {
        return families.read(user, familyId, FamilyAuditAction.FILE_HISTORY_READ,
                file -> new History(file, store.careSituations(familyId), store.transfers(familyId), store.closures(familyId)),
                history -> Stream.concat(history.careSituations().stream().map(e -> e.id().toString()),
                        Stream.concat(history.transfers().stream().map(t -> t.id().toString()),
                                history.closures().stream().map(c -> c.id().toString()))).toList());
    }

    // --- professionals and hand-over ---

    /** Assigns another professional of the file's team. */
    public UUID assign(CurrentUser user, UUID familyId, UUID professionalId) {
        return manage(user, familyId, FamilyAuditAction.PROFESSIONAL_ASSIGN, file -> {
            var professional = accounts.find(professionalId)
                    .filter(a -> a.enabled() && a.roles().contains(Role.PROFESSIONAL) && a.teamId().map(file.teamId()::equals).orElse(false))
                    .orElseThrow(() -> FileRefused.of("lifecycle.error.professional", "professional"));
            store.assignProfessional(familyId, professional.id());
            return professional.id();
        }, id -> List.of(id.toString()));
    }

    /** Unassigns a professional; the file keeps at least one (hand it over to change teams). */
    public UUID unassign(CurrentUser user, UUID familyId, UUID professionalId) {
        return manage(user, familyId, FamilyAuditAction.PROFESSIONAL_UNASSIGN, file -> {
            if (!file.assignedProfessionals().contains(professionalId)) {
                throw FileRefused.of("lifecycle.error.professional", "professional");
            }
            if (file.assignedProfessionals().size() == 1) {
                throw FileRefused.conflict("lifecycle.error.lastProfessional");
            }
            store.unassignProfessional(familyId, professionalId);
            return professionalId;
        }, id -> List.of(id.toString()));
    }

    /** The professionals of the file's team that could be assigned to it. */
    public List<nl.kring.identity.AccountSummary> assignable(FamilyFile file) {
        return accounts.all().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.PROFESSIONAL) && a.teamId().map(file.teamId()::equals).orElse(false))
                .filter(a -> !file.assignedProfessionals().contains(a.id()))
                .toList();
    }

    /**
     * Hands the file over to another team with a note. The old team's professionals lose access on their
     * next request; any professional of the new team can take the file up and then reads the note.
     */
    public UUID transfer(CurrentUser user, UUID familyId, UUID toTeam, String note) {
        return manage(user, familyId, FamilyAuditAction.FILE_TRANSFER, file -> {
            if (toTeam == null || accounts.teams().stream().noneMatch(t -> t.id().equals(toTeam))) {
                throw FileRefused.of("lifecycle.error.team", "team");
            }
            if (toTeam.equals(file.teamId())) {
                throw FileRefused.of("lifecycle.error.sameTeam", "team");
            }
            var text = note == null ? "" : note.strip();
            if (text.isEmpty()) {
                throw FileRefused.of("lifecycle.error.note", "note");
            }
            if (text.length() > NOTE_LENGTH) {
                throw FileRefused.of("lifecycle.error.noteLength", "note");
            }
            store.insertTransfer(familyId, file.teamId(), toTeam, text, user.accountId());
            store.setTeam(familyId, toTeam);
            store.unassignAll(familyId);
            return toTeam;
        }, team -> List.of(familyId.toString()));
    }

    /** A file handed over to the professional's team and not taken up yet: its name and the note. */
    public record Waiting(UUID familyId, String familyName, Optional<Transfer> transfer) {}

    /** The files of the professional's team that nobody holds; each listing audited. */
    public List<Waiting> waitingForTeam(CurrentUser user) {
        if (!user.has(Role.PROFESSIONAL) || user.teamId().isEmpty()) {
            return List.of();
        }
        var ids = transactions.execute(tx -> store.unassignedOfTeam(user.teamId().get()));
        var result = new ArrayList<Waiting>();
        for (var id : ids) {
            try {
                result.add(families.act(user, id, FamilyAction.TAKE_UP, FamilyAuditAction.TRANSFERRED_LIST,
                        file -> new Waiting(file.id(), file.name(), store.transfers(file.id()).stream().findFirst()),
                        waiting -> List.of(waiting.familyId().toString())));
            } catch (FamilyAccessDenied gone) {
                // handed on again meanwhile: not this team's any more
            }
        }
        return result;
    }

    /** The hand-over as the new team reads it before taking the file up. */
    public Waiting waiting(CurrentUser user, UUID familyId) {
        return families.act(user, familyId, FamilyAction.TAKE_UP, FamilyAuditAction.TRANSFERRED_LIST, file -> {
            if (!file.assignedProfessionals().isEmpty()) {
                throw FileRefused.conflict("lifecycle.error.alreadyTakenUp");
            }
            return new Waiting(file.id(), file.name(), store.transfers(file.id()).stream().findFirst());
        }, waiting -> List.of(waiting.familyId().toString()));
    }

    /** A professional of the team takes up a file that nobody of the team holds, and is assigned. */
    public UUID takeUp(CurrentUser user, UUID familyId) {
        return families.act(user, familyId, FamilyAction.TAKE_UP, FamilyAuditAction.FILE_TAKE_UP, file -> {
            if (!file.assignedProfessionals().isEmpty()) {
                throw FileRefused.conflict("lifecycle.error.alreadyTakenUp");
            }
            store.assignProfessional(familyId, user.accountId());
            store.markTakenUp(familyId, user.accountId());
            return familyId;
        }, id -> List.of(id.toString()));
    }

    // --- closing and reopening ---

    /**
     * Closes the file on {@code closedOn} (today or earlier) with its reason and each youth's care
     * situation at closing. From then on the file is read-only, except for the family's privacy rights,
     * and its retention period runs.
     */
    public Closure close(CurrentUser user, UUID familyId, LocalDate closedOn, ClosingReason reason, String reasonText,
            Map<UUID, CareSituation> situations) {
        return manage(user, familyId, FamilyAuditAction.FILE_CLOSE, file -> {
            if (closedOn == null) {
                throw FileRefused.of("lifecycle.error.closedOn", "closedOn");
            }
            if (closedOn.isAfter(families.today())) {
                throw FileRefused.of("lifecycle.error.closedOn.future", "closedOn");
            }
            if (reason == null) {
                throw FileRefused.of("lifecycle.error.reason", "reason");
            }
            var text = Optional.ofNullable(reasonText).map(String::strip).filter(t -> !t.isEmpty());
            if (reason == ClosingReason.OTHER && text.isEmpty()) {
                throw FileRefused.of("lifecycle.error.reasonText", "reasonText");
            }
            if (text.filter(t -> t.length() > REASON_LENGTH).isPresent()) {
                throw FileRefused.of("lifecycle.error.reasonTextLength", "reasonText");
            }
            var problems = new ArrayList<FileRules.Problem>();
            for (var youth : file.youths()) {
                if (situations == null || situations.get(youth.id()) == null) {
                    problems.add(new FileRules.Problem(-1, "careSituation." + youth.id(), "lifecycle.error.closingSituation"));
                } else if (youth.birthDate().filter(closedOn::isBefore).isPresent()) {
                    problems.add(new FileRules.Problem(-1, "closedOn", "lifecycle.error.since.beforeBirth"));
                }
            }
            if (!problems.isEmpty()) {
                throw new FileRefused(400, problems);
            }
            for (var youth : file.youths()) {
                store.insertCareSituation(familyId, new CareSituationEntry(UUID.randomUUID(), youth.id(), situations.get(youth.id()), closedOn,
                        Optional.of(user.accountId()), clock.instant()));
            }
            var closure = new Closure(UUID.randomUUID(), closedOn, reason, text, Optional.of(user.accountId()), Optional.empty(),
                    Optional.empty(), Optional.empty());
            store.insertClosure(familyId, closure);
            store.close(familyId, closedOn);
            return closure;
        }, closure -> List.of(closure.id().toString()));
    }

    /** Reopens a closed file, with a reason, while its retention period runs. */
    public UUID reopen(CurrentUser user, UUID familyId, String reason) {
        return families.act(user, familyId, FamilyAction.MANAGE_FILE, FamilyAuditAction.FILE_REOPEN, file -> {
            if (file.status() != FamilyStatus.CLOSED) {
                throw FileRefused.conflict("lifecycle.error.notClosed");
            }
            var text = reason == null ? "" : reason.strip();
            if (text.isEmpty()) {
                throw FileRefused.of("lifecycle.error.reopenReason", "reason");
            }
            if (text.length() > REASON_LENGTH) {
                throw FileRefused.of("lifecycle.error.reasonTextLength", "reason");
            }
            var closedOn = store.closedOn(familyId).orElseThrow();
            if (closedOn.plus(retention).isBefore(families.today())) {
                throw FileRefused.conflict("lifecycle.error.retentionPassed");
            }
            store.reopen(familyId);
            store.markReopened(familyId, text, user.accountId());
            return familyId;
        }, id -> List.of(id.toString()));
    }

    // --- helpers ---

    /** An action of the assigned professionals on an open file. */
    private <T> T manage(CurrentUser user, UUID familyId, FamilyAuditAction action, java.util.function.Function<FamilyFile, T> body,
            java.util.function.Function<T, List<String>> records) {
        return families.act(user, familyId, FamilyAction.MANAGE_FILE, action, file -> body.apply(FamilyFiles.open(file)), records);
    }

    /** The file's members as the rules check them; a youth under a running guardianship needs no parent with authority. */
    private List<NewMember> asChecked(FamilyFile file) {
        var today = families.today();
        return file.members().stream().map(m -> NewMember.of(m, file.measuresRunningOn(today).stream()
                .anyMatch(measure -> measure.youthId().equals(m.id()) && measure.kind() == ChildProtectionMeasure.Kind.GUARDIANSHIP)))
                .toList();
    }

    /** Refuses when any rule is broken; problems of the member being changed are reported under {@code member}. */
    private static void refuseIfBroken(List<FileRules.Problem> problems, int changedIndex) {
        if (problems.isEmpty()) {
            return;
        }
        var own = problems.stream().filter(p -> p.index() == changedIndex)
                .map(p -> new FileRules.Problem(-1, p.field(), p.messageKey())).toList();
        throw own.isEmpty() ? FileRefused.conflict(problems.getFirst().messageKey()) : new FileRefused(400, own);
    }

    private static int indexOf(FamilyFile file, UUID memberId) {
        for (int i = 0; i < file.members().size(); i++) {
            if (file.members().get(i).id().equals(memberId)) {
                return i;
            }
        }
        throw new Refusal(404, "error.notFound", null);
    }

    private static FamilyMember youth(FamilyFile file, UUID youthId) {
        return file.youths().stream().filter(y -> y.id().equals(youthId)).findFirst()
                .orElseThrow(() -> FileRefused.of("lifecycle.error.youth", "youthId"));
    }

    private static AuditEntry entry(CurrentUser user, UUID familyId, List<String> records, FamilyAuditAction action, Outcome outcome) {
        return new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.ofNullable(familyId), records, action,
                Channel.current(), outcome);
    }
}
