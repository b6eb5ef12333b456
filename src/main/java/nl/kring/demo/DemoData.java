package nl.kring.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.Sharing;
import nl.kring.consent.SharingExceptions;
import nl.kring.family.FamilyFiles;
import nl.kring.consent.domain.Approval;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Consent;
import nl.kring.consent.domain.Recipient;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.Role;
import nl.kring.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional demo data, created once, only in demo mode. Every name is invented and marked "(demo)".
 * Accounts use the password {@value #PASSWORD} and have the fixed API token {@code demo-token-<name>}.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "kring-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Duration DEMO_TOKEN_LIFETIME = Duration.ofDays(3650);

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final FamilyRegistry families;
    private final nl.kring.network.NetworkMapRegistry maps;
    private final Sharing sharing;
    private final SharingExceptions exceptions;
    private final FamilyFiles familyFiles;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(DemoMode demoMode, Accounts accounts, AccessTokens tokens, FamilyRegistry families,
            nl.kring.network.NetworkMapRegistry maps, TransactionTemplate transactions, Clock clock, Sharing sharing,
            SharingExceptions exceptions, FamilyFiles familyFiles) {
        this.sharing = sharing;
        this.exceptions = exceptions;
        this.familyFiles = familyFiles;
        this.maps = maps;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.tokens = tokens;
        this.families = families;
        this.transactions = transactions;
        this.clock = clock;
    }

    record DemoAccount(String username, String displayName, Role role, String team) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-professional", "Petra Visser (demo)", Role.PROFESSIONAL, "north"),
            new DemoAccount("demo-professional-2", "Sander Bakker (demo)", Role.PROFESSIONAL, "north"),
            new DemoAccount("demo-professional-other-team", "Ilse Mulder (demo)", Role.PROFESSIONAL, "south"),
            new DemoAccount("demo-privacy-officer", "Karin de Vries (demo)", Role.PRIVACY_OFFICER, "north"),
            new DemoAccount("demo-privacy-officer-other-team", "Ruben Koster (demo)", Role.PRIVACY_OFFICER, "south"),
            new DemoAccount("demo-parent", "Marieke de Wit (demo)", Role.PARENT, null),
            new DemoAccount("demo-youth", "Noor de Wit (demo)", Role.YOUTH, null),
            new DemoAccount("demo-network", "Henk de Wit (demo)", Role.NETWORK_MEMBER, null),
            new DemoAccount("demo-volunteer", "Fatima El Amrani (demo)", Role.VOLUNTEER, null),
            new DemoAccount("demo-coordinator", "Joost van Dijk (demo)", Role.COORDINATOR, null),
            new DemoAccount("demo-analyst", "Lotte Smit (demo)", Role.ANALYST, null),
            new DemoAccount("demo-catalogue-editor", "Wim Jansen (demo)", Role.CATALOGUE_EDITOR, null),
            new DemoAccount("demo-admin", "Ahmed Yilmaz (demo)", Role.ADMINISTRATOR, null));

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        if (accounts.findByUsername("demo-admin").isEmpty()) {
            transactions.executeWithoutResult(tx -> create());
            log.info("Demo data created (all people are fictional).");
        }
        var lines = new ArrayList<String>();
        for (var account : ACCOUNTS) {
            lines.add(String.format("  %-30s %-14s token %s", account.username(), account.role(), token(account.username())));
        }
        log.info("""

                Kring runs in DEMO MODE with fictional data. Sign in at http://localhost:8080 with password '{}':
                {}
                """, PASSWORD, String.join("\n", lines));
    }

    static String token(String username) {
        return AccessTokens.DEMO_PREFIX + username.substring("demo-".length());
    }

    private void create() {
        var north = accounts.createTeam("Wijkteam Noord (demo)").id();
        var south = accounts.createTeam("Wijkteam Zuid (demo)").id();
        var ids = new java.util.HashMap<String, UUID>();
        for (var account : ACCOUNTS) {
            var team = account.team() == null ? Optional.<UUID>empty()
                    : Optional.of("north".equals(account.team()) ? north : south);
            var id = accounts.createDemoAccount(account.username(), account.displayName(), PASSWORD, Set.of(account.role()), team);
            tokens.createKnown(id, "demo", token(account.username()), DEMO_TOKEN_LIFETIME);
            ids.put(account.username(), id);
        }
        var today = LocalDate.now(clock);

        var deWit = families.createFamily("Gezin De Wit (demo)", north, FamilyStatus.ACTIVE, true);
        var noorBorn = today.minusYears(14).minusMonths(3);
        var noor = families.addMember(deWit, youth(ids.get("demo-youth"), "Noor", "de Wit", noorBorn));
        var marieke = families.addMember(deWit, parent(ids.get("demo-parent"), "Marieke", "de Wit", today.minusYears(43), true));
        var bas = families.addMember(deWit, parent(null, "Bas", "de Wit", today.minusYears(45), false));
        // clearly fictional contact details: 06-123 numbers, example.org, a made-up street
        families.setContactDetails(deWit, noor, contact("06-12345601", "noor.dewit@example.org", null, null, null));
        families.setContactDetails(deWit, marieke, contact("06-12345678", "marieke.dewit@example.org", "Verzonnenstraat 12", "1234 AB", "Voorbeeldstad"));
        families.setContactDetails(deWit, bas, contact("06-12345679", null, "Verzonnenstraat 12", "1234 AB", "Voorbeeldstad"));
        var henk = families.addNetworkContact(deWit, Optional.of(ids.get("demo-network")), "Henk de Wit (demo)", "GRANDPARENT");
        // given by the mother before Noor turned 12: now Noor's own answer is needed, so she is asked at sign-in
        var givenOn = noorBorn.plusYears(12).minusMonths(3);
        sharing.recordDemoConsent(deWit, new Consent(UUID.randomUUID(), noor, new Recipient.NetworkMember(henk, "Henk de Wit (demo)"),
                Set.of(Category.MEMBER_BASICS), "Zodat opa weet wie er bij ons gezin horen (demo)", givenOn, Optional.empty(),
                List.of(new Approval(marieke, givenOn.atTime(19, 0).atZone(Consent.ZONE).toInstant())), Optional.empty()));
        families.addNetworkContact(deWit, Optional.empty(), "Els Verbeek (demo)", "NEIGHBOUR");
        families.assignProfessional(deWit, ids.get("demo-professional"));
        families.assignProfessional(deWit, ids.get("demo-professional-2"));
        maps.createMap(deWit, "Netwerk van Noor (demo)", nl.kring.network.MapSummary.Perspective.YOUTH,
                nl.kring.network.MapSummary.CentreKind.YOUTH, Optional.of(noor), DemoMaps.noor(noorBorn, clock.instant()));
        maps.createMap(deWit, "Netwerk van Noor, gezien door mama (demo)", nl.kring.network.MapSummary.Perspective.PARENT,
                nl.kring.network.MapSummary.CentreKind.YOUTH, Optional.of(noor), DemoMaps.noorSeenByMother(noorBorn, clock.instant()));

        families.addNote(deWit, Optional.of(ids.get("demo-professional")),
                "Kennismaking gehad met Marieke en Noor. Noor wil graag dat opa Henk vaker meedenkt. (demo)");
        families.addNote(deWit, Optional.of(ids.get("demo-parent")),
                "Bas haalt Noor op woensdag op van hockey. (demo)");

        var jansen = families.createFamily("Gezin Jansen (demo)", north, FamilyStatus.INTAKE, true);
        var daan = families.addMember(jansen, youth(null, "Daan", "Jansen", today.minusYears(9).minusMonths(5)));
        families.addMember(jansen, parent(null, "Sanne", "Jansen", today.minusYears(36), true));
        families.assignProfessional(jansen, ids.get("demo-professional-2"));

        var ozturk = families.createFamily("Gezin Öztürk (demo)", south, FamilyStatus.ACTIVE, true);
        var elif = families.addMember(ozturk, youth(null, "Elif", "Öztürk", today.minusYears(17).minusMonths(8)));
        families.addMember(ozturk, parent(null, "Ayşe", "Öztürk", today.minusYears(44), true));
        families.addMember(ozturk, parent(null, "Mehmet", "Öztürk", today.minusYears(47), false));
        families.addNetworkContact(ozturk, Optional.empty(), "Yusuf Kaya (demo)", "COACH");
        families.assignProfessional(ozturk, ids.get("demo-professional-other-team"));

        // Recorded by the assigned professionals through the same checks and audit as on the pages:
        // a supervision order marks Elif's file, and for Daan's safety his basic data is shared with a
        // professional of another team without consent, hidden from the family (the privacy officer sees it).
        var ilse = accounts.currentUser(ids.get("demo-professional-other-team")).orElseThrow();
        familyFiles.recordMeasure(ilse, ozturk, new FamilyFiles.NewMeasure(elif, "SUPERVISION_ORDER", today.minusMonths(8), Optional.empty()));
        var sander = accounts.currentUser(ids.get("demo-professional-2")).orElseThrow();
        exceptions.record(sander, jansen, new SharingExceptions.NewException(daan, "CHILD_SAFETY",
                "Zorgen over de veiligheid van Daan; na overleg met Veilig Thuis gedeeld met de jeugdbeschermer (demo).",
                new Sharing.RecipientChoice.Account("demo-professional-other-team"), Set.of("MEMBER_BASICS"), today.minusDays(3),
                Optional.empty(), true));

        // Two closed files for the retention period, without accounts or professionals of their own: one
        // closed long ago (due for destruction), one closed recently (kept for many years yet).
        var closedLongAgo = LocalDate.of(2004, 6, 30);
        var verhoef = families.createFamily("Gezin Verhoef (demo)", north, FamilyStatus.ACTIVE, true);
        families.addMember(verhoef, youth(null, "Jesse", "Verhoef", closedLongAgo.minusYears(15).minusMonths(2)));
        families.addMember(verhoef, parent(null, "Anouk", "Verhoef", closedLongAgo.minusYears(41), true));
        families.close(verhoef, closedLongAgo);

        var closedRecently = today.minusMonths(3);
        var brouwer = families.createFamily("Gezin Brouwer (demo)", south, FamilyStatus.ACTIVE, true);
        families.addMember(brouwer, youth(null, "Lars", "Brouwer", today.minusYears(16).minusMonths(4)));
        families.addMember(brouwer, parent(null, "Ingrid", "Brouwer", today.minusYears(46), true));
        families.addNetworkContact(brouwer, Optional.empty(), "Tante Wilma (demo)", "AUNT_UNCLE");
        families.close(brouwer, closedRecently);
    }

    private static ContactDetails contact(String phone, String email, String street, String postalCode, String city) {
        return new ContactDetails(Optional.ofNullable(phone), Optional.ofNullable(email), Optional.ofNullable(street),
                Optional.ofNullable(postalCode), Optional.ofNullable(city));
    }

    private static FamilyMember youth(UUID account, String given, String family, LocalDate born) {
        return new FamilyMember(UUID.randomUUID(), Optional.ofNullable(account), given, family, Relation.YOUTH, Optional.of(born), false);
    }

    private static FamilyMember parent(UUID account, String given, String family, LocalDate born, boolean authority) {
        return new FamilyMember(UUID.randomUUID(), Optional.ofNullable(account), given, family, Relation.PARENT, Optional.of(born), authority);
    }
}
