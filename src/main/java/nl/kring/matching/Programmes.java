package nl.kring.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.Outcome;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.matching.domain.ProgrammeSettings;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.store.ProgrammeStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programmes of organisations, managed by the organisation's coordinators (and nobody else: to anyone
 * else another organisation's programme does not exist, 404). Every read and change is audited in the
 * same transaction; a refusal is audited too.
 */
@Service
public class Programmes {

    private final ProgrammeStore store;
    private final MatchingAudit audit;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    Programmes(ProgrammeStore store, MatchingAudit audit, TransactionTemplate transactions, MessageSource messages) {
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.messages = messages;
    }

    /** An organisation this coordinator coordinates, with its programmes. */
    public record OrganisationProgrammes(Organisation organisation, List<Programme> programmes) {}

    /** The organisations the user coordinates, each with its programmes. */
    public List<OrganisationProgrammes> mine(CurrentUser user) {
        requireCoordinator(user, MatchingAuditAction.PROGRAMME_LIST);
        return transactions.execute(tx -> {
            var result = store.organisationsOf(user.accountId()).stream()
                    .map(o -> new OrganisationProgrammes(o, store.programmesOf(o.id()))).toList();
            audit.allowed(user, result.stream().flatMap(o -> o.programmes().stream()).map(p -> p.id().toString()).toList(),
                    MatchingAuditAction.PROGRAMME_LIST);
            return result;
        });
    }

    /** One of the organisations the user coordinates, for a new programme. */
    public Organisation coordinated(CurrentUser user, UUID organisationId) {
        requireCoordinator(user, MatchingAuditAction.PROGRAMME_CREATE);
        return store.organisationsOf(user.accountId()).stream().filter(o -> o.id().equals(organisationId)).findFirst()
                .orElseThrow(() -> denied(user, List.of(organisationId.toString()), MatchingAuditAction.PROGRAMME_CREATE));
    }

    public Programme read(CurrentUser user, UUID id) {
        requireCoordinator(user, MatchingAuditAction.PROGRAMME_READ);
        return transactions.execute(tx -> {
            var programme = coordinatedProgramme(user, id, MatchingAuditAction.PROGRAMME_READ);
            audit.allowed(user, List.of(id.toString()), MatchingAuditAction.PROGRAMME_READ);
            return programme;
        });
    }

    /** The settings a template starts with, in this language. */
    public ProgrammeSettings fromTemplate(ProgrammeTemplate template, Locale locale) {
        return template.settings(key -> messages.getMessage(key, null, locale));
    }

    public UUID create(CurrentUser user, UUID organisationId, ProgrammeSettings settings, Optional<ProgrammeTemplate> template) {
        coordinated(user, organisationId);
        refuseProblems(settings);
        return transactions.execute(tx -> {
            if (store.programmeNameTaken(organisationId, settings.name(), Optional.empty())) {
                throw new MatchingRefusal(400, "matching.programme.error.nameTaken", "name");
            }
            var id = store.insertProgramme(organisationId, settings, template);
            audit.allowed(user, List.of(organisationId.toString(), id.toString()), MatchingAuditAction.PROGRAMME_CREATE);
            return id;
        });
    }

    public void update(CurrentUser user, UUID id, ProgrammeSettings settings) {
        requireCoordinator(user, MatchingAuditAction.PROGRAMME_UPDATE);
        var programme = transactions.execute(tx -> coordinatedProgramme(user, id, MatchingAuditAction.PROGRAMME_UPDATE));
        refuseProblems(settings);
        transactions.executeWithoutResult(tx -> {
            if (store.programmeNameTaken(programme.organisation().id(), settings.name(), Optional.of(id))) {
                throw new MatchingRefusal(400, "matching.programme.error.nameTaken", "name");
            }
            store.updateProgramme(id, settings);
            audit.allowed(user, List.of(id.toString()), MatchingAuditAction.PROGRAMME_UPDATE);
        });
    }

    private static void refuseProblems(ProgrammeSettings settings) {
        settings.check().ifPresent(problem -> {
            throw new MatchingRefusal(400, problem.messageKey(), problem.field());
        });
    }

    private Programme coordinatedProgramme(CurrentUser user, UUID id, MatchingAuditAction action) {
        var programme = store.programme(id);
        boolean coordinates = programme.isPresent() && store.organisationsOf(user.accountId()).stream()
                .anyMatch(o -> o.id().equals(programme.get().organisation().id()));
        if (!coordinates) {
            throw denied(user, List.of(id.toString()), action);
        }
        return programme.get();
    }

    /** Not the user's organisation or programme: it does not exist for them. The refusal is audited on its own. */
    private MatchingRefusal denied(CurrentUser user, List<String> ids, MatchingAuditAction action) {
        return audit.refused(user, ids, action, Outcome.DENIED_NOT_FOUND);
    }

    private void requireCoordinator(CurrentUser user, MatchingAuditAction action) {
        if (!user.has(Role.COORDINATOR)) {
            throw audit.refused(user, List.of(), action, Outcome.DENIED_FORBIDDEN);
        }
    }
}
