package nl.kring.mentor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.audit.AuditAction;
import nl.kring.consent.domain.ConsentAgeRules;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.NetworkContact;
import nl.kring.family.domain.Relation;
import nl.kring.identity.CurrentUser;
import nl.kring.mentor.domain.MentorRuleBroken;
import nl.kring.mentor.domain.MentorRules;
import nl.kring.mentor.domain.Mentorship;
import nl.kring.mentor.store.MentorStore;
import nl.kring.network.NetworkMaps;
import nl.kring.network.domain.MapPerson;
import nl.kring.platform.web.Refusal;
import org.springframework.stereotype.Service;

/**
 * The mentor module's public API: a youth's own mentors (JIM, Jouw Ingebrachte Mentor). The youth nominates a person
 * from the family's maps; until the youth is 16 the parents with parental authority agree or refuse (the refusal is
 * recorded); then the mentor says yes, themselves when the family shares {@link #CATEGORY} with their account, or the
 * youth records their yes. Every call goes through the family file's door ({@link FamilyFiles}) with its access check
 * and audit line.
 */
@Service
public class Mentors {

    public enum Action implements AuditAction {
        MENTOR_LIST,
        MENTOR_NOMINATE,
        MENTOR_ANSWER,
        MENTOR_ACCEPT,
        MENTOR_DECLINE,
        MENTOR_END;

        @Override
        public String code() {
            return name();
        }
    }

    /**
     * The consent category under which a family shares with a mentor (a person on its map with an account) their
     * mentorship: who nominated them and where it stands, so that they can say yes or no themselves.
     */
    public static final String CATEGORY = "JIM_MENTOR";

    /** The message key under which the map shows a mentor's role. */
    public static final String ROLE_KEY = "mentor.role.onMap";

    /** How the reader stands to the family's mentors. */
    public enum Viewer {
        YOUTH,
        PARENT,
        PROFESSIONAL,
        /** A mentor the family shares {@link #CATEGORY} with: sees only their own mentorship. */
        MENTOR
    }

    /** A person on one of the family's maps whom the youth can nominate. */
    public record Candidate(UUID mapId, String mapTitle, String personId, String name, List<MentorRules.Warning> warnings) {

        public String value() {
            return mapId + ":" + personId;
        }
    }

    /** A parent with authority asked to agree, and their answer if they gave one. */
    public record ParentLine(UUID memberId, String name, Optional<Mentorship.ParentAnswer> answer) {}

    /**
     * One mentorship as this reader sees it.
     *
     * @param contact the person as the family's network knows them, once invited from the map (with an account once they signed up)
     */
    public record View(Mentorship mentorship, String youthName, List<ParentLine> parents, List<MentorRules.Warning> warnings,
            Optional<NetworkContact> contact, boolean mayAnswer, boolean mayAnswerAsMentor, boolean mayRecordYes, boolean mayEnd) {

        public boolean mentorHasAccount() {
            return contact.flatMap(NetworkContact::accountId).isPresent();
        }
    }

    public record FamilyMentors(UUID familyId, String familyName, Viewer viewer, List<View> mentorships, List<Candidate> candidates,
            boolean closed) {}

    /** A nomination made, with what it warns about. */
    public record Nominated(UUID id, Mentorship.Status status, List<MentorRules.Warning> warnings) {}

    private final FamilyFiles families;
    private final NetworkMaps maps;
    private final MentorStore store;
    private final Clock clock;
    private final ConsentAgeRules ages = ConsentAgeRules.DEFAULTS;

