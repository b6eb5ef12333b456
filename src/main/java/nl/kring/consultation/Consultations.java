package nl.kring.consultation;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.audit.AuditAction;
import nl.kring.consent.Sharing;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Recipient;
import nl.kring.consultation.domain.Consultation;
import nl.kring.consultation.domain.ConsultationMatch;
import nl.kring.consultation.domain.ConsultationRuleBroken;
import nl.kring.consultation.domain.ConsultationRules;
import nl.kring.consultation.domain.Discipline;
import nl.kring.consultation.domain.MatchKind;
import nl.kring.consultation.domain.PanelMember;
import nl.kring.consultation.store.ConsultationStore;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.Relation;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.matching.domain.ProgrammeTemplate;
import nl.kring.platform.web.Refusal;
import org.springframework.stereotype.Service;

/**
 * The consultation module's public API: the family's case consultations (expertisetent). Every call goes through
 * the family file's door ({@link FamilyFiles}) with its one access check and audit line. The family and its team
 * read and keep the whole record; a panel member reads only the consultations they are on, and only while the
 * family shares {@link #CATEGORY} with them; they never read the rest of the file.
 */
@Service
public class Consultations {

    /** What the consultation module records in the audit log. */
    public enum Action implements AuditAction {
        CONSULTATION_LIST,
        CONSULTATION_READ,
        CONSULTATION_CREATE,
        CONSULTATION_INVITE,
        CONSULTATION_ADVICE,
        CONSULTATION_WHILE_WAITING,
        CONSULTATION_MATCH,
        CONSULTATION_REACTION;

        @Override
        public String code() {
            return name();
        }
    }

    /**
     * The consent category under which a family shares its question with the panel of a case consultation: the
     * question, the youth's first name and age, and the consultation's advice; not the file, the maps or the plan.
     */
    public static final String CATEGORY = "CASE_CONSULTATION";

    /** How the reader stands to the consultation. */
    public enum Viewer {
        /** A member of the family: sees and keeps everything, shares the question with the panel, reacts to the advice. */
        FAMILY,
        /** An assigned professional, the family's coach: invites the panel, records the match. */
        COACH,
        /** A professional on the panel the family shares the question with: advises, writes what can happen while waiting. */
        PANEL_MEMBER
    }

    /** Whether the family shares the question with a panel member now. */
    public enum ShareState {
        NONE,
        PENDING,
        EFFECTIVE
    }

    public record Summary(UUID id, String youthName, String question, Consultation.Stage stage, java.time.Instant createdAt) {}

    /** A family's consultations as a list shows them to this reader; {@code youths} only for the family and its team. */
    public record FamilyConsultations(UUID familyId, String familyName, Viewer viewer, List<Summary> consultations,
            List<FamilyMember> youths, boolean mayCreate) {}

    /**
     * One consultation as this reader may see it.
     *
     * @param memberNames the given names of the family's members, for the reactions
     * @param shares for the family and the coach: whether the question is shared with each panel member now
     */
    public record Opened(UUID familyId, String familyName, Viewer viewer, Consultation consultation, String youthName,
            Optional<Integer> youthAge, Map<UUID, String> memberNames, Optional<UUID> readerMemberId, Map<UUID, ShareState> shares,
            boolean fileClosed) {

        public boolean mayInvite() {
            return viewer == Viewer.COACH && open();
        }

        public boolean mayAdvise() {
            return viewer == Viewer.PANEL_MEMBER && open();
        }

        public boolean mayWriteWhileWaiting() {
            return (viewer == Viewer.PANEL_MEMBER || viewer == Viewer.COACH) && open();
        }

        public boolean mayMatch() {
            return (viewer == Viewer.COACH || viewer == Viewer.FAMILY) && open() && !consultation.advice().isEmpty();
        }

        public boolean mayReact() {
            return viewer == Viewer.FAMILY && readerMemberId.isPresent() && !fileClosed;
        }

        public boolean mayShare() {
            return viewer == Viewer.FAMILY && open();
        }

        public boolean singleDiscipline() {
            return ConsultationRules.singleDiscipline(consultation);
        }

        public String nameOf(UUID accountId) {
            return consultation.panelMember(accountId).map(PanelMember::name).orElse("");
        }

        public ShareState shareOf(UUID accountId) {
            return shares.getOrDefault(accountId, ShareState.NONE);
        }

        private boolean open() {
            return consultation.match().isEmpty() && !fileClosed;
        }
    }

