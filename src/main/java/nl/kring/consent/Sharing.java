package nl.kring.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Consent;
import nl.kring.consent.domain.ConsentAgeRules;
import nl.kring.consent.domain.ConsentState;
import nl.kring.consent.domain.FamilyConsents;
import nl.kring.consent.domain.ProtectionMeasure;
import nl.kring.consent.domain.Recipient;
import nl.kring.consent.domain.SharingException;
import nl.kring.consent.domain.Subject;
import nl.kring.consent.store.ConsentStore;
import nl.kring.consent.store.SharingExceptionStore;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.FamilyFiles;
import nl.kring.family.FamilySharing;
import nl.kring.family.FamilySharing.AwaitedAnswer;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.Relation;
import nl.kring.family.domain.SharedCategories;
import nl.kring.identity.Role;
import nl.kring.identity.AccountSummary;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.DemoMode;
import nl.kring.platform.web.Refusal;
import org.springframework.stereotype.Service;

/**
 * The consent module's public API: the family decides what is shared with whom. Every call goes
 * through the family file's access check and audit; approving and withdrawing follow the age rules of
 * {@link ConsentAgeRules}. It also answers the family module's question what a network member may see.
 */
@Service
public class Sharing implements FamilySharing {

    public enum Action implements AuditAction {
        CONSENT_LIST,
        CONSENT_PROPOSE,
        CONSENT_APPROVE,
        CONSENT_WITHDRAW,
        CONSENT_QUESTIONS;

        @Override
        public String code() {
            return name();
        }
    }

    public static final int MAX_PURPOSE = 500;

    private final FamilyFiles families;
    private final ConsentStore store;
    private final SharingExceptionStore exceptionStore;
    private final Accounts accounts;
    private final DemoMode demoMode;
    private final Clock clock;
    private final ConsentAgeRules rules = ConsentAgeRules.DEFAULTS;

    private final nl.kring.consent.domain.CategoryRegistry categories;

    public Sharing(FamilyFiles families, ConsentStore store, SharingExceptionStore exceptionStore, Accounts accounts, DemoMode demoMode,
            Clock clock, org.springframework.beans.factory.ObjectProvider<CategoryProvider> providers) {
        var registry = nl.kring.consent.domain.CategoryRegistry.core();
        for (var provider : providers.orderedStream().toList()) {
            registry = registry.with(provider.categories());
        }
        this.categories = registry;
        this.demoMode = demoMode;
        this.families = families;
        this.exceptionStore = exceptionStore;
        this.accounts = accounts;
        this.store = store;
        this.clock = clock;
    }

    /** The categories a family can share: the consent module's own, then those of the other capabilities. */
    public List<Category> categories() {
        return categories.all();
    }

    /** Today in Dutch time, the day new consents start by default. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Consent.ZONE));
    }

    /**
     * A consent with its state now, and what the person looking may do with it.
     *
     * @param measure the child-protection measure that runs on the youth today, if any: while the consent
     *        is effective, the measure and not the consent is the legal basis for sharing
     */
    public record ConsentView(Consent consent, String subjectName, ConsentState state, List<String> awaiting, boolean mayApprove,
            boolean mayWithdraw, Optional<ProtectionMeasure> measure) {

        /** The measure that is the legal basis of this effective consent today, if any. */
        public Optional<ProtectionMeasure> basisMeasure() {
            return state.isEffective() ? measure : Optional.empty();
        }
    }

    /**
     * An exception (sharing without consent) with its state now.
     *
     * @param endedAt when a professional ended it early, if they did
     * @param stateKey the message key of its state: active, not started, expired or ended
     */
    public record ExceptionView(SharingException exception, String subjectName, Optional<Instant> endedAt, String stateKey) {

        public boolean isActive() {
            return stateKey.equals(STATE_ACTIVE);
        }
    }

    static final String STATE_ACTIVE = "exceptions.state.ACTIVE";

    /** @param exceptions the exceptions the family may see (all but those hidden for a child's safety) */
    public record Overview(FamilyFile family, List<ConsentView> consents, boolean mayPropose, List<FamilyMember> subjects,
            List<ExceptionView> exceptions) {}

