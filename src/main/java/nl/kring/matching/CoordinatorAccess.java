package nl.kring.matching;

import java.util.List;
import java.util.UUID;
import nl.kring.audit.Outcome;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.matching.store.ProgrammeStore;
import org.springframework.stereotype.Component;

/**
 * The one check for a coordinator's work: the user has the COORDINATOR role (else 403) and coordinates the
 * organisation of what they ask for (else it does not exist for them, 404). Both refusals are audited.
 */
@Component
class CoordinatorAccess {

    private final ProgrammeStore store;
    private final MatchingAudit audit;

    CoordinatorAccess(ProgrammeStore store, MatchingAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    Organisation organisation(CurrentUser user, UUID organisationId, MatchingAuditAction action) {
        requireRole(user, action);
        return store.organisationsOf(user.accountId()).stream().filter(o -> o.id().equals(organisationId)).findFirst()
                .orElseThrow(() -> audit.refused(user, List.of(organisationId.toString()), action, Outcome.DENIED_NOT_FOUND));
    }

    Programme programme(CurrentUser user, UUID programmeId, nl.kring.audit.AuditAction action) {
        requireRole(user, action);
        var programme = store.programme(programmeId);
        boolean coordinates = programme.isPresent() && store.organisationsOf(user.accountId()).stream()
                .anyMatch(o -> o.id().equals(programme.get().organisation().id()));
        if (!coordinates) {
            throw audit.refused(user, List.of(programmeId.toString()), action, Outcome.DENIED_NOT_FOUND);
        }
        return programme.get();
    }

    private void requireRole(CurrentUser user, nl.kring.audit.AuditAction action) {
        if (!user.has(Role.COORDINATOR)) {
            throw audit.refused(user, List.of(), action, Outcome.DENIED_FORBIDDEN);
        }
    }
}
