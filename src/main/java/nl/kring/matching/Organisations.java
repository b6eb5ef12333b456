package nl.kring.matching;

import java.util.List;
import java.util.UUID;
import nl.kring.audit.Outcome;
import nl.kring.identity.AccountSummary;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.matching.store.ProgrammeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations that run volunteer programmes and their coordinators, kept by administrators. Only an
 * account with the COORDINATOR role can be named coordinator. Every read and change is audited in the
 * same transaction; a refusal is audited too.
 */
@Service
public class Organisations {

    public static final int MAX_NAME_LENGTH = 200;

    private final ProgrammeStore store;
    private final Accounts accounts;
    private final MatchingAudit audit;
    private final TransactionTemplate transactions;

    Organisations(ProgrammeStore store, Accounts accounts, MatchingAudit audit, TransactionTemplate transactions) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** An organisation with its coordinators and the names of its programmes. */
    public record OrganisationDetails(Organisation organisation, List<Coordinator> coordinators, List<String> programmeNames) {}

    public List<Organisation> all(CurrentUser admin) {
        requireAdministrator(admin, MatchingAuditAction.ORGANISATION_LIST);
        return transactions.execute(tx -> {
            var all = store.organisations();
            audit.allowed(admin, all.stream().map(o -> o.id().toString()).toList(), MatchingAuditAction.ORGANISATION_LIST);
            return all;
        });
    }

    public OrganisationDetails details(CurrentUser admin, UUID id) {
        requireAdministrator(admin, MatchingAuditAction.ORGANISATION_READ);
        return transactions.execute(tx -> {
            var organisation = store.organisation(id).orElseThrow(MatchingRefusal::notFound);
            audit.allowed(admin, List.of(id.toString()), MatchingAuditAction.ORGANISATION_READ);
            return new OrganisationDetails(organisation, store.coordinators(id),
                    store.programmesOf(id).stream().map(p -> p.settings().name()).toList());
        });
    }

    public UUID create(CurrentUser admin, String name) {
        requireAdministrator(admin, MatchingAuditAction.ORGANISATION_CREATE);
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new MatchingRefusal(400, "matching.organisation.error.name", "name");
        }
        return transactions.execute(tx -> {
            if (store.organisationNameTaken(clean)) {
                throw new MatchingRefusal(400, "matching.organisation.error.nameTaken", "name");
            }
            var id = store.insertOrganisation(clean);
            audit.allowed(admin, List.of(id.toString()), MatchingAuditAction.ORGANISATION_CREATE);
            return id;
        });
    }

    /** The accounts that may be named coordinator: enabled, with the COORDINATOR role. */
    public List<AccountSummary> eligibleCoordinators(CurrentUser admin) {
        requireAdministrator(admin, MatchingAuditAction.ORGANISATION_READ);
        return accounts.all().stream().filter(a -> a.enabled() && a.roles().contains(Role.COORDINATOR)).toList();
    }

    public void addCoordinator(CurrentUser admin, UUID organisationId, UUID accountId) {
        requireAdministrator(admin, MatchingAuditAction.COORDINATOR_ADD);
        var account = accounts.find(accountId)
                .orElseThrow(() -> new MatchingRefusal(400, "matching.organisation.error.notCoordinator", "account"));
        if (!account.enabled() || !account.roles().contains(Role.COORDINATOR)) {
            throw new MatchingRefusal(400, "matching.organisation.error.notCoordinator", "account");
        }
        transactions.executeWithoutResult(tx -> {
            store.organisation(organisationId).orElseThrow(MatchingRefusal::notFound);
            if (!store.addCoordinator(organisationId, accountId)) {
                throw new MatchingRefusal(400, "matching.organisation.error.alreadyCoordinator", "account");
            }
            audit.allowed(admin, List.of(organisationId.toString(), accountId.toString()), MatchingAuditAction.COORDINATOR_ADD);
        });
    }

    public void removeCoordinator(CurrentUser admin, UUID organisationId, UUID accountId) {
        requireAdministrator(admin, MatchingAuditAction.COORDINATOR_REMOVE);
        transactions.executeWithoutResult(tx -> {
            if (!store.removeCoordinator(organisationId, accountId)) {
                throw MatchingRefusal.notFound();
            }
            audit.allowed(admin, List.of(organisationId.toString(), accountId.toString()), MatchingAuditAction.COORDINATOR_REMOVE);
        });
    }

    private void requireAdministrator(CurrentUser user, MatchingAuditAction action) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw audit.refused(user, List.of(), action, Outcome.DENIED_FORBIDDEN);
        }
    }
}
