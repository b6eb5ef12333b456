package nl.kring.matching;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.store.ProgrammeStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * For the fictional demo data only: an organisation with coordinators and a programme from a template,
 * made without a signed-in actor (the demo module calls it at start, in demo mode).
 */
@Service
public class ProgrammeSeeds {

    private final ProgrammeStore store;
    private final MessageSource messages;

    ProgrammeSeeds(ProgrammeStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    public boolean hasOrganisations() {
        return !store.organisations().isEmpty();
    }

    /** An organisation whose coordinators are these accounts, running a programme from this template (in Dutch). */
    public UUID organisationWithProgramme(String name, Iterable<UUID> coordinators, ProgrammeTemplate template) {
        var id = store.insertOrganisation(name);
        coordinators.forEach(account -> store.addCoordinator(id, account));
        var settings = template.settings(key -> messages.getMessage(key, null, Locale.forLanguageTag("nl")));
        store.insertProgramme(id, settings, Optional.of(template));
        return id;
    }
}