    public Mentors(FamilyFiles families, NetworkMaps maps, MentorStore store, Clock clock) {
        this.families = families;
        this.maps = maps;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Whether this person on this map of the family is a youth's mentor now (nominated, agreed, accepted, not ended).
     * For another capability that lists persons by their support level ("who can help?"): call it only inside a body
     * passed to {@link FamilyFiles}, whose access check and audit line cover the read.
     */
    public boolean isMentor(UUID familyId, UUID mapId, String personId) {
        return store.activeOn(familyId, mapId).contains(personId);
    }

    /** The person ids on this map who are a youth's mentor now; same use as {@link #isMentor}. */
    public Set<String> mentorsOn(UUID familyId, UUID mapId) {
        return store.activeOn(familyId, mapId);
    }

    /** The family's mentors: all for the family and its team, their own for a mentor the family shares {@link #CATEGORY} with. */
    public FamilyMentors list(CurrentUser user, UUID familyId) {
        return families.readSharedAny(user, familyId, List.of(CATEGORY), Action.MENTOR_LIST, seen -> {
            var file = seen.file();
            var viewer = seen.wholeFile() ? viewer(user, file) : Viewer.MENTOR;
            var persons = persons(file);
            var views = store.ofFamily(familyId).stream()
                    .filter(m -> viewer != Viewer.MENTOR || isContact(user, file, m))
                    .map(m -> view(user, file, viewer, m, persons)).toList();
            var candidates = viewer == Viewer.YOUTH ? candidates(file, persons) : List.<Candidate>of();
            return new FamilyMentors(file.id(), file.name(), viewer, views, candidates, file.status() == nl.kring.family.domain.FamilyStatus.CLOSED);
        }, result -> result.mentorships().stream().map(v -> v.mentorship().id().toString()).toList());
    }

    /** The youth nominates a person from one of the family's maps. */
    public Nominated nominate(CurrentUser user, UUID familyId, Optional<UUID> mapId, String personId) {
        return families.change(user, familyId, Action.MENTOR_NOMINATE, file -> {
            var youth = member(user, file).filter(m -> m.relation() == Relation.YOUTH)
                    .orElseThrow(() -> new Refusal(403, "mentor.error.onlyYouth", null));
            var person = mapId.flatMap(id -> persons(file).stream().filter(p -> p.mapId().equals(id) && p.person().id().equals(personId))
                    .findFirst()).orElseThrow(() -> new Refusal(400, "mentor.error.unknownPerson", "person"));
            var existing = store.ofFamily(familyId).stream().filter(m -> m.youthMemberId().equals(youth.id())).toList();
            var warnings = rules(() -> MentorRules.nominate(person.person(), person.mapId(), existing));
            var parents = file.parents().stream().filter(FamilyMember::parentalAuthority).map(FamilyMember::id).collect(Collectors.toSet());
            var toAgree = rules(() -> MentorRules.parentsToAgree(youth.ageOn(families.today()).orElse(0), parents, ages));
            var id = store.insert(familyId, youth.id(), person.mapId(), person.person().id(), person.person().name(), toAgree, user.accountId(),
                    clock.instant());
            return new Nominated(id, store.find(familyId, id).orElseThrow().status(), warnings);
        }, nominated -> List.of(nominated.id().toString()));
    }

    /** A parent with parental authority agrees or refuses; a refusal (with its reason, if given) is recorded and ends it. */
    public View answer(CurrentUser user, UUID familyId, UUID mentorshipId, boolean agrees, String reason) {
        return families.change(user, familyId, Action.MENTOR_ANSWER, file -> {
            var parent = member(user, file).filter(m -> m.relation() == Relation.PARENT)
                    .orElseThrow(() -> new Refusal(403, "mentor.error.onlyParents", null));
            var mentorship = find(file, mentorshipId);
            var stated = rules(() -> MentorRules.answer(mentorship, parent.id(), reason));
            store.answer(mentorshipId, parent.id(), agrees, stated, clock.instant());
            return reread(user, file, mentorshipId);
        }, view -> List.of(mentorshipId.toString()));
    }

    /**
     * The mentor's yes or no. The mentor gives it themselves when the family shares {@link #CATEGORY} with their account;
     * for a mentor without an account the youth records the yes they were given in person.
     */
    public View mentorAnswers(CurrentUser user, UUID familyId, UUID mentorshipId, boolean accepts) {
        return families.changeShared(user, familyId, CATEGORY, accepts ? Action.MENTOR_ACCEPT : Action.MENTOR_DECLINE, seen -> {
            var file = seen.file();
            var mentorship = find(file, mentorshipId);
            boolean self = isContact(user, file, mentorship);
            boolean youthForMentor = seen.wholeFile() && member(user, file).filter(m -> m.id().equals(mentorship.youthMemberId())).isPresent()
                    && contactOf(file, mentorship).flatMap(NetworkContact::accountId).isEmpty();
            if (!self && !youthForMentor) {
                if (!seen.wholeFile()) {
                    throw new Refusal(404, "error.notFound", null);
                }
                throw new Refusal(403, "mentor.error.onlyMentor", null);
            }
            rules(() -> {
                MentorRules.mentorAnswers(mentorship);
                return null;
            });
            if (accepts) {
                store.accept(mentorshipId, user.accountId(), !self, clock.instant());
            } else {
                store.decline(mentorshipId, clock.instant());
            }
            return reread(user, file, mentorshipId);
        }, view -> List.of(mentorshipId.toString()));
    }

    /** The youth or a parent with authority ends a nomination or a mentorship. */
    public View end(CurrentUser user, UUID familyId, UUID mentorshipId) {
        return families.change(user, familyId, Action.MENTOR_END, file -> {
            member(user, file).orElseThrow(() -> new Refusal(403, "mentor.error.onlyFamily", null));
            var mentorship = find(file, mentorshipId);
            rules(() -> {
                MentorRules.end(mentorship);
                return null;
            });
            store.end(mentorshipId, clock.instant());
            return reread(user, file, mentorshipId);
        }, view -> List.of(mentorshipId.toString()));
    }

    private record Person(UUID mapId, String mapTitle, MapPerson person) {}

    private List<Person> persons(FamilyFile file) {
        var persons = new ArrayList<Person>();
        for (var current : maps.currentMaps(file)) {
            for (var p : current.latest().version().persons()) {
                persons.add(new Person(current.map().id(), current.map().title(), p));
            }
        }
        return persons;
    }

    private static List<Candidate> candidates(FamilyFile file, List<Person> persons) {
        return persons.stream()
                .filter(p -> p.person().kind() == nl.kring.network.domain.EntryKind.PERSON && !p.person().deceased()
                        && (p.person().roleCode() == null || !MentorRules.NOT_A_MENTOR.contains(p.person().roleCode())
                                && !MentorRules.PROFESSIONAL_ROLES.contains(p.person().roleCode()))
                        && p.person().level() != nl.kring.network.domain.SupportLevel.PROFESSIONAL)
                .map(p -> new Candidate(p.mapId(), p.mapTitle(), p.person().id(), p.person().name(), MentorRules.warnings(p.person())))
                .toList();
    }

    private View reread(CurrentUser user, FamilyFile file, UUID mentorshipId) {
        var viewer = families.mayContribute(user, file) ? viewer(user, file) : Viewer.MENTOR;
        return view(user, file, viewer, find(file, mentorshipId), persons(file));
    }

    private View view(CurrentUser user, FamilyFile file, Viewer viewer, Mentorship m, List<Person> persons) {
        var youth = file.members().stream().filter(x -> x.id().equals(m.youthMemberId())).findFirst();
        var parents = m.parentsToAgree().stream()
                .map(id -> new ParentLine(id, file.members().stream().filter(x -> x.id().equals(id)).map(FamilyMember::givenName).findFirst().orElse(""),
                        m.answerOf(id)))
                .sorted(java.util.Comparator.comparing(ParentLine::name)).toList();
        var warnings = persons.stream().filter(p -> m.isPerson(p.mapId(), p.person().id())).findFirst()
                .map(p -> MentorRules.warnings(p.person())).orElse(List.of());
        var me = member(user, file);
        var status = m.status();
        var contact = contactOf(file, m);
        boolean mayAnswer = me.filter(x -> m.parentsToAgree().contains(x.id()) && m.answerOf(x.id()).isEmpty()).isPresent()
                && status == Mentorship.Status.AWAITING_PARENTS;
        boolean mayAnswerAsMentor = viewer == Viewer.MENTOR && status == Mentorship.Status.AWAITING_MENTOR;
        boolean mayRecordYes = me.filter(x -> x.id().equals(m.youthMemberId())).isPresent() && status == Mentorship.Status.AWAITING_MENTOR
                && contact.flatMap(NetworkContact::accountId).isEmpty();
        boolean mayEnd = me.isPresent() && m.standing();
        return new View(m, youth.map(FamilyMember::givenName).orElse(""), viewer == Viewer.MENTOR ? List.of() : parents, warnings,
                viewer == Viewer.MENTOR ? Optional.empty() : contact, mayAnswer, mayAnswerAsMentor, mayRecordYes, mayEnd);
    }

    private static Optional<NetworkContact> contactOf(FamilyFile file, Mentorship m) {
        return file.network().stream().filter(c -> c.mapPerson().filter(ref -> ref.mapId().equals(m.mapId()) && ref.personId().equals(m.personId()))
                .isPresent()).findFirst();
    }

    private static boolean isContact(CurrentUser user, FamilyFile file, Mentorship m) {
        return contactOf(file, m).flatMap(NetworkContact::accountId).filter(user.accountId()::equals).isPresent();
    }

    private static Optional<FamilyMember> member(CurrentUser user, FamilyFile file) {
        return file.membersWithAccount(user.accountId()).findFirst();
    }

    private static Viewer viewer(CurrentUser user, FamilyFile file) {
        return member(user, file).map(m -> m.relation() == Relation.YOUTH ? Viewer.YOUTH : Viewer.PARENT).orElse(Viewer.PROFESSIONAL);
    }

    private Mentorship find(FamilyFile file, UUID id) {
        return store.find(file.id(), id).orElseThrow(() -> new Refusal(404, "error.notFound", null));
    }

    private static <T> T rules(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (MentorRuleBroken broken) {
            throw new Refusal(broken.rule().status(), broken.rule().messageKey(), broken.rule().field());
        }
    }
}
