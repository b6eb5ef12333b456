package nl.kring.privacy;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The destruction ledger ({@code kring.privacy.destruction-ledger}, environment {@code KRING_DESTRUCTION_LEDGER}),
 * and the check at every start: a file the ledger says was destroyed is destroyed again before Kring serves
 * anyone — should a backup from before its destruction have been restored by hand.
 */
@Configuration(proxyBeanMethods = false)
class DestructionLedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DestructionLedgerConfiguration.class);

    @Bean
    DestructionLedger destructionLedger(@Value("${kring.privacy.destruction-ledger}") Path file) {
        return new DestructionLedger(file);
    }

    /** Runs once all beans exist and before the web server starts (that starts with the context's refresh end). */
    @Bean
    SmartInitializingSingleton destroyAgainAtStart(DestructionLedger ledger, javax.sql.DataSource database, TransactionTemplate transactions) {
        return () -> {
            var entries = ledger.entries();
            if (entries.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(tx -> {
                for (var entry : RestoredFiles.destroyAgain(database, entries)) {
                    log.warn("Family file {} was destroyed on {} (destruction record {}) but was back, from a restored backup: destroyed again",
                            entry.familyId(), entry.decidedAt(), entry.recordId());
                }
            });
        };
    }
}
