package nl.kring.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.family.FileLifecycle;
import nl.kring.family.FileOpened;
import nl.kring.family.domain.NewMember;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Team;
import nl.kring.intake.domain.IntakeAccess;
import nl.kring.intake.domain.PostcodeAreas;
import nl.kring.intake.domain.RequestInput;
import nl.kring.intake.domain.RequestRules;
import nl.kring.intake.domain.SupportRequest;
import nl.kring.intake.store.IntakeStore;
import nl.kring.mail.Mailer;
import nl.kring.platform.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support requests ("hulpvragen"): a family asks for support itself, without an account; the request
 * goes to the team whose postcode area covers it; the team accepts it into a new family file or answers
 * with a referral. Submissions are throttled per client address. Every read and change is audited in
 * its own transaction with the read or change; refusals are audited and committed before they are
 * answered.
 */
@Service
public class SupportRequests {

    private static final Logger log = LoggerFactory.getLogger(SupportRequests.class);
    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    /** How many handled requests the intake list shows under the open ones. */
    public static final int HANDLED_SHOWN = 50;

    private final IntakeStore store;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Mailer mailer;
    private final IntakeMails mails;
    private final IntakeProperties properties;
    private final FileLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final PublicFormThrottle throttle;

    SupportRequests(IntakeStore store, Accounts accounts, AuditLog audit, Mailer mailer, IntakeMails mails, IntakeProperties properties,
            FileLifecycle lifecycle, PlatformTransactionManager transactionManager, Clock clock, PublicFormThrottle throttle) {
        this.throttle = throttle;
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.mailer = mailer;
        this.mails = mails;
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What the person is told after submitting: the request id (empty for a bot caught by the honeypot) and whether a confirmation was mailed. */
    public record Received(Optional<UUID> id, boolean mailed) {}

    // --- submitting (public) ---

    /**
     * Takes a request from the public form or the API. Refused (400, every problem with its field) when
     * the input is wrong or no team covers the postcode and no fallback team is configured; refused (429)
     * when this client address sent {@code kring.intake.max-per-address} requests within the window.
     * Only stored requests (and honeypot hits) count towards the limit: a person correcting a typo does not.
     *
     * @param honeypot a field a person cannot see was filled in: a bot. It is answered as a success, counted,
     *        and nothing is stored or sent.
     */
    public Received submit(String clientAddress, RequestInput input, boolean honeypot) {
        return transactions.execute(tx -> {
            var admission = throttle.admit(clientAddress);
            var now = admission.at();
            if (honeypot) {
                admission.count();
                return new Received(Optional.empty(), false);
            }
            var problems = RequestRules.check(input);
            if (!problems.isEmpty()) {
                throw new IntakeRefused(400, problems);
            }
            var request = RequestRules.parse(input);
            var team = PostcodeAreas.teamFor(request.postcode(), store.areas(), fallbackTeam())
                    .orElseThrow(() -> IntakeRefused.of(400, "postcode", "intake.error.noTeam"));
            admission.count();
            var id = store.insertRequest(team, request, now);
            audit.record(new AuditEntry(Optional.empty(), "", Optional.empty(), List.of(id.toString()), IntakeAuditAction.SUPPORT_REQUEST_SUBMIT,
                    Channel.current(), Outcome.ALLOWED));
            request.email().ifPresent(email -> mailer.send(mails.received(email, request.language(), request.addressedAs())));
            return new Received(Optional.of(id), request.email().isPresent());
        });
    }

    private Optional<UUID> fallbackTeam() {
        return properties.fallback().flatMap(name -> {
            var team = accounts.teams().stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst();
            if (team.isEmpty()) {
                log.warn("kring.intake.fallback-team '{}' is not a team; requests from uncovered postcodes are refused", name);
            }
            return team;
        });
    }

    /** The client address as the throttle stores it (see {@link PublicFormThrottle#clientHash}). */
    String clientHash(String clientAddress) {
        return throttle.clientHash(clientAddress);
    }

    // --- the team's intake list ---

    /** The team's requests, open ones first (oldest first), then the last handled ones; the listing is audited. */
    public List<SupportRequest> intakeList(CurrentUser user) {
        if (!IntakeAccess.hasIntakeList(user)) {
            ownTransaction.executeWithoutResult(tx -> audit.record(entry(user, null, List.of(), IntakeAuditAction.SUPPORT_REQUEST_LIST,
                    Outcome.DENIED_FORBIDDEN)));
            throw new Refusal(403, "error.forbidden", null);
        }
        return transactions.execute(tx -> {
            var requests = store.ofTeam(user.teamId().orElseThrow(), HANDLED_SHOWN);
            audit.record(entry(user, null, requests.stream().map(r -> r.id().toString()).toList(), IntakeAuditAction.SUPPORT_REQUEST_LIST,
                    Outcome.ALLOWED));
            return requests;
        });
    }

    /** One request, for the professionals and coordinators of its team; anyone else gets 404. */
    public SupportRequest read(CurrentUser user, UUID id) {
        return transactions.execute(tx -> {
            var request = permitted(user, id, IntakeAuditAction.SUPPORT_REQUEST_READ, IntakeAccess::read);
            audit.record(entry(user, request.familyId().orElse(null), List.of(id.toString()), IntakeAuditAction.SUPPORT_REQUEST_READ,
                    Outcome.ALLOWED));
            return request;
        });
    }

    /** Whether this person may accept the request into a new file now (for showing the action). */
    public boolean mayAccept(CurrentUser user, SupportRequest request) {
        return IntakeAccess.accept(user, request) == IntakeAccess.Decision.PERMIT;
    }

    /**
     * The team answers with a referral (to a programme, the catalogue, another organisation) in words; if
     * the person gave an e-mail address, the answer is mailed to them in their language.
     */
    public SupportRequest refer(CurrentUser user, UUID id, String text) {
        return transactions.execute(tx -> {
            // who may refer first: someone who may not know of the request learns nothing from a check of the text
            var request = permitted(user, id, IntakeAuditAction.SUPPORT_REQUEST_REFER, IntakeAccess::refer);
            RequestRules.checkReferral(text).ifPresent(problem -> {
                throw new IntakeRefused(400, List.of(problem));
            });
            var referral = text.strip();
            store.markReferred(id, referral, user.accountId(), clock.instant());
            audit.record(entry(user, null, List.of(id.toString()), IntakeAuditAction.SUPPORT_REQUEST_REFER, Outcome.ALLOWED));
            request.email().ifPresent(email -> mailer.send(mails.referred(email, request.language(), request.addressedAs(), referral)));
            return store.request(id).orElseThrow();
        });
    }

    /**
     * Accepts the request into a new family file, opened with the family module's rules; the request is
     * marked accepted in the same transaction (see {@link #opened}). Who may accept is decided before the
     * members are read ({@code members} may refuse them with 400), so that someone who may not know of the
     * request gets 404 (or 403), not a verdict on what they sent.
     */
    public UUID acceptIntoNewFile(CurrentUser user, UUID id, String familyName, Supplier<List<NewMember>> members) {
        transactions.executeWithoutResult(tx -> permitted(user, id, IntakeAuditAction.SUPPORT_REQUEST_ACCEPT, IntakeAccess::accept));
        return lifecycle.open(user, familyName, members.get(), Optional.of(id));
    }

    /** A family file was opened from a support request: mark it accepted, or refuse and so roll the opening back. */
    @EventListener
    public void opened(FileOpened event) {
        if (event.openedFrom().isEmpty()) {
            return;
        }
        var user = event.openedBy();
        var id = event.openedFrom().get();
        permitted(user, id, IntakeAuditAction.SUPPORT_REQUEST_ACCEPT, IntakeAccess::accept);
        store.markAccepted(id, event.familyId(), user.accountId(), clock.instant());
        audit.record(entry(user, event.familyId(), List.of(id.toString()), IntakeAuditAction.SUPPORT_REQUEST_ACCEPT, Outcome.ALLOWED));
    }

    /**
     * The request, locked for the rest of the transaction, if the decision permits; otherwise the refusal is
     * audited in a transaction of its own and answered: 404 for someone who may not know of it, 403 for
     * someone of the team who may not do this, 409 for a request already handled.
     */
    private SupportRequest permitted(CurrentUser user, UUID id, IntakeAuditAction action,
            java.util.function.BiFunction<CurrentUser, SupportRequest, IntakeAccess.Decision> decide) {
        var request = store.requestForUpdate(id);
        var decision = request.map(r -> decide.apply(user, r)).orElse(IntakeAccess.Decision.UNKNOWN);
        switch (decision) {
            case PERMIT -> {
                return request.get();
            }
            case UNKNOWN -> {
                refused(user, id, action, Outcome.DENIED_NOT_FOUND);
                throw new Refusal(404, "error.notFound", null);
            }
            case FORBIDDEN -> {
                refused(user, id, action, Outcome.DENIED_FORBIDDEN);
                throw new Refusal(403, "intake.error.acceptForbidden", null);
            }
            case HANDLED -> {
                refused(user, id, action, Outcome.DENIED_FORBIDDEN);
                throw new Refusal(409, "intake.error.handled", null);
            }
        }
        throw new IllegalStateException();
    }

    private void refused(CurrentUser user, UUID id, IntakeAuditAction action, Outcome outcome) {
        ownTransaction.executeWithoutResult(tx -> audit.record(entry(user, null, List.of(id.toString()), action, outcome)));
    }

    // --- retention ---

    /**
     * Erases the personal data of requests handled longer than {@code kring.intake.handled-retention} ago,
     * and forgets throttling counts older than the window. Runs every hour; the ids erased.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public List<UUID> eraseHandled() {
        var now = clock.instant();
        var before = now.atZone(DUTCH).minus(properties.handledRetention()).toInstant();
        return transactions.execute(tx -> {
            store.forgetAttemptsBefore(now.minus(properties.window()));
            var erased = store.eraseHandledBefore(before, now);
            if (!erased.isEmpty()) {
                audit.record(new AuditEntry(Optional.empty(), "", Optional.empty(), erased.stream().map(UUID::toString).toList(),
                        IntakeAuditAction.SUPPORT_REQUEST_ERASE, Channel.PAGE, Outcome.ALLOWED));
                log.info("Erased the personal data of {} handled support requests", erased.size());
            }
            return erased;
        });
    }

    /**
     * Erases the requests that nobody accepted or referred within {@code kring.intake.unhandled-retention}
     * of their arrival: the whole row goes (no family file was made of it); the audit keeps the ids. Runs
     * every hour; the ids erased.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    public List<UUID> eraseUnhandled() {
        var now = clock.instant();
        var before = now.atZone(DUTCH).minus(properties.unhandledRetention()).toInstant();
        return transactions.execute(tx -> {
            var erased = store.deleteReceivedBefore(before);
            if (!erased.isEmpty()) {
                audit.record(new AuditEntry(Optional.empty(), "", Optional.empty(), erased.stream().map(UUID::toString).toList(),
                        IntakeAuditAction.SUPPORT_REQUEST_EXPIRE, Channel.PAGE, Outcome.ALLOWED));
                log.info("Erased {} support requests that nobody took up within {}", erased.size(), properties.unhandledRetention());
            }
            return erased;
        });
    }

    /** The display names of who handled requests, for the pages. */
    public java.util.Map<UUID, String> handlers(List<SupportRequest> requests) {
        return accounts.displayNames(requests.stream().flatMap(r -> r.handledBy().stream()).toList());
    }

    private static AuditEntry entry(CurrentUser user, UUID familyId, List<String> records, IntakeAuditAction action, Outcome outcome) {
        return new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.ofNullable(familyId), records, action,
                Channel.current(), outcome);
    }

}
