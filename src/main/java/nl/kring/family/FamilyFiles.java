package nl.kring.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
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

    public FamilyFiles(FamilyStore store, AuditLog audit, TransactionTemplate transactions, Clock clock,
            org.springframework.beans.factory.ObjectProvider<FamilySharing> sharing) {
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
        return guarded(user, familyId, file -> policy.decideShared(user, file, today(), sharedWith(file, user), category),
                action, body, records);
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
        return guarded(user, familyId, file -> {
            var shared = sharedWith(file, user);
            return categories.stream().map(category -> policy.decideShared(user, file, today(), shared, category))
                    .filter(AccessDecision.Permit.class::isInstance).findFirst().orElse(AccessDecision.UNKNOWN);
        }, action, file -> body.apply(new Seen(file,
                policy.decide(user, FamilyAction.VIEW_FILE, file, today()) instanceof AccessDecision.Permit,
                sharedWith(file, user).categories())), records);
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
                    audit.record(entry(user, file.id(), List.of(file.id().toString()), FamilyAuditAction.SHARED_LIST, Outcome.ALLOWED));
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
        return guarded(user, familyId, file -> policy.decideAnyShared(user, file, today(), sharedWith(file, user)),
                FamilyAuditAction.SHARED_READ, file -> {
                    boolean whole = policy.decide(user, FamilyAction.VIEW_FILE, file, today()) instanceof AccessDecision.Permit;
                    return new Disclosed(file.id(), file.name(), whole, whole ? java.util.Set.of() : sharedWith(file, user).categories());
                }, disclosed -> List.of(disclosed.familyId().toString()));
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
        var answer = sharing.getIfAvailable();
        return answer == null ? List.of() : answer.awaitedAnswers(file, today());
    }

    /** Adds to or changes what a capability keeps in a family file, checked and audited in one transaction. */
    public <T> T change(CurrentUser user, UUID familyId, AuditAction action, Function<FamilyFile, T> body,
            Function<T, List<String>> records) {
        return guarded(user, familyId, FamilyAction.CONTRIBUTE, action, body, records);
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
        return guarded(user, familyId, () -> store.closed(familyId), file -> policy.decideRetention(user), action, body, records);
    }

    private <T> T guarded(
            CurrentUser user,
            UUID familyId,
            FamilyAction action,
            AuditAction auditAction,
            Function<FamilyFile, T> body,
            Function<T, List<String>> recordIds) {
        return guarded(user, familyId, file -> policy.decide(user, action, file, today()), auditAction, body, recordIds);
    }

    private <T> T guarded(
            CurrentUser user,
            UUID familyId,
            Function<FamilyFile, AccessDecision> decide,
            AuditAction auditAction,
            Function<FamilyFile, T> body,
            Function<T, List<String>> recordIds) {
        return guarded(user, familyId, () -> store.find(familyId), decide, auditAction, body, recordIds);
    }

    /** Loads what is asked for, decides, runs the body and writes the audit line: all in one transaction. */
    private <F, T> T guarded(
            CurrentUser user,
            UUID familyId,
            Supplier<Optional<F>> load,
            Function<F, AccessDecision> decide,
            AuditAction auditAction,
            Function<F, T> body,
            Function<T, List<String>> recordIds) {
        var result = transactions.execute(tx -> {
            var file = load.get();
            var decision = file.map(decide).orElse(AccessDecision.UNKNOWN);
            return switch (decision) {
                case AccessDecision.Permit p -> {
                    var value = body.apply(file.get());
                    audit.record(entry(user, familyId, recordIds.apply(value), auditAction, Outcome.ALLOWED));
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