    /** Whom the family shares with: a person of its network, or someone outside it with a Kring account. */
    public sealed interface RecipientChoice {
        /** A person in the family's network (the network member's id in the family file). */
        record NetworkContact(UUID id) implements RecipientChoice {}

        /** A volunteer or a professional outside the family's team, named by their Kring username. */
        record Account(String username) implements RecipientChoice {}
    }

    public record NewConsent(UUID subjectMemberId, RecipientChoice recipient, Set<String> categories, String purpose, LocalDate start,
            Optional<LocalDate> end) {}

    public Overview overview(CurrentUser user, UUID familyId) {
        return families.read(user, familyId, Action.CONSENT_LIST, file -> {
            var now = clock.instant();
            var member = memberOf(file, user);
            var consents = family(file, now).consents().stream().map(c -> view(file, c, member, now)).toList();
            var exceptions = exceptionStore.ofFamily(file.id()).stream()
                    .filter(e -> e.exception().isVisibleToFamily())
                    .map(e -> exceptionView(file, e, now))
                    .toList();
            return new Overview(file, consents, member.isPresent(), file.youths(), exceptions);
        }, overview -> java.util.stream.Stream.concat(overview.consents().stream().map(c -> c.consent().id().toString()),
                overview.exceptions().stream().map(e -> e.exception().id().toString())).toList());
    }

    /** A family member proposes a consent; as one of those who decide, their own approval is given at once. */
    public UUID propose(CurrentUser user, UUID familyId, NewConsent request) {
        return families.change(user, familyId, Action.CONSENT_PROPOSE, file -> {
            var member = memberOf(file, user).orElseThrow(() -> new Refused(403, "consent.error.notFamily", null));
            var subject = file.youths().stream().filter(y -> y.id().equals(request.subjectMemberId())).findFirst()
                    .orElseThrow(() -> new Refused(400, "consent.error.subject", "subject"));
            var recipient = recipient(file, request.recipient());
            var categories = new HashSet<Category>();
            for (var code : request.categories()) {
                categories.add(this.categories.stream().filter(c -> c.code().equals(code)).findFirst()
                        .orElseThrow(() -> new Refused(400, "consent.error.categories", "categories")));
            }
            if (categories.isEmpty()) {
                throw new Refused(400, "consent.error.categories", "categories");
            }
            var purpose = request.purpose() == null ? "" : request.purpose().strip();
            if (purpose.isEmpty() || purpose.length() > MAX_PURPOSE) {
                throw new Refused(400, "consent.error.purpose", "purpose");
            }
            if (request.end().filter(request.start()::isAfter).isPresent()) {
                throw new Refused(400, "consent.error.end", "end");
            }
            var subjectModel = subject(file, subject).orElseThrow(() -> new Refused(400, "consent.error.birthDate", "subject"));
            var consent = Consent.propose(UUID.randomUUID(), subject.id(), recipient,
                    categories, purpose, request.start(), request.end());
            var now = clock.instant();
            if (consent.mayApprove(subjectModel, rules, member.id(), now)) {
                consent = consent.approve(subjectModel, rules, member.id(), now);
            }
            store.insert(familyId, consent, user.accountId());
            return consent.id();
        }, id -> List.of(id.toString()));
    }

    public void approve(CurrentUser user, UUID familyId, UUID consentId) {
        families.change(user, familyId, Action.CONSENT_APPROVE, file -> {
            var member = memberOf(file, user).orElseThrow(() -> new Refused(403, "consent.error.notFamily", null));
            var consent = find(file, consentId);
            var subject = subjectOf(file, consent);
            var now = clock.instant();
            if (!consent.mayApprove(subject, rules, member.id(), now)) {
                throw new Refused(403, "consent.error.mayNotApprove", null);
            }
            store.approve(consentId, consent.approve(subject, rules, member.id(), now).approvals().getLast());
            return consentId;
        }, id -> List.of(id.toString()));
    }

