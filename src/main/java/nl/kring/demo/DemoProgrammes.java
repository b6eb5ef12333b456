package nl.kring.demo;

import java.util.List;
import nl.kring.identity.Accounts;
import nl.kring.matching.ProgrammeSeeds;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fictional organisation for the volunteer programmes, marked "(demo)", with the demo coordinator as its
 * coordinator and a support-family programme from the Buurtgezinnen template. Added once the demo accounts
 * exist and only while there is no organisation, so that an existing demo database gets it too.
 */
@Component
class DemoProgrammes {

    static final String ORGANISATION = "Stichting Buurtsteun Zonnedorp (demo)";

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final ProgrammeSeeds seeds;
    private final TransactionTemplate transactions;

    DemoProgrammes(DemoMode demoMode, Accounts accounts, ProgrammeSeeds seeds, TransactionTemplate transactions) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.seeds = seeds;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!demoMode.enabled() || seeds.hasOrganisations()) {
            return;
        }
        var coordinator = accounts.findByUsername("demo-coordinator");
        if (coordinator.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> seeds.organisationWithProgramme(ORGANISATION, List.of(coordinator.get().id()),
                ProgrammeTemplate.BUURTGEZINNEN));
    }
}
