package nl.kring.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kring.identity.Accounts;
import nl.kring.matching.ProgrammeSeeds;
import nl.kring.matching.domain.Centroid;
import nl.kring.matching.domain.Coordinates;
import nl.kring.matching.domain.Evidence;
import nl.kring.matching.domain.Interest;
import nl.kring.matching.domain.PartOfDay;
import nl.kring.matching.domain.Pc4;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.matching.domain.RequirementKind;
import nl.kring.matching.domain.TimeSlot;
import nl.kring.matching.domain.VolunteerKind;
import nl.kring.matching.domain.VolunteerProfile;
import nl.kring.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fictional organisation for the volunteer programmes, marked "(demo)", with the demo coordinator as its
 * coordinator and a support-family programme from the Buurtgezinnen template. Added once the demo accounts
 * exist and only while there is no organisation, so that an existing demo database gets it too; and the
 * organisation's postcode list for the demo's fictional area, marked fictional, while it has none; and the
 * demo volunteer as a support family of its programmes, with their requirements met.
 */
@Component
class DemoProgrammes {

    static final String ORGANISATION = "Stichting Buurtsteun Zonnedorp (demo)";
    static final int FICTIONAL_FROM = 1000;
    static final int FICTIONAL_TO = 1499;

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final ProgrammeSeeds seeds;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoProgrammes(DemoMode demoMode, Accounts accounts, ProgrammeSeeds seeds, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.seeds = seeds;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!demoMode.enabled()) {
            return;
        }
        var coordinator = accounts.findByUsername("demo-coordinator");
        if (coordinator.isPresent() && !seeds.hasOrganisations()) {
            transactions.executeWithoutResult(tx -> seeds.organisationWithProgramme(ORGANISATION, List.of(coordinator.get().id()),
                    ProgrammeTemplate.BUURTGEZINNEN));
        }
        transactions.executeWithoutResult(tx -> seeds.fictionalCentroids(ORGANISATION, fictionalArea()));
        var volunteer = accounts.findByUsername("demo-volunteer");
        if (volunteer.isPresent() && coordinator.isPresent()) {
            var today = LocalDate.now(clock);
            transactions.executeWithoutResult(tx -> seeds.volunteer(ORGANISATION, volunteer.get().id(), DEMO_HOUSEHOLD,
                    List.of(new Evidence(RequirementKind.CERTIFICATE_OF_CONDUCT, today.minusMonths(5), Optional.empty()),
                            new Evidence(RequirementKind.ID_CHECKED, today.minusMonths(5), Optional.empty()),
                            new Evidence(RequirementKind.INTAKE_INTERVIEW, today.minusMonths(4), Optional.empty())),
                    coordinator.get().id()));
        }
    }

    /** The demo volunteer: a made-up support family in the fictional area. */
    static final VolunteerProfile DEMO_HOUSEHOLD = new VolunteerProfile(VolunteerKind.HOUSEHOLD, "Familie Zonneveld (demo)",
            "Mirjam (44), Koen (46), Lotte (10) (demo)", new Pc4(1204), Set.of("nl", "en"),
            Set.of(new TimeSlot(DayOfWeek.WEDNESDAY, PartOfDay.AFTERNOON), new TimeSlot(DayOfWeek.SATURDAY, PartOfDay.MORNING)),
            Set.of(Interest.COOKING, Interest.OUTDOORS, Interest.GAMES), "Zelf drie kinderen opgevoed; eerder oppasgezin. (demo)",
            Set.of(), Optional.of(4), Optional.of(12), Optional.of(10));

    /**
     * The demo's fictional area: the postcode areas 1000–1499 that the demo teams cover, laid out as a made-up
     * grid of 25 areas a row, about a kilometre apart (rows 0.01° of latitude, columns 0.015° of longitude),
     * somewhere in the middle of the country. Not the real places of these postcodes.
     */
    static List<Centroid> fictionalArea() {
        var area = new ArrayList<Centroid>();
        for (int digits = FICTIONAL_FROM; digits <= FICTIONAL_TO; digits++) {
            int offset = digits - FICTIONAL_FROM;
            area.add(new Centroid(new Pc4(digits), new Coordinates(52.0 + offset / 25 * 0.01, 5.0 + offset % 25 * 0.015)));
        }
        return area;
    }
}
