package nl.kring.matching;

import java.util.List;
import java.util.Optional;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit lines of organisations and programmes: an allowed read or change joins the caller's
 * transaction; a refusal is written in a transaction of its own, so that it stays when the refused
 * request rolls back.
 */
@Component
class MatchingAudit {

    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;

    MatchingAudit(AuditLog audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void allowed(CurrentUser user, List<String> ids, nl.kring.audit.AuditAction action) {
        audit.record(entry(user, ids, action, Outcome.ALLOWED));
    }

    /** A change without a signed-in actor: a volunteer registering on the public form, a scheduled job. */
    void system(List<String> ids, MatchingAuditAction action) {
        audit.record(new AuditEntry(Optional.empty(), "", Optional.empty(), ids, action, Channel.current(), Outcome.ALLOWED));
    }

    /** Records the refusal and returns it to throw: 403 for the wrong role, 404 for what the user may not know of. */
    MatchingRefusal refused(CurrentUser user, List<String> ids, nl.kring.audit.AuditAction action, Outcome outcome) {
        ownTransaction.executeWithoutResult(tx -> audit.record(entry(user, ids, action, outcome)));
        return outcome == Outcome.DENIED_FORBIDDEN ? MatchingRefusal.forbidden() : MatchingRefusal.notFound();
    }

    private static AuditEntry entry(CurrentUser user, List<String> ids, nl.kring.audit.AuditAction action, Outcome outcome) {
        return new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.empty(), ids, action, Channel.current(), outcome);
    }
}