    /** The kinds of programme a consultation can end in: the matching module's programme templates. */
    public static final List<String> PROGRAMMES = Arrays.stream(ProgrammeTemplate.values()).map(Enum::name).toList();

    private final FamilyFiles families;
    private final ConsultationStore store;
    private final Accounts accounts;
    private final Sharing sharing;
    private final Clock clock;

    public Consultations(FamilyFiles families, ConsultationStore store, Accounts accounts, Sharing sharing, Clock clock) {
        this.families = families;
        this.store = store;
        this.accounts = accounts;
        this.sharing = sharing;
        this.clock = clock;
    }

    /** The consultations of a family: all of them for the family and its team, the ones they are on for a panel member. */
    public FamilyConsultations list(CurrentUser user, UUID familyId) {
        return families.readSharedAny(user, familyId, List.of(CATEGORY), Action.CONSULTATION_LIST, seen -> {
            var file = seen.file();
            var viewer = viewer(user, file, seen.wholeFile());
            var visible = store.ofFamily(familyId).stream()
                    .filter(c -> viewer != Viewer.PANEL_MEMBER || c.onPanel(user.accountId()))
                    .map(c -> new Summary(c.id(), youth(file, c).map(FamilyMember::givenName).orElse(""), c.question(), c.stage(), c.createdAt()))
                    .toList();
            return new FamilyConsultations(file.id(), file.name(), viewer, visible,
                    viewer == Viewer.PANEL_MEMBER ? List.of() : file.youths(),
                    viewer != Viewer.PANEL_MEMBER && file.status() != nl.kring.family.domain.FamilyStatus.CLOSED);
        }, result -> result.consultations().stream().map(s -> s.id().toString()).toList());
    }

    /** One consultation; a panel member who is not on it learns nothing of it (404). */
    public Opened open(CurrentUser user, UUID familyId, UUID consultationId) {
        var opened = families.readSharedAny(user, familyId, List.of(CATEGORY), Action.CONSULTATION_READ, seen -> {
            var viewer = viewer(user, seen.file(), seen.wholeFile());
            var consultation = find(seen.file(), consultationId, viewer, user);
            return opened(user, seen.file(), viewer, consultation, Map.of());
        }, o -> List.of(o.consultation().id().toString()));
        if (opened.viewer() == Viewer.PANEL_MEMBER) {
            return opened;
        }
        // the family and its coach see whether the question is shared with each panel member (read through the consent module's door)
        return new Opened(opened.familyId(), opened.familyName(), opened.viewer(), opened.consultation(), opened.youthName(), opened.youthAge(),
                opened.memberNames(), opened.readerMemberId(), shares(user, familyId, opened.consultation()), opened.fileClosed());
    }

    /** The family or its coach write down the question about one of the family's youths. */
    public UUID create(CurrentUser user, UUID familyId, Optional<UUID> youthMemberId, String question) {
        return families.change(user, familyId, Action.CONSULTATION_CREATE, file -> {
            var youth = youthMemberId.flatMap(id -> file.youths().stream().filter(y -> y.id().equals(id)).findFirst())
                    .orElseThrow(() -> refusal(ConsultationRuleBroken.Rule.NOT_A_YOUTH));
            var text = rules(() -> ConsultationRules.question(question));
            return store.insert(familyId, youth.id(), text, user.accountId(), clock.instant());
        }, id -> List.of(id.toString()));
    }