    /** Withdrawal takes effect at once. */
    public void withdraw(CurrentUser user, UUID familyId, UUID consentId) {
        families.changeAlsoWhenClosed(user, familyId, Action.CONSENT_WITHDRAW, file -> {
            var member = memberOf(file, user).orElseThrow(() -> new Refused(403, "consent.error.notFamily", null));
            var consent = find(file, consentId);
            var subject = subjectOf(file, consent);
            var now = clock.instant();
            if (!consent.mayWithdraw(subject, rules, member.id(), now)) {
                throw new Refused(403, "consent.error.mayNotWithdraw", null);
            }
            store.withdraw(consentId, consent.withdraw(subject, rules, member.id(), now).withdrawal().orElseThrow());
            return consentId;
        }, id -> List.of(id.toString()));
    }

    /**
     * Stores a consent exactly as given, with the moments of its approvals: for the fictional demo
     * data only (a consent the parents gave before their child turned 12), refused outside demo mode.
     */
    public void recordDemoConsent(UUID familyId, Consent consent) {
        if (!demoMode.enabled()) {
            throw new IllegalStateException("consents are recorded as given only for demo data");
        }
        store.insert(familyId, consent, null);
    }

    @Override
    public SharedCategories sharedWith(FamilyFile file, CurrentUser user, Instant now) {
        var recipients = recipientsFor(file, user);
        if (recipients.isEmpty()) {
            return SharedCategories.NONE;
        }
        var consents = family(file, now);
        var shared = new HashSet<String>();
        var toldToFamily = new HashSet<String>();
        for (var recipient : recipients) {
            for (var category : consents.visibleCategories(recipient, now)) {
                shared.add(category.code());
                if (!consents.decide(recipient, category, now).isHiddenFromFamily()) {
                    toldToFamily.add(category.code());
                }
            }
        }
        var hidden = new HashSet<>(shared);
        hidden.removeAll(toldToFamily);
        return new SharedCategories(shared, hidden);
    }

    @Override
    public Set<UUID> familiesNaming(UUID accountId) {
        var naming = new HashSet<>(store.familiesNaming(accountId));
        naming.addAll(exceptionStore.familiesNaming(accountId));
        return naming;
    }

    @Override
    public Map<UUID, List<AwaitedAnswer>> awaitedAnswers(List<FamilyFile> files, LocalDate today) {
        var ids = files.stream().map(FamilyFile::id).toList();
        var consents = store.ofFamilies(ids);
        var exceptions = exceptionStore.ofFamilies(ids);
        var now = clock.instant();
        var answers = new HashMap<UUID, List<AwaitedAnswer>>();
        for (var file : files) {
            var family = family(file, now, consents.getOrDefault(file.id(), List.of()), exceptions.getOrDefault(file.id(), List.of()));
            for (var due : family.transitionsDue(today)) {
                for (var member : due.answerFrom()) {
                    answers.computeIfAbsent(file.id(), k -> new ArrayList<>())
                            .add(new AwaitedAnswer(member, due.consent().id(), due.reason().name(), due.since()));
                }
            }
        }
        return answers;
    }

    /** A consent waiting for this youth's own answer since they turned 12 or 16. */
    public record Question(UUID familyId, String familyName, ConsentView consent, String reason, LocalDate since) {}

    /**
     * The consents that wait for this person's answer because they turned 12 or 16: Kring asks at
     * sign-in (the home page, where sign-in lands) until they approve or say no. Each file is read
     * through the family file's door and audited.
     */
    public List<Question> questionsFor(CurrentUser user) {
        if (!user.has(Role.YOUTH)) {
            return List.of();
        }
        var questions = new ArrayList<Question>();
        for (var visible : families.visibleTo(user)) {
            if (visible.youths().stream().noneMatch(y -> y.isAccount(user.accountId()))) {
                continue;
            }
            questions.addAll(families.read(user, visible.id(), Action.CONSENT_QUESTIONS, file -> {
                var member = memberOf(file, user);
                var now = clock.instant();
                var result = new ArrayList<Question>();
                for (var due : family(file, now).transitionsDue(today())) {
                    if (member.map(m -> due.answerFrom().contains(m.id())).orElse(false)) {
                        result.add(new Question(file.id(), file.name(), view(file, due.consent(), member, now), due.reason().name(),
                                due.since()));
                    }
                }
                return result;
            }, result -> result.stream().map(q -> q.consent().consent().id().toString()).toList()));
        }
        return questions;
    }

