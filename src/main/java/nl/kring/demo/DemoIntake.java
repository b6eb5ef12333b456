package nl.kring.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.kring.identity.Accounts;
import nl.kring.intake.IntakeRegistry;
import nl.kring.intake.domain.NewRequest;
import nl.kring.intake.domain.Postcode;
import nl.kring.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional intake demo data: postcode areas for the two demo teams and a few support requests. Added once
 * the demo teams exist (after {@link DemoData}) and only while no team has postcode areas, so that an
 * existing demo database gets them too. Every request is made up and marked "(demo)".
 */
@Component
class DemoIntake {

    private static final Logger log = LoggerFactory.getLogger(DemoIntake.class);

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final IntakeRegistry intake;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoIntake(DemoMode demoMode, Accounts accounts, IntakeRegistry intake, TransactionTemplate transactions, Clock clock) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.intake = intake;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!demoMode.enabled() || intake.hasAreas()) {
            return;
        }
        var north = accounts.teams().stream().filter(t -> t.name().equals("Wijkteam Noord (demo)")).findFirst();
        var south = accounts.teams().stream().filter(t -> t.name().equals("Wijkteam Zuid (demo)")).findFirst();
        if (north.isEmpty() || south.isEmpty()) {
            return;
        }
        var now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            intake.addArea(north.get().id(), 1000, 1299);
            intake.addArea(south.get().id(), 1300, 1499);
            intake.addRequest(north.get().id(), new NewRequest(
                    "Sinds de verhuizing zit onze zoon van 10 veel alleen thuis en heeft hij nog geen vriendjes op de nieuwe school. "
                            + "Wie kan ons helpen om hier mensen te leren kennen? (demo)",
                    new Postcode(1234, "CD"), Optional.of("familie.demo@example.org"), Optional.empty(), "nl", Optional.of("Yasmina (demo)")),
                    now.minus(Duration.ofDays(3)));
            intake.addRequest(north.get().id(), new NewRequest(
                    "I am a single dad with two young daughters and I work shifts. I would like someone to think along about "
                            + "who can pick them up from school. (demo)",
                    new Postcode(1111, "XY"), Optional.empty(), Optional.of("06-12345699"), "en", Optional.empty()),
                    now.minus(Duration.ofDays(1)));
            intake.addRequest(south.get().id(), new NewRequest(
                    "Mijn moeder woont bij ons in en heeft steeds meer zorg nodig. Het wordt ons als gezin te veel. (demo)",
                    new Postcode(1400, "EF"), Optional.of("zuid.demo@example.org"), Optional.empty(), "nl", Optional.empty()),
                    now.minus(Duration.ofHours(5)));
        });
        log.info("Demo intake data created: postcode areas of the demo teams and three fictional support requests.");
    }
}