    /**
     * The coach invites a professional to the panel, by username, with the discipline they bring. Only an enabled
     * professional outside the family's team can be invited; any other answer reads the same, so the form does not tell
     * which accounts exist. The invited professional sees nothing until the family shares the question with them.
     */
    public PanelMember invite(CurrentUser user, UUID familyId, UUID consultationId, String username, Optional<Discipline> discipline) {
        return families.change(user, familyId, Action.CONSULTATION_INVITE, file -> {
            var consultation = find(file, consultationId, viewer(user, file, true), user);
            if (viewer(user, file, true) != Viewer.COACH) {
                throw new Refusal(403, "consultation.error.onlyCoach", null);
            }
            var account = Optional.ofNullable(username).map(String::strip).filter(u -> !u.isEmpty()).flatMap(accounts::findByUsername)
                    .filter(a -> a.enabled() && a.roles().contains(Role.PROFESSIONAL) && !file.assignedProfessionals().contains(a.id()))
                    .orElseThrow(() -> new Refusal(400, "consultation.error.panelAccount", "username"));
            rules(() -> {
                ConsultationRules.mayInvite(consultation, account.id(), discipline);
                return null;
            });
            var member = new PanelMember(account.id(), account.displayName(), discipline.orElseThrow(), clock.instant());
            store.addPanelMember(consultationId, member);
            return member;
        }, member -> List.of(consultationId.toString(), member.accountId().toString()));
    }

    /**
     * A member of the family proposes to share the question with a panel member (the consent module's rules decide
     * who else must approve: by the youth's age, the youth and the parents with authority). Returns the consent's id.
     */
    public UUID share(CurrentUser user, UUID familyId, UUID consultationId, UUID panelAccountId, String purpose) {
        var opened = open(user, familyId, consultationId);
        if (opened.viewer() != Viewer.FAMILY) {
            throw new Refusal(403, "consultation.error.onlyFamily", null);
        }
        var member = opened.consultation().panelMember(panelAccountId)
                .orElseThrow(() -> new Refusal(404, "error.notFound", null));
        var username = accounts.find(member.accountId()).map(a -> a.username()).orElseThrow(() -> new Refusal(404, "error.notFound", null));
        return sharing.propose(user, familyId, new Sharing.NewConsent(opened.consultation().youthMemberId(),
                new Sharing.RecipientChoice.Account(username), Set.of(CATEGORY), purpose, sharing.today(), Optional.empty()));
    }

    /** A panel member writes (or rewrites) their advice, while the family shares the question with them. */
    public Opened advise(CurrentUser user, UUID familyId, UUID consultationId, String text) {
        return families.changeShared(user, familyId, CATEGORY, Action.CONSULTATION_ADVICE, seen -> {
            var viewer = viewer(user, seen.file(), seen.wholeFile());
            var consultation = find(seen.file(), consultationId, viewer, user);
            var advice = rules(() -> ConsultationRules.advice(consultation, user.accountId(), text));
            store.putAdvice(consultationId, user.accountId(), advice, clock.instant());
            return reread(user, seen.file(), viewer, consultationId);
        }, o -> List.of(consultationId.toString()));
    }

    /** The panel (or the coach) writes what can happen while the family waits for help. */
    public Opened whileWaiting(CurrentUser user, UUID familyId, UUID consultationId, String text) {
        return families.changeShared(user, familyId, CATEGORY, Action.CONSULTATION_WHILE_WAITING, seen -> {
            var viewer = viewer(user, seen.file(), seen.wholeFile());
            if (viewer == Viewer.FAMILY) {
                throw new Refusal(403, "consultation.error.onlyPanel", null);
            }
            var consultation = find(seen.file(), consultationId, viewer, user);
            store.setWhileWaiting(consultationId, rules(() -> ConsultationRules.whileWaiting(consultation, text)));
            return reread(user, seen.file(), viewer, consultationId);
        }, o -> List.of(consultationId.toString()));
    }

    /** The family or its coach record the match the consultation ends in: a programme, or a named provider. */
    public Opened match(CurrentUser user, UUID familyId, UUID consultationId, Optional<MatchKind> kind, Optional<String> programme,
            String provider, String note) {
        return families.change(user, familyId, Action.CONSULTATION_MATCH, file -> {
            var viewer = viewer(user, file, true);
            var consultation = find(file, consultationId, viewer, user);
            var providerText = provider == null ? "" : provider.strip();
            var noteText = note == null ? "" : note.strip();
            rules(() -> {
                ConsultationRules.mayMatch(consultation, kind, programme.map(String::strip).filter(p -> !p.isEmpty()), providerText,
                        Set.copyOf(PROGRAMMES));
                return ConsultationRules.whileWaiting(consultation, noteText);
            });
            var chosen = kind.orElseThrow();
            store.setMatch(consultationId, new ConsultationMatch(chosen, chosen == MatchKind.PROGRAMME ? programme.map(String::strip) : Optional.empty(),
                    providerText, noteText, clock.instant(), user.accountId()));
            return reread(user, file, viewer, consultationId);
        }, o -> List.of(consultationId.toString()));
    }

