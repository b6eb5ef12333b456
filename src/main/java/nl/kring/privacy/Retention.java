package nl.kring.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.kring.audit.AuditAction;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.consent.domain.RetentionPolicy;
import nl.kring.family.FamilyFiles;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.ClosedFile;
import nl.kring.identity.CurrentUser;
import nl.kring.privacy.store.DestructionStore;
import org.springframework.stereotype.Service;

/**
 * The retention period: a closed file is kept for a configured period after care ended (20 years unless
 * configured), then it is listed for destruction and the administrator confirms each one. Destroyed, the
 * file is gone for good and leaves the same anonymous record as a destruction on request (ids and dates
 * only), with reason RETENTION. The administrator learns of a file only what the decision needs: id,
 * team, closing day, due day and demo mark; never a name.
 */
@Service
public class Retention {

    enum Action implements AuditAction {
        RETENTION_LIST,
        RETENTION_READ,
        RETENTION_DESTROY;

        @Override
        public String code() {
            return name();
        }
    }

    /** A closed file due for destruction, as the administrator sees it: no name, nothing from inside the file. */
    public record DueFile(UUID familyId, UUID teamId, LocalDate closedOn, LocalDate dueOn, boolean demo) {}

    private final FamilyFiles families;
    private final FamilyRegistry registry;
    private final DestructionStore store;
    private final DestructionLedger ledger;
    private final AuditLog audit;
    private final RetentionPolicy policy;
    private final Clock clock;

    public Retention(FamilyFiles families, FamilyRegistry registry, DestructionStore store, AuditLog audit,
            RetentionProperties properties, Clock clock, DestructionLedger ledger) {
        this.ledger = ledger;
        this.families = families;
        this.registry = registry;
        this.store = store;
        this.audit = audit;
        this.policy = properties.policy();
        this.clock = clock;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** The closed files due for destruction today, longest overdue first. The listing is audited. */
    public List<DueFile> dueFiles(CurrentUser admin) {
        var today = families.today();
        return families.closedOnOrBefore(admin, policy.lastClosingDayDueOn(today), Action.RETENTION_LIST).stream()
                .map(file -> dueOrRefused(file, today))
                .toList();
    }

    /** One file due for destruction, to confirm its destruction. A file not closed is not found; one not yet due is refused. */
    public DueFile dueFile(CurrentUser admin, UUID familyId) {
        return auditingNotDue(admin, familyId, Action.RETENTION_READ, () -> families.retention(admin, familyId, Action.RETENTION_READ,
                file -> dueOrRefused(file, families.today()), due -> List.of()));
    }

    /**
     * Destroys a file that is due, for good, and returns the id of the anonymous record it leaves. Requests
     * of the family to destroy it that were still open are answered by this destruction. A file not closed is
     * not found; one not yet due is refused; either way nothing changes.
     */
    public UUID destroy(CurrentUser admin, UUID familyId) {
        return auditingNotDue(admin, familyId, Action.RETENTION_DESTROY, () -> families.retention(admin, familyId, Action.RETENTION_DESTROY,
                file -> {
                    var due = dueOrRefused(file, families.today());
                    var now = clock.instant();
                    var recordId = store.insertRetention(familyId, due.closedOn(), due.dueOn(), admin.accountId(), now);
                    store.executePending(familyId, admin.accountId(), now);
                    // the anonymous records also outside the database, so that a restore destroys this file again
                    store.executed(familyId).forEach(ledger::append);
                    registry.destroy(familyId);
                    return recordId;
                }, recordId -> List.of(recordId.toString())));
    }

    private DueFile dueOrRefused(ClosedFile file, LocalDate today) {
        if (!policy.isDueForDestruction(file.closedOn(), today)) {
            throw new NotDue();
        }
        return new DueFile(file.id(), file.teamId(), file.closedOn(), policy.dueOn(file.closedOn()), file.demo());
    }

    /** A file that is not yet due is refused after its transaction has rolled back; the refusal is audited on its own. */
    private <T> T auditingNotDue(CurrentUser admin, UUID familyId, Action action, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (NotDue refused) {
            audit.record(new AuditEntry(Optional.of(admin.accountId()), admin.roleCodes(), Optional.of(familyId), List.of(), action,
                    Channel.current(), Outcome.DENIED_FORBIDDEN));
            throw refused;
        }
    }

    /** The file is closed, but its retention period has not passed yet. */
    public static final class NotDue extends RuntimeException implements nl.kring.platform.web.HttpRefusal {
        NotDue() {
            super("retention period not passed yet");
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public String messageKey() {
            return "retention.error.notDue";
        }
    }
}