    /**
     * Who this person is as a recipient of this family's sharing: the network contacts linked to their
     * account (as a network member), themselves as a volunteer, and themselves as a professional when
     * they are not assigned to the family. Family members and the assigned team read the file itself.
     */
    static List<Recipient> recipientsFor(FamilyFile file, CurrentUser user) {
        var recipients = new ArrayList<Recipient>();
        // the link from the family's network to the account is what makes someone a network member here,
        // whatever their role: also a parent without parental authority whom the family counts among its network
        file.network().stream()
                .filter(c -> c.accountId().map(user.accountId()::equals).orElse(false))
                .forEach(c -> recipients.add(new Recipient.NetworkMember(c.id(), c.name())));
        if (user.has(Role.VOLUNTEER)) {
            recipients.add(new Recipient.Volunteer(user.accountId(), user.displayName()));
        }
        if (user.has(Role.PROFESSIONAL) && !file.assignedProfessionals().contains(user.accountId())) {
            recipients.add(new Recipient.ExternalProfessional(user.accountId(), user.displayName()));
        }
        return recipients;
    }

    /**
     * The family's consents and exceptions, with its youths and the measures on them, as they stand at
     * this moment: an exception a professional ended early no longer counts from then on.
     */
    FamilyConsents family(FamilyFile file, Instant now) {
        return family(file, now, store.ofFamily(file.id()), exceptionStore.ofFamily(file.id()));
    }

    private FamilyConsents family(FamilyFile file, Instant now, List<Consent> stored, List<SharingExceptionStore.Stored> storedExceptions) {
        var subjects = new ArrayList<Subject>();
        file.youths().forEach(y -> subject(file, y).ifPresent(subjects::add));
        var known = subjects.stream().map(Subject::youthId).toList();
        // a consent about a youth without a birth date cannot take effect: who decides is unknown
        var consents = stored.stream().filter(c -> known.contains(c.subjectId())).toList();
        var exceptions = storedExceptions.stream()
                .filter(e -> !e.isEndedAt(now))
                .map(SharingExceptionStore.Stored::exception)
                .filter(e -> known.contains(e.subjectId()))
                .toList();
        return new FamilyConsents(rules, subjects, consents, exceptions);
    }

    /** An exception with its state at this moment. */
    static ExceptionView exceptionView(FamilyFile file, SharingExceptionStore.Stored stored, Instant now) {
        var e = stored.exception();
        var name = file.members().stream().filter(m -> m.id().equals(e.subjectId())).map(FamilyMember::givenName).findFirst().orElse("");
        var today = nl.kring.consent.domain.DutchTime.dateOf(now);
        String state;
        if (stored.isEndedAt(now)) {
            state = "exceptions.state.ENDED";
        } else if (e.isActiveAt(now)) {
            state = STATE_ACTIVE;
        } else if (e.start().isAfter(today)) {
            state = "exceptions.state.NOT_STARTED";
        } else {
            state = "exceptions.state.EXPIRED";
        }
        return new ExceptionView(e, name, stored.endedAt(), state);
    }

    private ConsentView view(FamilyFile file, Consent consent, Optional<FamilyMember> member, Instant now) {
        var youth = file.members().stream().filter(m -> m.id().equals(consent.subjectId())).findFirst();
        var subject = youth.flatMap(y -> subject(file, y));
        if (subject.isEmpty()) {
            return new ConsentView(consent, youth.map(FamilyMember::givenName).orElse(""),
                    new ConsentState.PendingApprovals(Set.of(), nl.kring.consent.domain.PendingReason.NOT_YET_APPROVED), List.of(), false, false,
                    Optional.empty());
        }
        var state = consent.stateAt(subject.get(), rules, now);
        var awaiting = consent.awaitingApprovalFrom(subject.get(), rules, now).stream()
                .map(id -> file.members().stream().filter(m -> m.id().equals(id)).map(FamilyMember::givenName).findFirst().orElse(""))
                .sorted().toList();
        return new ConsentView(consent, youth.get().givenName(), state, awaiting,
                member.map(m -> consent.mayApprove(subject.get(), rules, m.id(), now)).orElse(false),
                member.map(m -> consent.mayWithdraw(subject.get(), rules, m.id(), now)).orElse(false),
                subject.get().measureOn(nl.kring.consent.domain.DutchTime.dateOf(now)));
    }