    /** A member of the family says what they think of one panel member's advice. */
    public Opened react(CurrentUser user, UUID familyId, UUID consultationId, UUID adviceAuthor, String text) {
        return families.change(user, familyId, Action.CONSULTATION_REACTION, file -> {
            var viewer = viewer(user, file, true);
            var member = file.membersWithAccount(user.accountId()).findFirst()
                    .orElseThrow(() -> new Refusal(403, "consultation.error.onlyFamily", null));
            var consultation = find(file, consultationId, viewer, user);
            var reaction = rules(() -> ConsultationRules.reaction(consultation, adviceAuthor, text));
            store.putReaction(consultationId, adviceAuthor, member.id(), reaction, clock.instant());
            return reread(user, file, viewer, consultationId);
        }, o -> List.of(consultationId.toString()));
    }

    private Opened reread(CurrentUser user, FamilyFile file, Viewer viewer, UUID consultationId) {
        return opened(user, file, viewer, store.find(file.id(), consultationId).orElseThrow(), Map.of());
    }

    private Opened opened(CurrentUser user, FamilyFile file, Viewer viewer, Consultation consultation, Map<UUID, ShareState> shares) {
        var youth = youth(file, consultation);
        var today = families.today();
        return new Opened(file.id(), file.name(), viewer, consultation, youth.map(FamilyMember::givenName).orElse(""),
                youth.map(y -> y.ageOn(today)).filter(java.util.OptionalInt::isPresent).map(java.util.OptionalInt::getAsInt),
                file.members().stream().collect(Collectors.toMap(FamilyMember::id, FamilyMember::givenName)),
                file.membersWithAccount(user.accountId()).findFirst().map(FamilyMember::id), shares,
                file.status() == nl.kring.family.domain.FamilyStatus.CLOSED);
    }

    private Map<UUID, ShareState> shares(CurrentUser user, UUID familyId, Consultation consultation) {
        var states = new HashMap<UUID, ShareState>();
        for (var view : sharing.overview(user, familyId).consents()) {
            var consent = view.consent();
            if (!(consent.recipient() instanceof Recipient.ExternalProfessional professional)
                    || consent.categories().stream().map(Category::code).noneMatch(CATEGORY::equals)
                    || !consultation.onPanel(professional.id())) {
                continue;
            }
            var state = view.state().isEffective() ? ShareState.EFFECTIVE
                    : view.state() instanceof nl.kring.consent.domain.ConsentState.PendingApprovals ? ShareState.PENDING : ShareState.NONE;
            states.merge(professional.id(), state, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
        }
        return states;
    }

    private static Viewer viewer(CurrentUser user, FamilyFile file, boolean wholeFile) {
        if (!wholeFile) {
            return Viewer.PANEL_MEMBER;
        }
        return file.membersWithAccount(user.accountId()).findAny().isPresent() ? Viewer.FAMILY : Viewer.COACH;
    }

    private Consultation find(FamilyFile file, UUID consultationId, Viewer viewer, CurrentUser user) {
        return store.find(file.id(), consultationId)
                .filter(c -> viewer != Viewer.PANEL_MEMBER || c.onPanel(user.accountId()))
                .orElseThrow(() -> new Refusal(404, "error.notFound", null));
    }

    private static Optional<FamilyMember> youth(FamilyFile file, Consultation consultation) {
        return file.members().stream().filter(m -> m.id().equals(consultation.youthMemberId()) && m.relation() == Relation.YOUTH).findFirst();
    }

    private static <T> T rules(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ConsultationRuleBroken broken) {
            throw refusal(broken.rule());
        }
    }

    private static Refusal refusal(ConsultationRuleBroken.Rule rule) {
        return new Refusal(rule.status(), rule.messageKey(), rule.field());
    }
}
