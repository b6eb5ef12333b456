package nl.kring.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.Predicate;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.audit.AuditAction;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.AuditRecord;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.domain.AccessDecision;
import nl.kring.family.domain.ClosedFile;
import nl.kring.family.domain.FamilyAccessPolicy;
import nl.kring.family.domain.FamilyAction;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.SharedCategories;
import nl.kring.family.store.FamilyStore;
import nl.kring.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family module's public API for reading family files. Every read goes through
 * {@link FamilyAccessPolicy} and writes its audit line in the same transaction; a refusal is audited
 * and committed before it is reported.
 */
@Service
public class FamilyFiles {

    public static final int AUDIT_PAGE_SIZE = 200;

    private final FamilyStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final FamilyAccessPolicy policy = new FamilyAccessPolicy();

    private final org.springframework.beans.factory.ObjectProvider<FamilySharing> sharing;

    private final org.springframework.context.ApplicationEventPublisher events;

    public FamilyFiles(FamilyStore store, AuditLog audit, TransactionTemplate transactions, Clock clock,
            org.springframework.beans.factory.ObjectProvider<FamilySharing> sharing, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.sharing = sharing;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The family files this person may see, each listing audited. Nothing else leaks into the list. */
    public List<FamilyFile> visibleTo(CurrentUser user) {
        return transactions.execute(tx -> {
            var today = today();
            var visible = store.load(store.linkedTo(user.accountId())).stream()
                    .filter(file -> policy.decide(user, FamilyAction.VIEW_FILE, file, today) instanceof AccessDecision.Permit)
                    .toList();
            var entries = new ArrayList<AuditEntry>();
            for (var file : visible) {
                entries.add(entry(user, file.id(), List.of(file.id().toString()), FamilyAuditAction.FAMILY_LIST, Outcome.ALLOWED));
            }
            audit.recordAll(entries);
            return visible;
        });
    }

    /**
     * Opens a file together with the parts its own page shows beside it (contact details, notes): one load, one
     * access check and one transaction for all of it. The file and every part keep their own audit line, written
     * together at the end, so a page view costs one commit instead of one per part.
     */
    public <T> T openWithParts(CurrentUser user, UUID familyId, java.util.function.BiFunction<FamilyFile, Parts, T> body) {
        Opened<T> opened = guarded(user, familyId, () -> store.find(familyId),
                file -> new Gate(policy.decide(user, FamilyAction.VIEW_FILE, file, today()), false), FamilyAuditAction.FAMILY_READ,
                file -> {
                    var parts = new Parts(user, file);
                    var value = body.apply(file, parts);
                    return new Opened<>(file, value, List.copyOf(parts.lines));
                }, o -> o.file().recordIds(), o -> false, Opened::partLines);
        return opened.value();
    }

    private record Opened<T>(FamilyFile file, T value, List<AuditEntry> partLines) {}

    /**
     * Reads parts of a file opened by {@link #openWithParts}, each through the disclosure filter of its category
     * (as {@link #readShared} would) and with its own audit line.
     */
    public final class Parts {
        private final CurrentUser user;
        private final FamilyFile file;
        private final List<AuditEntry> lines = new ArrayList<>();
        private SharedCategories shared;

        private Parts(CurrentUser user, FamilyFile file) {
            this.user = user;
            this.file = file;
        }

        /** The part, or empty (and a refused audit line) when this reader may not see its category. */
        public <P> Optional<P> read(String category, AuditAction action, Function<FamilyFile, P> part, Function<P, List<String>> records) {
            if (shared == null) {
                shared = sharedWith(file, user);
            }
            var today = today();
            if (!(policy.decideShared(user, file, today, shared, category) instanceof AccessDecision.Permit)) {
                lines.add(entry(user, file.id(), List.of(), action, Outcome.DENIED_FORBIDDEN));
                return Optional.empty();
            }
            var value = part.apply(file);
            var line = entry(user, file.id(), records.apply(value), action, Outcome.ALLOWED);
            lines.add(policy.isReadHiddenFromFamily(user, file, today, shared, category) ? line.hiddenFromTheFamily() : line);
            return Optional.of(value);
        }
    }

    /** Opens one family file. */
    public FamilyFile open(CurrentUser user, UUID familyId) {
        return guarded(user, familyId, FamilyAction.VIEW_FILE, FamilyAuditAction.FAMILY_READ, file -> file, FamilyFile::recordIds);
    }

    /** Who looked at this family's file: the family's own audit view. */
    public FamilyAudit auditOf(CurrentUser user, UUID familyId) {
        return guarded(user, familyId, FamilyAction.VIEW_AUDIT, FamilyAuditAction.FAMILY_AUDIT_READ,
                file -> new FamilyAudit(file, audit.ofFamily(familyId, AUDIT_PAGE_SIZE)), result -> List.of());
    }

    /**
     * The family's own rights to its file (access, a download of everything): parents with parental
     * authority and youths from 12. Checked and audited like every other read.
     */
    public <T> T exerciseFileRights(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, FamilyAction.EXERCISE_FILE_RIGHTS, action, body, records);
    }