    /**
     * The recipient the family chose. Someone named by username must be an enabled volunteer or a
     * professional who is not assigned to the family (the assigned team reads the file itself); every
     * other answer gets the same message, so that the form does not tell which accounts exist.
     */
    Recipient recipient(FamilyFile file, RecipientChoice choice) {
        return switch (choice) {
            case null -> throw new Refused(400, "consent.error.recipient", "recipient");
            case RecipientChoice.NetworkContact(var id) -> file.network().stream().filter(c -> c.id().equals(id)).findFirst()
                    .<Recipient>map(c -> new Recipient.NetworkMember(c.id(), c.name()))
                    .orElseThrow(() -> new Refused(400, "consent.error.recipient", "recipient"));
            case RecipientChoice.Account(var username) -> {
                var account = Optional.ofNullable(username).map(String::strip).filter(u -> !u.isEmpty())
                        .flatMap(accounts::findByUsername)
                        .filter(AccountSummary::enabled)
                        .orElseThrow(() -> new Refused(400, "consent.error.recipientAccount", "recipientUsername"));
                if (account.roles().contains(Role.VOLUNTEER)) {
                    yield new Recipient.Volunteer(account.id(), account.displayName());
                }
                if (account.roles().contains(Role.PROFESSIONAL)) {
                    if (file.assignedProfessionals().contains(account.id())) {
                        throw new Refused(400, "consent.error.recipientInTeam", "recipientUsername");
                    }
                    yield new Recipient.ExternalProfessional(account.id(), account.displayName());
                }
                throw new Refused(400, "consent.error.recipientAccount", "recipientUsername");
            }
        };
    }

    private Consent find(FamilyFile file, UUID consentId) {
        return store.ofFamily(file.id()).stream().filter(c -> c.id().equals(consentId)).findFirst()
                .orElseThrow(() -> new Refused(404, "error.notFound", null));
    }

    private Subject subjectOf(FamilyFile file, Consent consent) {
        return file.members().stream().filter(m -> m.id().equals(consent.subjectId())).findFirst()
                .flatMap(y -> subject(file, y))
                .orElseThrow(() -> new Refused(400, "consent.error.birthDate", "subject"));
    }

    /** The youth as consent sees them, with the measures the family file records on them. */
    static Optional<Subject> subject(FamilyFile file, FamilyMember youth) {
        return youth.birthDate().map(born -> new Subject(youth.id(), born,
                file.parents().stream().map(p -> new Subject.Parent(p.id(), p.parentalAuthority())).toList(),
                file.measures().stream().filter(m -> m.youthId().equals(youth.id())).map(Sharing::measure).toList()));
    }

    /** The family file's record of a measure, as consent's rules read it. */
    static ProtectionMeasure measure(ChildProtectionMeasure recorded) {
        return new ProtectionMeasure(ProtectionMeasure.Kind.valueOf(recorded.kind().name()), recorded.start(), recorded.end());
    }

    private static Optional<FamilyMember> memberOf(FamilyFile file, CurrentUser user) {
        return file.members().stream()
                .filter(m -> m.isAccount(user.accountId()))
                .filter(m -> m.relation() == Relation.YOUTH ? user.has(nl.kring.identity.Role.YOUTH) : user.has(nl.kring.identity.Role.PARENT))
                .findFirst();
    }

    /** A consent request that cannot be carried out. */
    public static final class Refused extends Refusal {
        public Refused(int status, String messageKey, String field) {
            super(status, messageKey, field);
        }
    }
}
