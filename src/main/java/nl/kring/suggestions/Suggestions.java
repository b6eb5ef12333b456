package nl.kring.suggestions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.catalogue.Catalogue;
import nl.kring.catalogue.domain.CatalogueEntry;
import nl.kring.catalogue.domain.CatalogueFilter;
import nl.kring.family.FamilyDetails;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.ProgrammeDirectory;
import nl.kring.network.NetworkMaps;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.SignalCode;
import nl.kring.network.domain.SupportType;
import nl.kring.plan.Plans;
import nl.kring.plan.domain.PersonRef;
import nl.kring.platform.web.Refusal;
import nl.kring.suggestions.domain.Choice;
import nl.kring.suggestions.domain.Facts;
import nl.kring.suggestions.domain.MapFacts;
import nl.kring.suggestions.domain.Need;
import nl.kring.suggestions.domain.NeedKind;
import nl.kring.suggestions.domain.Reason;
import nl.kring.suggestions.domain.Suggestion;
import nl.kring.suggestions.domain.WhoCanHelp;
import nl.kring.suggestions.store.SuggestionStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The suggestions module's public API: "who can help?" for a family file. Reads go through the file's door with
 * the disclosure filter (the family, its team, and whoever the family shares {@link #CATEGORY} with); what the
 * family writes or decides goes through {@link FamilyFiles#change}, by a member of the family only. Other modules
 * are read through their public APIs: the maps and their signals, the plans, the programmes and the catalogue.
 */
@Service
public class Suggestions {

    /** What "who can help?" records in the audit log. */
    public enum Action implements AuditAction {
        SUGGESTIONS_READ,
        SUGGESTIONS_NEED_ADD,
        SUGGESTIONS_NEED_CLOSE,
        SUGGESTIONS_CHOOSE;

        @Override
        public String code() {
            return name();
        }
    }

    /** The consent category under which a family shares its needs and suggestions. */
    public static final String CATEGORY = "SUGGESTIONS";
    public static final int MAX_NEED_TEXT = 300;
    public static final int MAX_REGION = CatalogueFilter.MAX_REGION;
    private static final int CHOICES_SHOWN = 50;

    /** How the reader stands to the file. */
    public enum Viewer {
        FAMILY, PROFESSIONAL, SHARED
    }

    /** A reason in plain words. */
    public record ShownReason(Reason.Code code, String text) {}

    /** A suggestion as pages and the API show it. */
    public record ShownSuggestion(int level, String levelName, Suggestion.Source source, String ref, String name, String detail,
            List<ShownReason> reasons, boolean mayBeAskedInPlan) {}

    /** Someone on the map who was left out, and why. */
    public record ShownLeftOut(String ref, String name, List<ShownReason> reasons) {}

    /** One open need with its suggestions, lightest first. */
    public record ShownNeed(String key, NeedKind kind, String title, List<SupportType> supportTypes, SupportType firstType,
            List<ShownSuggestion> suggestions, List<ShownLeftOut> leftOut, Optional<UUID> ownNeedId) {}

    /** A choice the family made, with the name of what it chose where it is still known. */
    public record ShownChoice(UUID id, Choice.Kind kind, String kindName, String chosen, int level, Optional<UUID> planId, String note,
            java.time.Instant chosenAt) {}

    /** "Who can help?" for one family as this reader may see it. */
    public record FamilySuggestions(FamilyFile family, Viewer viewer, boolean mayChoose, Optional<String> region, List<ShownNeed> needs,
            List<ShownChoice> choices, List<nl.kring.plan.PlanSummary> plans) {}

    private final FamilyFiles families;
    private final NetworkMaps maps;
    private final Plans plans;
    private final Catalogue catalogue;
    private final ProgrammeDirectory programmes;
    private final FamilyDetails details;
    private final SuggestionStore store;
    private final SuggestionProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    Suggestions(FamilyFiles families, NetworkMaps maps, Plans plans, Catalogue catalogue, ProgrammeDirectory programmes, FamilyDetails details,
            SuggestionStore store, SuggestionProperties properties, MessageSource messages, Clock clock) {
        this.families = families;
        this.maps = maps;
        this.plans = plans;
        this.catalogue = catalogue;
        this.programmes = programmes;
        this.details = details;
        this.store = store;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the file says, read inside its door. */
    private record Read(FamilyFile file, boolean wholeFile, List<MapFacts> maps, List<Facts.MapPerson> persons, Set<String> overloaded,
            List<WhoCanHelp.PlanGap> planGaps, List<SuggestionStore.OwnNeedRow> own, List<SuggestionStore.ChoiceRow> choices) {}

    /**
     * The open needs of the family with, for each, the lightest fitting support first. {@code region} is where to look
     * for initiatives; empty for the family's own place, when the reader may see its contact details.
     */
    public FamilySuggestions open(CurrentUser user, UUID familyId, Optional<String> region) {
        var read = families.readSharedAny(user, familyId, List.of(CATEGORY), Action.SUGGESTIONS_READ, seen -> read(seen.file(), seen.wholeFile()),
                Suggestions::recordIds);
        var where = region(user, familyId, region, read.wholeFile());
        var answers = answers(read, where);
        var viewer = !read.wholeFile() ? Viewer.SHARED
                : read.file().membersWithAccount(user.accountId()).findAny().isPresent() ? Viewer.FAMILY : Viewer.PROFESSIONAL;
        var mayChoose = viewer == Viewer.FAMILY && read.file().status() != FamilyStatus.CLOSED;
        // a family with several plans chooses which one an agreement goes into
        var familyPlans = mayChoose ? plans.plans(user, familyId).plans() : List.<nl.kring.plan.PlanSummary>of();
        return new FamilySuggestions(read.file(), viewer, mayChoose, where, answers.stream().map(a -> shown(a, read)).toList(),
                read.choices().stream().map(c -> shown(c, read)).toList(), familyPlans);
    }

    /** A member of the family writes a need of its own, in a few words, with the kind of support it asks for. */
    public UUID addNeed(CurrentUser user, UUID familyId, String text, SupportType type) {
        var clean = text == null ? "" : text.strip();
        return families.change(user, familyId, Action.SUGGESTIONS_NEED_ADD, file -> {
            requireFamilyMember(user, file);
            if (clean.isEmpty() || clean.length() > MAX_NEED_TEXT) {
                throw Refusal.badInput("suggestions.error.needText", "text");
            }
            if (type == null) {
                throw Refusal.badInput("suggestions.error.supportType", "supportType");
            }
            return store.insertOwnNeed(familyId, clean, type, user.accountId(), clock.instant());
        }, id -> List.of("need/" + id));
    }

    /** A member of the family closes a need it wrote: found, or no longer needed. */
    public void closeNeed(CurrentUser user, UUID familyId, UUID needId) {
        families.change(user, familyId, Action.SUGGESTIONS_NEED_CLOSE, file -> {
            requireFamilyMember(user, file);
            if (!store.closeNeed(familyId, needId, clock.instant())) {
                throw new Refusal(404, "error.notFound", null);
            }
            return needId;
        }, id -> List.of("need/" + id));
    }

    /** What a choice did: the recorded choice and, for an ask, where the proposed agreement went. */
    public record Chosen(UUID choiceId, Choice.Kind kind, Optional<Plans.Proposed> proposed) {}

    /**
     * The family decides what to do with one suggestion for one need. The suggestion must still be one Kring makes now
     * (a person refused or overloaded since is refused with 409). Recorded with everything suggested for the need.
     */
    public Chosen choose(CurrentUser user, UUID familyId, String needKey, String ref, Optional<String> region, Choice choice) {
        return families.change(user, familyId, Action.SUGGESTIONS_CHOOSE, file -> {
            requireFamilyMember(user, file);
            var read = read(file, true);
            var where = region.map(String::strip).filter(r -> !r.isEmpty());
            var answer = answers(read, where).stream().filter(a -> a.need().key().equals(needKey)).findFirst()
                    .orElseThrow(() -> new Refusal(409, "suggestions.error.needGone", "need"));
            var chosen = answer.suggestions().stream().filter(s -> s.ref().equals(ref)).findFirst()
                    .orElseThrow(() -> new Refusal(409, "suggestions.error.notSuggested", "ref"));
            Choice.check(choice, chosen).ifPresent(problem -> {
                throw Refusal.badInput(problem.messageKey(), problem.field());
            });
            Optional<Plans.Proposed> proposed = switch (choice) {
                case Choice.AskInPlan ask -> {
                    var slash = chosen.ref().indexOf('/');
                    var person = new PersonRef(UUID.fromString(chosen.ref().substring(0, slash)), chosen.ref().substring(slash + 1), chosen.name());
                    yield Optional.of(plans.propose(user, familyId, ask.planId(),
                            new Plans.Proposal(person, ask.what(), ask.supportType(), ask.when(), ask.start()),
                            text("suggestions.plan.title", file.name())));
                }
                case Choice.NoteForProfessional note -> Optional.empty();
            };
            var note = choice instanceof Choice.NoteForProfessional n ? n.text() : "";
            var id = store.insertChoice(new SuggestionStore.NewChoice(familyId, needKey, answer.need().kind().name(),
                    answer.need().types().stream().sorted().toList(), answer.suggestions(), chosen, choice.kind(),
                    proposed.map(Plans.Proposed::planId), proposed.map(Plans.Proposed::agreementId), note, user.accountId(), clock.instant()));
            return new Chosen(id, choice.kind(), proposed);
        }, chosen -> List.of("choice/" + chosen.choiceId()));
    }

    // --- internals ---

    private Read read(FamilyFile file, boolean wholeFile) {
        var onMaps = plans.personsOnMaps(file);
        var refused = new java.util.HashSet<String>();
        onMaps.stream().filter(Plans.Person::refused).forEach(p -> refused.add(p.ref().key()));
        var agreements = plans.agreementsByPerson(file);
        var mapFacts = new ArrayList<MapFacts>();
        var persons = new ArrayList<Facts.MapPerson>();
        var overloaded = new java.util.HashSet<String>();
        for (var current : maps.currentFigures(file)) {
            var mapId = current.map().id();
            var names = new HashMap<String, String>();
            var counted = new java.util.HashSet<String>();
            current.figures().members().forEach(m -> counted.add(m.id()));
            for (var person : current.latest().version().persons()) {
                names.put(person.id(), person.name());
                var key = mapId + "/" + person.id();
                persons.add(new Facts.MapPerson(key, person.name(), current.map().title(), Optional.ofNullable(person.roleCode()),
                        Optional.ofNullable(person.level()), person.professional(), person.supportGivenToCentre(), person.available(),
                        person.reachable(), refused.contains(key), person.conflict(), person.factor() == Factor.RISK,
                        counted.contains(person.id()) ? person.circle() : Optional.empty(), agreements.getOrDefault(key, 0)));
            }
            current.figures().signals().stream().filter(s -> s.code() == SignalCode.SUPPORTER_OVERLOAD)
                    .forEach(s -> s.personIds().forEach(id -> overloaded.add(mapId + "/" + id)));
            mapFacts.add(new MapFacts(mapId, current.map().title(), current.figures(), names));
        }
        var planGaps = plans.unfilled(file).stream()
                .map(u -> new WhoCanHelp.PlanGap("PLAN:" + u.planId() + "/" + u.agreementId().map(UUID::toString).orElse("task:" + u.what()),
                        switch (u.reason()) {
                            case DECLINED -> NeedKind.PLAN_DECLINED;
                            case NOBODY_LEFT -> NeedKind.PLAN_NOBODY_LEFT;
                            case HAND_OVER_WITHOUT_PERSON -> NeedKind.HAND_OVER;
                        }, u.what(), u.supportType()))
                .toList();
        return new Read(file, wholeFile, mapFacts, persons, overloaded, planGaps, store.openNeeds(file.id()),
                store.choices(file.id(), CHOICES_SHOWN));
    }

    private List<WhoCanHelp.Answer> answers(Read read, Optional<String> region) {
        var settings = properties.settings();
        var own = read.own().stream().map(n -> new WhoCanHelp.OwnNeed("OWN:" + n.id(), n.text(), n.type())).toList();
        var needs = WhoCanHelp.needs(read.maps(), read.planGaps(), own, settings);
        var today = LocalDate.now(clock);
        var ages = read.file().youths().stream().map(y -> y.ageOn(today)).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt)
                .distinct().toList();
        var offers = programmes.all().stream()
                .map(p -> new Facts.ProgrammeOffer(p.id().toString(), p.settings().name(), p.organisation().name(), p.settings().ageFrom(),
                        p.settings().ageTo(), p.settings().supportForm().name(), p.settings().maxDistanceKm(),
                        p.settings().contactEveryWeeks(), p.settings().lengthMonths()))
                .toList();
        var fitting = initiatives(ages, region, "");
        var result = new ArrayList<WhoCanHelp.Answer>();
        for (var need : needs) {
            var initiatives = need.words().map(words -> merged(initiatives(ages, region, words), fitting)).orElse(fitting);
            result.add(WhoCanHelp.suggest(need, new Facts(read.persons(), read.overloaded(), ages, offers, initiatives), settings));
        }
        return result;
    }

    /** The catalogue's initiatives for the youths' ages and the region; with words, those the words are found in. */
    private List<Facts.InitiativeOffer> initiatives(List<Integer> ages, Optional<String> region, String words) {
        var found = new LinkedHashMap<String, CatalogueEntry>();
        var agesToAsk = ages.isEmpty() ? List.<OptionalInt>of(OptionalInt.empty()) : ages.stream().map(OptionalInt::of).toList();
        for (var age : agesToAsk) {
            var entries = words.isEmpty() ? catalogue.findFitting(age, Set.of(), region)
                    : catalogue.search(new CatalogueFilter(words, Set.of(), Optional.empty(), age, Optional.empty(), Optional.empty(), region));
            entries.forEach(e -> found.putIfAbsent(e.id(), e));
        }
        return found.values().stream().map(e -> {
            var i = e.initiative();
            var place = i.national() ? "" : region.orElse(i.region());
            return new Facts.InitiativeOffer(i.id(), i.name(), i.nutshell(), i.supporters().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                    i.formality() == nl.kring.catalogue.domain.Formality.FORMAL, i.national(), place, !words.isEmpty());
        }).toList();
    }

    private static List<Facts.InitiativeOffer> merged(List<Facts.InitiativeOffer> first, List<Facts.InitiativeOffer> then) {
        var all = new LinkedHashMap<String, Facts.InitiativeOffer>();
        first.forEach(i -> all.put(i.id(), i));
        then.forEach(i -> all.putIfAbsent(i.id(), i));
        return List.copyOf(all.values());
    }

    /** The region asked for, or the family's own place when this reader may see the contact details. */
    private Optional<String> region(CurrentUser user, UUID familyId, Optional<String> asked, boolean wholeFile) {
        var clean = asked.map(String::strip).filter(r -> !r.isEmpty());
        if (clean.isPresent()) {
            if (clean.get().length() > MAX_REGION) {
                throw Refusal.badInput("suggestions.error.region", "region");
            }
            return clean;
        }
        if (!wholeFile) {
            return Optional.empty();
        }
        return details.contactDetails(user, familyId).stream().flatMap(c -> c.details().city().stream()).findFirst();
    }

    private static void requireFamilyMember(CurrentUser user, FamilyFile file) {
        if (file.membersWithAccount(user.accountId()).findAny().isEmpty()) {
            throw new Refusal(403, "suggestions.error.familyDecides", null);
        }
    }

    private ShownNeed shown(WhoCanHelp.Answer answer, Read read) {
        var need = answer.need();
        var types = need.types().stream().sorted().toList();
        var typeNames = String.join(", ", types.stream().map(t -> text(t.messageKey())).toList());
        var title = text(need.kind().messageKey(), typeNames, need.subject());
        var own = need.kind() == NeedKind.OWN ? Optional.of(UUID.fromString(need.key().substring("OWN:".length()))) : Optional.<UUID>empty();
        return new ShownNeed(need.key(), need.kind(), title, types, need.firstType(),
                answer.suggestions().stream().map(s -> new ShownSuggestion(s.level().number(), text(s.level().messageKey()), s.source(), s.ref(),
                        s.name(), s.detail(), reasons(s.reasons()), s.mayBeAskedInPlan())).toList(),
                answer.leftOut().stream().map(l -> new ShownLeftOut(l.key(), l.name(), reasons(l.reasons()))).toList(), own);
    }

    private ShownChoice shown(SuggestionStore.ChoiceRow row, Read read) {
        var name = switch (Suggestion.Source.valueOf(row.chosenSource())) {
            case MAP_PERSON -> read.persons().stream().filter(p -> p.key().equals(row.chosenRef())).map(Facts.MapPerson::name).findFirst();
            case PROGRAMME -> programmes.all().stream().filter(p -> p.id().toString().equals(row.chosenRef())).map(p -> p.settings().name())
                    .findFirst();
            case INITIATIVE -> catalogue.find(row.chosenRef()).map(e -> e.initiative().name());
        };
        return new ShownChoice(row.id(), row.kind(), text(row.kind().messageKey()), name.orElse(text("suggestions.choice.unknown")),
                row.chosenLevel(), row.planId(), row.note(), row.chosenAt());
    }

    private List<ShownReason> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> new ShownReason(r.code(), text(r.code().messageKey(),
                r.type().map(t -> text(t.messageKey())).orElse(""), argument(r), r.number() == null ? "" : r.number()))).toList();
    }

    /** A reason's text argument, translated where it is a code (a role, who supports). */
    private String argument(Reason reason) {
        return switch (reason.code()) {
            case ASSIGNED_ROLE -> reason.text().isEmpty() ? "" : text("network.role." + reason.text());
            case BY_WHOM -> text("catalogue.supporter." + reason.text());
            default -> reason.text();
        };
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }

    private static List<String> recordIds(Read read) {
        var ids = new ArrayList<String>();
        read.maps().forEach(m -> ids.add(m.mapId().toString()));
        read.own().forEach(n -> ids.add("need/" + n.id()));
        return ids;
    }
}
