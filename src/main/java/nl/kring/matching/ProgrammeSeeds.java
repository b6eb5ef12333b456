package nl.kring.matching;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.matching.domain.Centroid;
import nl.kring.matching.domain.Evidence;
import nl.kring.matching.domain.VolunteerProfile;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.store.GeographyStore;
import nl.kring.matching.store.VolunteerStore;
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
    private final GeographyStore geography;
    private final VolunteerStore volunteers;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeSeeds(ProgrammeStore store, GeographyStore geography, VolunteerStore volunteers, MessageSource messages, Clock clock) {
        this.store = store;
        this.geography = geography;
        this.volunteers = volunteers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Registers this account as a volunteer of the named organisation's programmes, with this evidence recorded
     * by the coordinator, while the account is no volunteer yet; false when it already is or there is no such
     * organisation.
     */
    public boolean volunteer(String organisationName, UUID accountId, VolunteerProfile profile, List<Evidence> evidence, UUID recordedBy) {
        var organisation = geography.organisationNamed(organisationName);
        if (organisation.isEmpty() || volunteers.ofAccount(accountId).isPresent()) {
            return false;
        }
        var id = volunteers.insert(accountId, organisation.get(), profile, "", Locale.forLanguageTag("nl"), clock.instant());
        for (var programme : store.programmesOf(organisation.get())) {
            volunteers.addProgramme(id, programme.id());
            evidence.forEach(e -> volunteers.insertEvidence(id, programme.id(), e, "(demo)", recordedBy));
        }
        return true;
    }

    /**
     * Gives the named organisation these made-up postcode areas, marked fictional, while it has no list of
     * its own yet; false when there is no such organisation or it already has one.
     */
    public boolean fictionalCentroids(String organisationName, List<Centroid> centroids) {
        var organisation = geography.organisationNamed(organisationName);
        if (organisation.isEmpty() || geography.counts(organisation.get()).areas() > 0) {
            return false;
        }
        geography.replace(organisation.get(), centroids, true);
        return true;
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
