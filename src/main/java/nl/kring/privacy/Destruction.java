package nl.kring.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.consent.domain.DestructionRequest;
import nl.kring.family.FamilyFiles;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.FamilyFile;
import nl.kring.identity.CurrentUser;
import nl.kring.privacy.store.DestructionStore;
import org.springframework.stereotype.Service;

/**
 * The right to have the file destroyed: a parent with authority or a youth from 12 asks in writing (here:
 * in the app); a professional assigned to the family decides within three months, and may refuse only
 * on a recorded ground with a reason. Executed, the file is deleted for good; the request remains as the
 * anonymous record that a destruction happened (ids and dates only).
 */
@Service
public class Destruction {

    enum Action implements AuditAction {
        DESTRUCTION_REQUEST,
        DESTRUCTION_REFUSE,
        DESTRUCTION_EXECUTE,
        DESTRUCTION_LIST,
        STATEMENT_ADD;

        @Override
        public String code() {
            return name();
        }
    }

    private final FamilyFiles families;
    private final FamilyRegistry registry;
    private final DestructionStore store;
    private final DestructionLedger ledger;
    private final nl.kring.privacy.store.StatementStore statements;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    public Destruction(FamilyFiles families, FamilyRegistry registry, DestructionStore store,
            nl.kring.privacy.store.StatementStore statements, Clock clock, DestructionLedger ledger,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.ledger = ledger;
        this.families = families;
        this.registry = registry;
        this.store = store;
        this.statements = statements;
        this.clock = clock;
    }

    public record Overview(FamilyFile family, List<DestructionStore.Request> requests, List<nl.kring.privacy.store.StatementStore.Statement> statements,
            boolean mayRequest, boolean mayDecide) {}

    public Overview overview(CurrentUser user, UUID familyId) {
        return families.read(user, familyId, Action.DESTRUCTION_LIST, file -> new Overview(file, store.ofFamily(familyId),
                statements.ofFamily(familyId), families.mayViewAudit(user, file), families.mayDecideDestruction(user, file)),
                overview -> overview.requests().stream().map(r -> r.id().toString()).toList());
    }

    /** A request to correct the file, or the family's own statement added to it (parents with authority, youths from 12). */
    public UUID addStatement(CurrentUser user, UUID familyId, nl.kring.privacy.store.StatementStore.Kind kind, String text) {
        var clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > 4000) {
            throw new Refused(400, "privacy.error.statement", "text");
        }
        return families.exerciseFileRights(user, familyId, Action.STATEMENT_ADD, file -> {
            var member = file.members().stream().filter(m -> m.isAccount(user.accountId())).findFirst().orElseThrow();
            return statements.insert(familyId, member.id(), kind, clean);
        }, id -> List.of(id.toString()));
    }

    public UUID request(CurrentUser user, UUID familyId) {
        return families.exerciseFileRights(user, familyId, Action.DESTRUCTION_REQUEST, file -> {
            if (store.ofFamily(familyId).stream().anyMatch(r -> r.status() == DestructionStore.Status.PENDING)) {
                throw new Refused(400, "privacy.error.pending", null);
            }
            var member = file.members().stream().filter(m -> m.isAccount(user.accountId())).findFirst().orElseThrow();
            var today = LocalDate.now(clock);
            var decideBy = today.plus(DestructionRequest.DECISION_TERM);
            var id = store.insert(familyId, member.id(), decideBy);
            events.publishEvent(new DestructionAsked(familyId, true));
            return id;
        }, id -> List.of(id.toString()));
    }

    public void refuse(CurrentUser user, UUID familyId, UUID requestId, String ground, String reason) {
        DestructionRequest.RefusalGround chosen;
        try {
            chosen = DestructionRequest.RefusalGround.valueOf(ground == null ? "" : ground);
        } catch (IllegalArgumentException e) {
            throw new Refused(400, "privacy.error.ground", "ground");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new Refused(400, "privacy.error.reason", "reason");
        }
        families.decideDestruction(user, familyId, Action.DESTRUCTION_REFUSE, file -> {
            if (!store.decide(requestId, familyId, DestructionStore.Status.REFUSED, user.accountId(), clock.instant(), chosen.name(), reason.strip())) {
                throw new Refused(404, "error.notFound", null);
            }
            events.publishEvent(new DestructionAsked(familyId, false));
            return requestId;
        }, id -> List.of(id.toString()));
    }

    /** Deletes the family file and all it holds, for good. */
    public void execute(CurrentUser user, UUID familyId, UUID requestId) {
        families.decideDestruction(user, familyId, Action.DESTRUCTION_EXECUTE, file -> {
            if (!store.decide(requestId, familyId, DestructionStore.Status.EXECUTED, user.accountId(), clock.instant(), null, null)) {
                throw new Refused(404, "error.notFound", null);
            }
            // the anonymous records also outside the database, so that a restore destroys this file again
            store.executed(familyId).forEach(ledger::append);
            registry.destroy(familyId);
            return requestId;
        }, id -> List.of(id.toString()));
    }

    public static final class Refused extends nl.kring.platform.web.Refusal {
        public Refused(int status, String key, String field) {
            super(status, key, field);
        }
    }
}
