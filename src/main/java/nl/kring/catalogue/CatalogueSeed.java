package nl.kring.catalogue;

import java.time.Clock;
import nl.kring.catalogue.domain.InitiativeRules;
import nl.kring.catalogue.store.CatalogueStore;
import nl.kring.catalogue.store.SeedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the starting content at start-up, in every mode (it is the catalogue, not demo data): each
 * initiative of {@link SeedFile} that the catalogue does not hold yet is added as its first version. An
 * initiative that is already there is left alone, so an editor's later versions are never overwritten.
 */
@Component
class CatalogueSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);

    private final CatalogueStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CatalogueSeed(CatalogueStore store, PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var entries = SeedFile.read();
        var added = transactions.execute(tx -> {
            int count = 0;
            for (var entry : entries) {
                var problems = InitiativeRules.check(entry.initiative());
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("catalogue seed " + entry.initiative().id() + ": " + problems);
                }
                if (!store.exists(entry.initiative().id())) {
                    store.insertInitiative(entry.initiative(), entry.lastChecked(), clock.instant(), null);
                    count++;
                }
            }
            return count;
        });
        if (added > 0) {
            log.info("Catalogue: {} initiatives added from {}", added, SeedFile.RESOURCE);
        }
    }
}
