package nl.kring.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.catalogue.domain.Initiative;
import nl.kring.catalogue.domain.Problem;
import nl.kring.catalogue.domain.ReviewNote;
import nl.kring.catalogue.domain.Submission;
import nl.kring.catalogue.domain.SubmissionInput;
import nl.kring.catalogue.domain.SubmissionKind;
import nl.kring.catalogue.domain.SubmissionRules;
import nl.kring.catalogue.store.CatalogueStore;
import nl.kring.catalogue.store.SubmissionStore;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.intake.PublicFormThrottle;
import nl.kring.mail.Mailer;
import nl.kring.platform.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue as a living document: anyone may propose a new initiative or a correction (public form,
 * throttled per client address with Kring's other public forms, with an e-mail address for questions); a
 * catalogue editor reads the proposals, mails a question, publishes one as a new version (the older versions
 * stay readable) or declines it with a reason that is mailed. Every step is audited in the transaction of the
 * step; a refusal for lack of the editor role is audited and committed before it is answered.
 */
@Service
public class CatalogueSubmissions {

    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    /** How many decided submissions the editors' list shows under the undecided ones. */
    public static final int DECIDED_SHOWN = 50;

    private final SubmissionStore submissions;
    private final CatalogueStore catalogue;
    private final PublicFormThrottle throttle;
    private final AuditLog audit;
    private final Mailer mailer;
    private final CatalogueMails mails;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CatalogueSubmissions(SubmissionStore submissions, CatalogueStore catalogue, PublicFormThrottle throttle, AuditLog audit, Mailer mailer,
            CatalogueMails mails, PlatformTransactionManager transactionManager, Clock clock) {
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.throttle = throttle;
        this.audit = audit;
        this.mailer = mailer;
        this.mails = mails;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A submission that cannot be taken as it is (400): every problem with its field. */
    public static final class Refused extends Refusal {
        private final List<Problem> problems;

        Refused(List<Problem> problems) {
            super(400, problems.getFirst().messageKey(), problems.getFirst().field());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** What the submitter is told: the submission's id (empty for a bot caught by the honeypot). */
    public record Received(Optional<UUID> id) {}

    /**
     * Takes a proposal from the public form. A correction names the initiative it corrects ({@code initiativeId});
     * an unknown one is refused with 404. Refused (400) with every problem; (429) when this address sent too many
     * submissions to Kring's public forms within the window.
     *
     * @param honeypot a field a person cannot see was filled in: answered as a success, counted, nothing stored or sent
     */
    public Received submit(String clientAddress, SubmissionInput input, boolean honeypot) {
        return transactions.execute(tx -> {
            var admission = throttle.admit(clientAddress);
            if (honeypot) {
                admission.count();
                return new Received(Optional.empty());
            }
            Optional<Initiative> corrected = input.initiativeId().isBlank() ? Optional.empty()
                    : Optional.of(catalogue.current(input.initiativeId()).orElseThrow(() -> new Refusal(404, "catalogue.error.notFound", null))
                            .initiative());
            Initiative proposed;
            try {
                proposed = SubmissionRules.parse(input, corrected);
            } catch (SubmissionRules.Refused refused) {
                throw new Refused(refused.problems());
            }
            admission.count();
            var kind = corrected.isPresent() ? SubmissionKind.CORRECTION : SubmissionKind.NEW;
            var id = submissions.insert(kind, corrected.map(Initiative::id), proposed, input.email().strip(), input.submitterName().strip(),
                    input.note().strip(), input.language(), admission.at());
            audit.record(new AuditEntry(Optional.empty(), "", Optional.empty(), List.of(id.toString()), CatalogueAuditAction.CATALOGUE_SUBMISSION_SUBMIT,
                    Channel.current(), Outcome.ALLOWED));
            mailer.send(mails.received(input.email().strip(), input.language(), proposed.name()));
            return new Received(Optional.of(id));
        });
    }

    /** Whether this person reviews submissions (for showing the editors' pages). */
    public static boolean isEditor(CurrentUser user) {
        return user != null && user.has(Role.CATALOGUE_EDITOR);
    }

    /** The editors' list: undecided submissions first (oldest first), then the latest decided ones; audited. */
    public List<Submission> list(CurrentUser user) {
        editor(user, null, CatalogueAuditAction.CATALOGUE_SUBMISSION_LIST);
        return transactions.execute(tx -> {
            var all = submissions.list(DECIDED_SHOWN);
            audit.record(entry(user, all.stream().map(s -> s.id().toString()).toList(), CatalogueAuditAction.CATALOGUE_SUBMISSION_LIST));
            return all;
        });
    }

    /** One submission for an editor; 404 if there is none. */
    public Submission read(CurrentUser user, UUID id) {
        editor(user, id, CatalogueAuditAction.CATALOGUE_SUBMISSION_READ);
        return transactions.execute(tx -> {
            var submission = submissions.find(id).orElseThrow(() -> new Refusal(404, "catalogue.error.submissionNotFound", null));
            audit.record(entry(user, List.of(id.toString()), CatalogueAuditAction.CATALOGUE_SUBMISSION_READ));
            return submission;
        });
    }

    /** Mails the submitter a question; the submission waits for the answer (a new proposal, or a reply) until an editor decides. */
    public Submission ask(CurrentUser user, UUID id, String question) {
        return review(user, id, question, CatalogueAuditAction.CATALOGUE_SUBMISSION_ASK, (submission, text) -> {
            submissions.addNote(id, new ReviewNote(ReviewNote.Kind.QUESTION, text, user.accountId(), clock.instant()));
            submissions.markQuestionAsked(id);
            mailer.send(mails.question(submission.email(), submission.language(), submission.proposed().name(), text));
            return List.of(id.toString());
        });
    }

    /** Declines the submission; the reason is kept and mailed to the submitter. */
    public Submission decline(CurrentUser user, UUID id, String reason) {
        return review(user, id, reason, CatalogueAuditAction.CATALOGUE_SUBMISSION_DECLINE, (submission, text) -> {
            submissions.addNote(id, new ReviewNote(ReviewNote.Kind.DECLINE, text, user.accountId(), clock.instant()));
            submissions.markDeclined(id, user.accountId(), clock.instant());
            mailer.send(mails.declined(submission.email(), submission.language(), submission.proposed().name(), text));
            return List.of(id.toString());
        });
    }

    /**
     * Publishes the submission as checked today: a correction as the initiative's next version, a new initiative
     * as its first (under its name's id, with a number added when that id is taken). The submitter is mailed.
     */
    public Submission publish(CurrentUser user, UUID id) {
        return review(user, id, "-", CatalogueAuditAction.CATALOGUE_SUBMISSION_PUBLISH, (submission, unused) -> {
            var now = clock.instant();
            var today = LocalDate.ofInstant(now, DUTCH);
            String initiativeId;
            int number;
            if (submission.kind() == SubmissionKind.CORRECTION) {
                initiativeId = submission.initiativeId().orElseThrow();
                var current = catalogue.current(initiativeId).orElseThrow().initiative();
                var corrected = submission.proposed().withIdAndOrigin(initiativeId, current.origin());
                number = catalogue.publishVersion(corrected, today, now, user.accountId());
            } else {
                initiativeId = freeId(submission.proposed().id());
                catalogue.insertInitiative(submission.proposed().withIdAndOrigin(initiativeId, nl.kring.catalogue.domain.Origin.ADDED), today, now,
                        user.accountId());
                number = 1;
            }
            submissions.markPublished(id, initiativeId, number, user.accountId(), now);
            mailer.send(mails.published(submission.email(), submission.language(), submission.proposed().name(), "/catalogus/" + initiativeId));
            return List.of(id.toString(), initiativeId + "@" + number);
        });
    }

    private String freeId(String wanted) {
        var id = wanted;
        for (int n = 2; catalogue.exists(id); n++) {
            id = wanted.length() > 70 ? wanted.substring(0, 70) + "-" + n : wanted + "-" + n;
        }
        return id;
    }

    private interface Step {
        List<String> apply(Submission submission, String text);
    }

    private Submission review(CurrentUser user, UUID id, String text, CatalogueAuditAction action, Step step) {
        editor(user, id, action);
        return transactions.execute(tx -> {
            var submission = submissions.forUpdate(id).orElseThrow(() -> new Refusal(404, "catalogue.error.submissionNotFound", null));
            if (!submission.state().undecided()) {
                throw new Refusal(409, "catalogue.error.decided", null);
            }
            SubmissionRules.checkReviewText(text).ifPresent(problem -> {
                throw new Refused(List.of(problem));
            });
            var records = step.apply(submission, text.strip());
            audit.record(entry(user, records, action));
            return submissions.find(id).orElseThrow();
        });
    }

    /** Refuses (403) anyone without the editor role, after auditing the refusal in its own transaction. */
    private void editor(CurrentUser user, UUID id, CatalogueAuditAction action) {
        if (!isEditor(user)) {
            if (user != null) {
                ownTransaction.executeWithoutResult(tx -> audit.record(new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.empty(),
                        id == null ? List.of() : List.of(id.toString()), action, Channel.current(), Outcome.DENIED_FORBIDDEN)));
            }
            throw new Refusal(403, "error.forbidden", null);
        }
    }

    private static AuditEntry entry(CurrentUser user, List<String> records, CatalogueAuditAction action) {
        return new AuditEntry(Optional.of(user.accountId()), user.roleCodes(), Optional.empty(), records, action, Channel.current(), Outcome.ALLOWED);
    }
}