    /** A decision on the family's request to destroy its file, by a professional assigned to it. */
    public <T> T decideDestruction(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, FamilyAction.DECIDE_DESTRUCTION, action, body, records);
    }

    public boolean mayDecideDestruction(CurrentUser user, FamilyFile file) {
        return policy.decide(user, FamilyAction.DECIDE_DESTRUCTION, file, today()) instanceof AccessDecision.Permit;
    }

    /** Whether the person may open "who looked at our file"; used to show the link, not to grant access. */
    public boolean mayViewAudit(CurrentUser user, FamilyFile file) {
        return policy.decide(user, FamilyAction.VIEW_AUDIT, file, today()) instanceof AccessDecision.Permit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads something that another capability keeps in a family file (a network map, a plan), through
     * the same access check and audit as the file itself. {@code records} names the ids that were read.
     */
    public <T> T read(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, FamilyAction.VIEW_FILE, action, body, records);
    }

    /**
     * Reads one category of the file (e.g. {@code NETWORK_MAP}): for whoever may read the whole file,
     * and for anyone the family shares that category with now (a network member, a volunteer, an
     * outside professional). This is the one disclosure filter: every page and API that shows part of
     * a file to someone outside the family and its team reads through here. Checked and audited like
     * {@link #read}.
     */
    public <T> T readShared(CurrentUser user, UUID familyId, String category, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, file -> {
            var shared = sharedWith(file, user);
            var today = today();
            return new Gate(policy.decideShared(user, file, today, shared, category),
                    policy.isReadHiddenFromFamily(user, file, today, shared, category));
        }, action, body, records, value -> false);
    }

    /** What a reader may see of a file: all of it (family and team), or the categories shared with them now. */
    public record Seen(FamilyFile file, boolean wholeFile, java.util.Set<String> categories) {
        public boolean sees(String category) {
            return wholeFile || categories.contains(category);
        }
    }

    /**
     * Like {@link #readShared}, for information that can be shared in more than one way (the network
     * map as it is, or with the other persons pseudonymised): permitted when any of the categories is
     * disclosed, and the body learns which, to show no more than that.
     */
    public <T> T readSharedAny(CurrentUser user, UUID familyId, List<String> categories, AuditAction action, Function<Seen, T> body,
            Function<T, List<String>> records) {
        // decided once: the gate's answer is what the body shows
        var decided = new SharedCategories[1];
        return guarded(user, familyId, file -> {
            var shared = sharedWith(file, user);
            decided[0] = shared;
            var today = today();
            var permitting = categories.stream()
                    .filter(category -> policy.decideShared(user, file, today, shared, category) instanceof AccessDecision.Permit)
                    .toList();
            // refused as for the first category (unknown, or forbidden for someone who knows the file);
            // hidden from the family only when every way it is permitted rests on a hidden basis
            return permitting.isEmpty() ? new Gate(policy.decideShared(user, file, today, shared, categories.getFirst()), false)
                    : new Gate(AccessDecision.PERMIT,
                            permitting.stream().allMatch(category -> policy.isReadHiddenFromFamily(user, file, today, shared, category)));
        }, action, file -> body.apply(new Seen(file,
                policy.decide(user, FamilyAction.VIEW_FILE, file, today()) instanceof AccessDecision.Permit,
                decided[0].categories())), records, value -> false);
    }

    /**
     * The files that share something with this person (a network member, a volunteer, a professional
     * outside the family's team), with the shared categories; each listing audited. Files the person
     * may read whole are not listed here.
     */
    public List<Shared> sharedWith(CurrentUser user) {
        return transactions.execute(tx -> {
            var candidates = new java.util.LinkedHashSet<>(store.linkedTo(user.accountId()));
            var answer = sharing.getIfAvailable();
            if (answer != null) {
                candidates.addAll(answer.familiesNaming(user.accountId()));
            }
            var today = today();
            var result = new ArrayList<Shared>();
            for (var file : store.load(candidates)) {
                if (policy.decide(user, FamilyAction.VIEW_FILE, file, today) instanceof AccessDecision.Permit) {
                    continue;
                }
                var shared = sharedWith(file, user);
                if (!shared.isEmpty()) {
                    result.add(new Shared(file.id(), file.name(), shared.categories()));
                    var line = entry(user, file.id(), List.of(file.id().toString()), FamilyAuditAction.SHARED_LIST, Outcome.ALLOWED);
                    audit.record(policy.isListingHiddenFromFamily(shared) ? line.hiddenFromTheFamily() : line);
                }
            }
            return result;
        });
    }

    /**
     * What this person may read of one file through the disclosure filter: everything for the family
     * and its team ({@code wholeFile}), otherwise the categories the family shares with them now.
     * Audited; when nothing is shared the answer is {@link FamilyAccessDenied} without a hint that the
     * file exists. Each part is then read through {@link #readShared} with its own category.
     */
    public Disclosed disclosed(CurrentUser user, UUID familyId) {
        var decided = new SharedCategories[1];
        return guarded(user, familyId, file -> {
                    var shared = sharedWith(file, user);
                    decided[0] = shared;
                    return new Gate(policy.decideAnyShared(user, file, today(), shared), policy.isListingHiddenFromFamily(shared)
                            && !(policy.decide(user, FamilyAction.VIEW_FILE, file, today()) instanceof AccessDecision.Permit));
                },
                FamilyAuditAction.SHARED_READ, file -> {
                    boolean whole = policy.decide(user, FamilyAction.VIEW_FILE, file, today()) instanceof AccessDecision.Permit;
                    return new Disclosed(file.id(), file.name(), whole, whole ? java.util.Set.of() : decided[0].categories());
                }, disclosed -> List.of(disclosed.familyId().toString()), value -> false);
    }

    /**
     * What one file discloses to one person.
     *
     * @param wholeFile the person may read the whole file (family, assigned professionals)
     * @param categories the categories shared with the person now; empty for {@code wholeFile}
     */
    public record Disclosed(UUID familyId, String familyName, boolean wholeFile, java.util.Set<String> categories) {}

    /** A family file as someone it shares with may know it: its name and what is shared. */
    public record Shared(UUID familyId, String familyName, java.util.Set<String> categories) {}

    private SharedCategories sharedWith(FamilyFile file, CurrentUser user) {
        var answer = sharing.getIfAvailable();
        return answer == null ? SharedCategories.NONE : answer.sharedWith(file, user, clock.instant());
    }

    /**
     * The consents of an opened file that wait for a family member's answer since a youth turned 12 or
     * 16. Only for a file the person may read whole; the file is flagged until they answered.
     */
    public List<FamilySharing.AwaitedAnswer> awaitedAnswers(FamilyFile file) {
        return awaitedAnswers(List.of(file)).getOrDefault(file.id(), List.of());
    }

    /** The same for a list of opened files, looked up together (a list page asks once, not per file). */
    public java.util.Map<UUID, List<FamilySharing.AwaitedAnswer>> awaitedAnswers(List<FamilyFile> files) {
        var answer = sharing.getIfAvailable();
        return answer == null || files.isEmpty() ? java.util.Map.of() : answer.awaitedAnswers(files, today());
    }

    /** Adds to or changes what a capability keeps in a family file, checked and audited in one transaction. */
    public <T> T change(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, FamilyAction.CONTRIBUTE, action, changed(familyId, file -> body.apply(open(file))), records);
    }

    /** The body, then {@link FileChanged} in the same transaction. */
    private <T> Function<FamilyFile, T> changed(UUID familyId, Function<FamilyFile, T> body) {
        return file -> {
            var result = body.apply(file);
            events.publishEvent(new FileChanged(familyId));
            return result;
        };
    }

    /**
     * Changes something in the file on the family's behalf, by whoever may contribute or by someone the family
     * shares {@code category} with now on its own consent (e.g. the coordinator it asked to run its network
     * meeting). Checked and audited like {@link #change}; a closed file answers 409. The body learns whether the
     * person may read the whole file, to do no more than the category allows.
     */
    public <T> T changeShared(CurrentUser user, UUID familyId, String category, AuditAction action, Function<Seen, T> body,
            Function<T, List<String>> records) {
        var decided = new SharedCategories[1];
        return guarded(user, familyId, file -> {
            var shared = sharedWith(file, user);
            decided[0] = shared;
            return new Gate(policy.decideSharedChange(user, file, today(), shared, category), false);
        }, action, changed(familyId, file -> body.apply(new Seen(open(file),
                policy.decide(user, FamilyAction.VIEW_FILE, file, today()) instanceof AccessDecision.Permit,
                decided[0].categories()))), records, value -> false);
    }

    /**
     * Like {@link #change}, for what the family may still do once its file is closed: its privacy
     * rights, such as withdrawing a consent.
     */
    public <T> T changeAlsoWhenClosed(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, FamilyAction.CONTRIBUTE, action, changed(familyId, body), records);
    }

    /** The family module's own services: one action on the file, checked and audited in one transaction. */
    <T> T act(CurrentUser user, UUID familyId, FamilyAction action, AuditAction auditAction, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, action, auditAction, changed(familyId, body), records);
    }

    /** Whether the person may do this with the file; used to show controls, not to grant access. */
    public boolean may(CurrentUser user, FamilyAction action, FamilyFile file) {
        return policy.decide(user, action, file, today()) instanceof AccessDecision.Permit;
    }

    /** A closed file is read-only except for the family's privacy rights: a write answers 409. */
    static FamilyFile open(FamilyFile file) {
        if (file.status() == nl.kring.family.domain.FamilyStatus.CLOSED) {
            throw new FileClosed();
        }
        return file;
    }

    /** A write to a closed file. */
    public static final class FileClosed extends nl.kring.platform.web.Refusal {
        FileClosed() {
            super(409, "lifecycle.error.closed", null);
        }
    }

    /** Whether the person may contribute to the file; used to show controls, not to grant access. */
    public boolean mayContribute(CurrentUser user, FamilyFile file) {
        return policy.decide(user, FamilyAction.CONTRIBUTE, file, today()) instanceof AccessDecision.Permit;
    }

    public record FamilyAudit(FamilyFile file, List<AuditRecord> records) {}

    /**
     * The closed files whose care ended on or before {@code lastDay}, for the administrator who keeps the
     * retention period: id, team, closing day and demo mark only, never a name. Each file listed is
     * audited; so is a listing that finds nothing, and a refused one.
     */
    public List<ClosedFile> closedOnOrBefore(CurrentUser user, LocalDate lastDay, AuditAction action) {
        var listed = transactions.execute(tx -> {
            if (!(policy.decideRetention(user) instanceof AccessDecision.Permit)) {
                audit.record(entry(user, null, List.of(), action, Outcome.DENIED_FORBIDDEN));
                return Optional.<List<ClosedFile>>empty();
            }
            var files = store.closedOnOrBefore(lastDay);
            audit.recordAll(files.isEmpty() ? List.of(entry(user, null, List.of(), action, Outcome.ALLOWED))
                    : files.stream().map(file -> entry(user, file.id(), List.of(file.id().toString()), action, Outcome.ALLOWED)).toList());
            return Optional.of(files);
        });
        return listed.orElseThrow(() -> new FamilyAccessDenied(null, true));
    }

    /**
     * One closed file as the administrator may know it for the retention period: {@code body} reads it, or
     * destroys it through {@link FamilyRegistry#destroy}, in one transaction with its audit line. A file
     * that is not closed is not found here.
     */
    public <T> T retention(CurrentUser user, UUID familyId, AuditAction action, Function<ClosedFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, () -> store.closed(familyId), file -> new Gate(policy.decideRetention(user), false), action, body,
                records, value -> false);

    }

    // --- child-protection measures: a fact about the file, shown to everyone who sees it ---

    /** A measure to record: {@code kind} as its code, checked here so that a wrong one gets a translated 400. */
    public record NewMeasure(UUID youthId, String kind, LocalDate start, Optional<LocalDate> end) {}

    /** The measures on this family's youths, past and present (for whoever may read the file). */
    public List<ChildProtectionMeasure> measures(CurrentUser user, UUID familyId) {
        return guarded(user, familyId, FamilyAction.VIEW_FILE, FamilyAuditAction.MEASURE_LIST, FamilyFile::measures,
                measures -> measures.stream().map(m -> m.id().toString()).toList());
    }

    /** An assigned professional records a child-protection measure on a youth of the family. */
    public ChildProtectionMeasure recordMeasure(CurrentUser user, UUID familyId, NewMeasure request) {
        return guarded(user, familyId, FamilyAction.RECORD_MEASURE, FamilyAuditAction.MEASURE_RECORD, file -> {
            open(file);
            var youth = file.youths().stream().filter(y -> y.id().equals(request.youthId())).findFirst()
                    .orElseThrow(() -> new MeasureRefused(400, "measure.error.youth", "youthId"));
            ChildProtectionMeasure.Kind kind;
            try {
                kind = ChildProtectionMeasure.Kind.valueOf(request.kind() == null ? "" : request.kind().strip());
            } catch (IllegalArgumentException unknown) {
                throw new MeasureRefused(400, "measure.error.kind", "kind");
            }
            if (request.start() == null) {
                throw new MeasureRefused(400, "measure.error.start", "start");
            }
            if (request.end().filter(request.start()::isAfter).isPresent()) {
                throw new MeasureRefused(400, "measure.error.end", "end");
            }
            var measure = new ChildProtectionMeasure(UUID.randomUUID(), youth.id(), kind, request.start(), request.end(),
                    user.accountId(), clock.instant());
            store.insertMeasure(familyId, measure);
            return measure;
        }, measure -> List.of(measure.id().toString()));
    }

    /** An assigned professional ends a measure: {@code last} is its last day (today when empty). */
    public ChildProtectionMeasure endMeasure(CurrentUser user, UUID familyId, UUID measureId, Optional<LocalDate> last) {
        return guarded(user, familyId, FamilyAction.RECORD_MEASURE, FamilyAuditAction.MEASURE_END, file -> {
            open(file);
            var measure = file.measures().stream().filter(m -> m.id().equals(measureId)).findFirst()
                    .orElseThrow(() -> new MeasureRefused(404, "error.notFound", null));
            var day = last.orElseGet(this::today);
            if (measure.start().isAfter(day)) {
                throw new MeasureRefused(400, "measure.error.end", "end");
            }
            store.endMeasure(familyId, measureId, day, user.accountId(), clock.instant());
            return measure.endingOn(day);
        }, measure -> List.of(measure.id().toString()));
    }

    /** Whether the person may record measures; used to show the form, not to grant access. */
    public boolean mayRecordMeasures(CurrentUser user, FamilyFile file) {
        return policy.decide(user, FamilyAction.RECORD_MEASURE, file, today()) instanceof AccessDecision.Permit;
    }

    // --- sharing without consent: the consent module keeps the exceptions, this door guards them ---

    /**
     * Sees, records or ends sharing without consent (an exception): the assigned professionals only.
     * {@code hiddenFromFamily} tells whether the audit line must be left out of the family's view
     * (recording or changing an exception hidden from the family).
     */
    public <T> T exceptions(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records, Predicate<T> hiddenFromFamily) {
        return guarded(user, familyId, file -> new Gate(policy.decide(user, FamilyAction.RECORD_EXCEPTION, file, today()), false),
                action, body, records, hiddenFromFamily);
    }

    /** Whether the person may see and record exceptions; used to show the link, not to grant access. */
    public boolean mayRecordExceptions(CurrentUser user, FamilyFile file) {
        return policy.decide(user, FamilyAction.RECORD_EXCEPTION, file, today()) instanceof AccessDecision.Permit;
    }

    /** What a privacy officer is given of a file: the file (to name it) and the audit lines hidden from the family. */
    public record HiddenReview(FamilyFile file, List<AuditRecord> hiddenAudit) {}

    /**
     * The privacy officer of the file's team reviews what is hidden from the family. The audit line of
     * this review is itself hidden from the family: it would tell them that something is hidden.
     */
    public <T> T reviewHidden(CurrentUser user, UUID familyId, AuditAction action, Function<HiddenReview, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, file -> new Gate(policy.decide(user, FamilyAction.REVIEW_HIDDEN, file, today()), true), action,
                file -> body.apply(new HiddenReview(file, audit.hiddenFromFamily(familyId, AUDIT_PAGE_SIZE))), records, value -> true);
    }

    /**
     * The ids of the files a privacy officer may review (those of their team); nothing about them is
     * shown or read, so nothing is audited here. Empty for everyone else.
     */
    public List<UUID> filesToReview(CurrentUser user) {
        if (!user.has(nl.kring.identity.Role.PRIVACY_OFFICER) || user.teamId().isEmpty()) {
            return List.of();
        }
        return transactions.execute(tx -> store.ofTeam(user.teamId().get()));
    }

    /** A measure that cannot be recorded or ended as asked. */
    public static final class MeasureRefused extends nl.kring.platform.web.Refusal {
        MeasureRefused(int status, String messageKey, String field) {
            super(status, messageKey, field);
        }
    }

    private <T> T guarded(
            CurrentUser user,
            UUID familyId,
            FamilyAction action,
            AuditAction auditAction,
            Function<FamilyFile, T> body,
            Function<T, List<String>> recordIds) {
        return guarded(user, familyId, file -> new Gate(policy.decide(user, action, file, today()), false), auditAction, body, recordIds,
                value -> false);
    }

    /** The access decision, and whether a permitted access is left out of the family's audit view. */
    private record Gate(AccessDecision decision, boolean hiddenFromFamily) {}

    private <T> T guarded(
            CurrentUser user,
            UUID familyId,
            Function<FamilyFile, Gate> gate,
            AuditAction auditAction,
            Function<FamilyFile, T> body,
            Function<T, List<String>> recordIds,
            Predicate<T> hiddenFromFamily) {
        return guarded(user, familyId, () -> store.find(familyId), gate, auditAction, body, recordIds, hiddenFromFamily, value -> List.of());
    }

    private <F, T> T guarded(
            CurrentUser user,
            UUID familyId,
            Supplier<Optional<F>> load,
            Function<F, Gate> gate,
            AuditAction auditAction,
            Function<F, T> body,
            Function<T, List<String>> recordIds,
            Predicate<T> hiddenFromFamily) {
        return guarded(user, familyId, load, gate, auditAction, body, recordIds, hiddenFromFamily, value -> List.of());
    }

    /** Loads what is asked for, decides, runs the body and writes the audit line: all in one transaction. */
    private <F, T> T guarded(
            CurrentUser user,
            UUID familyId,
            Supplier<Optional<F>> load,
            Function<F, Gate> gate,
            AuditAction auditAction,
            Function<F, T> body,
            Function<T, List<String>> recordIds,
            Predicate<T> hiddenFromFamily,
            Function<T, List<AuditEntry>> moreLines) {
        var result = transactions.execute(tx -> {
            var file = load.get();
            var decided = file.map(gate).orElse(new Gate(AccessDecision.UNKNOWN, false));
            var decision = decided.decision();
            return switch (decision) {
                case AccessDecision.Permit p -> {
                    var value = body.apply(file.get());
                    var line = entry(user, familyId, recordIds.apply(value), auditAction, Outcome.ALLOWED);
                    audit.record(decided.hiddenFromFamily() || hiddenFromFamily.test(value) ? line.hiddenFromTheFamily() : line);
                    moreLines.apply(value).forEach(audit::record);
                    yield new Result<T>(Optional.of(value), decision);
                }
                case AccessDecision.Unknown u -> {
                    audit.record(entry(user, familyId, List.of(), auditAction, Outcome.DENIED_NOT_FOUND));
                    yield new Result<T>(Optional.empty(), decision);
                }
                case AccessDecision.Forbidden f -> {
                    audit.record(entry(user, familyId, List.of(), auditAction, Outcome.DENIED_FORBIDDEN));
                    yield new Result<T>(Optional.empty(), decision);
                }
            };
        });
        return result.value().orElseThrow(() -> new FamilyAccessDenied(familyId, result.decision() instanceof AccessDecision.Forbidden));
    }

    private record Result<T>(Optional<T> value, AccessDecision decision) {}

    private static AuditEntry entry(CurrentUser user, UUID familyId, List<String> records, AuditAction action, Outcome outcome) {
        return new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.ofNullable(familyId), records, action,
                Channel.current(), outcome);
    }
}
