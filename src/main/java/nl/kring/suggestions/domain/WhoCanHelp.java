package nl.kring.suggestions.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.SignalCode;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.suggestions.domain.Facts.MapPerson;
import nl.kring.suggestions.domain.Reason.Code;
import nl.kring.suggestions.domain.Suggestion.Source;

/**
 * The rules of "who can help?": which needs are open, and for each the lightest fitting support first — the
 * family's own network, then people with an assigned role, then organised informal support, professionals last
 * (the four levels of the domain guide, in the order they should be called upon). Within a level, someone not yet
 * asked for anything comes before someone who already helps, and someone close before someone further away.
 * Nobody is ranked by a score: the order is the levels' order and these plain rules.
 */
public final class WhoCanHelp {

    private WhoCanHelp() {}

    /** A plan item that still needs a person, as the plan module reports it. */
    public record PlanGap(String key, NeedKind kind, String what, SupportType type) {}

    /** A need the family wrote itself. */
    public record OwnNeed(String key, String text, SupportType type) {}

    /**
     * The open needs, in this order: what the map says (kinds of support only professionals give, kinds nobody
     * gives, supporters carrying too much), what the plans still need a person for, and what the family wrote.
     */
    public static List<Need> needs(List<MapFacts> maps, List<PlanGap> plans, List<OwnNeed> own, SuggestionSettings settings) {
        var needs = new ArrayList<Need>();
        var informal = EnumSet.noneOf(SupportType.class);
        var professional = EnumSet.noneOf(SupportType.class);
        var signalled = EnumSet.noneOf(SupportType.class);
        boolean anyone = false;
        for (var map : maps) {
            anyone |= map.figures().personCount() > 0;
            map.figures().supportByType().forEach((type, givers) -> {
                if (!givers.informal().isEmpty()) {
                    informal.add(type);
                }
                if (!givers.professional().isEmpty()) {
                    professional.add(type);
                }
            });
            map.figures().signals().stream().filter(s -> s.code() == SignalCode.SUPPORT_ONLY_FROM_PROFESSIONALS)
                    .map(s -> s.figures().get("supportType")).filter(code -> code != null)
                    .forEach(code -> signalled.add(SupportType.valueOf(code.toString())));
        }
        for (var type : SupportType.values()) {
            if (signalled.contains(type) && !informal.contains(type)) {
                needs.add(new Need("ONLY_PROFESSIONALS:" + type, NeedKind.ONLY_PROFESSIONALS, Set.of(type), "", Optional.empty(),
                        Optional.empty()));
            }
        }
        for (var type : SupportType.values()) {
            if (anyone && settings.gapTypes().contains(type) && !informal.contains(type) && !professional.contains(type)) {
                needs.add(new Need("GAP:" + type, NeedKind.GAP, Set.of(type), "", Optional.empty(), Optional.empty()));
            }
        }
        for (var map : maps) {
            for (var signal : map.figures().signals()) {
                if (signal.code() != SignalCode.SUPPORTER_OVERLOAD) {
                    continue;
                }
                for (var id : signal.personIds()) {
                    var gives = map.figures().members().stream().filter(m -> m.id().equals(id)).findFirst()
                            .map(m -> m.givesToCentre()).orElse(Set.of());
                    var key = map.key(id);
                    needs.add(new Need("OVERLOAD:" + key, NeedKind.OVERLOAD, gives.isEmpty() ? Set.of(SupportType.PRACTICAL) : gives,
                            map.names().getOrDefault(id, id), Optional.empty(), Optional.of(key)));
                }
            }
        }
        for (var gap : plans) {
            needs.add(new Need(gap.key(), gap.kind(), Set.of(gap.type()), gap.what(), Optional.empty(), Optional.empty()));
        }
        for (var need : own) {
            needs.add(new Need(need.key(), NeedKind.OWN, Set.of(need.type()), need.text(), Optional.of(need.text()), Optional.empty()));
        }
        // one need per key: two maps may signal the same overloaded person only once each, but keep it safe
        var unique = new LinkedHashMap<String, Need>();
        needs.forEach(n -> unique.putIfAbsent(n.key(), n));
        return List.copyOf(unique.values());
    }

    /** Someone on the map who is not suggested, and why. */
    public record LeftOut(String key, String name, List<Reason> reasons) {}

    /** The suggestions for one need, lightest level first, and who on the map was left out and why. */
    public record Answer(Need need, List<Suggestion> suggestions, List<LeftOut> leftOut) {

        public List<Suggestion> at(SupportLevel level) {
            return suggestions.stream().filter(s -> s.level() == level).toList();
        }
    }

    public static Answer suggest(Need need, Facts facts, SuggestionSettings settings) {
        var suggestions = new ArrayList<Suggestion>();
        var leftOut = new ArrayList<LeftOut>();
        var everyday = new ArrayList<MapPerson>();
        var assigned = new ArrayList<MapPerson>();
        var organised = new ArrayList<MapPerson>();
        var professionals = new ArrayList<MapPerson>();
        for (var person : facts.persons()) {
            if (person.circle().isEmpty() || need.leaveOut().filter(person.key()::equals).isPresent()) {
                continue;
            }
            if (person.professional()) {
                if (person.available() && person.gives().stream().anyMatch(need.types()::contains)) {
                    professionals.add(person);
                }
                continue;
            }
            var why = whyNot(person, facts);
            if (!why.isEmpty()) {
                leftOut.add(new LeftOut(person.key(), person.name(), why));
                continue;
            }
            switch (levelOf(person, settings)) {
                case EVERYDAY -> everyday.add(person);
                case ASSIGNED_ROLE -> assigned.add(person);
                case ORGANISED_INFORMAL -> organised.add(person);
                case PROFESSIONAL -> professionals.add(person);
            }
        }
        var order = Comparator.<MapPerson>comparingInt(p -> p.agreements() == 0 ? 0 : 1)
                .thenComparingInt(p -> p.gives().stream().anyMatch(need.types()::contains) ? 0 : 1)
                .thenComparingInt(p -> p.circle().map(Circle::ordinal).orElse(Circle.values().length))
                .thenComparing(MapPerson::name, String.CASE_INSENSITIVE_ORDER);
        everyday.stream().sorted(order).limit(settings.maxPerLevel())
                .forEach(p -> suggestions.add(person(SupportLevel.EVERYDAY, p, need, settings)));
        assigned.stream().sorted(order).limit(settings.maxPerLevel())
                .forEach(p -> suggestions.add(person(SupportLevel.ASSIGNED_ROLE, p, need, settings)));
        // volunteers already on the map, then every fitting programme in Kring (a municipality has a handful), then initiatives
        organised.stream().sorted(order).limit(settings.maxPerLevel())
                .forEach(p -> suggestions.add(person(SupportLevel.ORGANISED_INFORMAL, p, need, settings)));
        facts.programmes().stream()
                .filter(p -> settings.programmeSupport().getOrDefault(p.supportForm(), Set.of()).stream().anyMatch(need.types()::contains))
                .filter(p -> facts.youthAges().isEmpty() || facts.youthAges().stream().anyMatch(p::fitsAge))
                .sorted(Comparator.comparing(Facts.ProgrammeOffer::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> suggestions.add(programme(p)));
        // the family's own words first, then by name (the catalogue's own order); never by how many elements
        facts.initiatives().stream().filter(Facts.InitiativeOffer::informal)
                .sorted(Comparator.comparingInt((Facts.InitiativeOffer i) -> i.words() ? 0 : 1)
                        .thenComparing(Facts.InitiativeOffer::name, String.CASE_INSENSITIVE_ORDER))
                .limit(settings.maxPerLevel())
                .forEach(i -> suggestions.add(initiative(i)));
        professionals.stream().sorted(order).limit(settings.maxPerLevel())
                .forEach(p -> suggestions.add(new Suggestion(SupportLevel.PROFESSIONAL, Source.MAP_PERSON, p.key(), p.name(), p.mapTitle(),
                        need.types().stream().filter(p.gives()::contains).sorted().map(t -> Reason.of(Code.PROFESSIONAL_GIVES, t)).toList())));
        return new Answer(need, List.copyOf(suggestions), List.copyOf(leftOut));
    }

    /** The level a person on the map stands at for suggestions: the one the map gives, or level 2 for an assigned role. */
    static SupportLevel levelOf(MapPerson person, SuggestionSettings settings) {
        if (person.professional()) {
            return SupportLevel.PROFESSIONAL;
        }
        if (person.level().filter(l -> l != SupportLevel.EVERYDAY).isPresent()) {
            return person.level().get();
        }
        return person.roleCode().filter(settings.assignedRoles()::contains).isPresent() ? SupportLevel.ASSIGNED_ROLE : SupportLevel.EVERYDAY;
    }

    private static List<Reason> whyNot(MapPerson person, Facts facts) {
        var why = new ArrayList<Reason>();
        if (person.refused()) {
            why.add(Reason.of(Code.REFUSED_BY_YOUTH));
        }
        if (facts.overloaded().contains(person.key())) {
            why.add(Reason.of(Code.OVERLOADED));
        }
        if (!person.available()) {
            why.add(Reason.of(Code.NOT_AVAILABLE));
        }
        if (!person.reachable()) {
            why.add(Reason.of(Code.NOT_REACHABLE));
        }
        if (person.conflict()) {
            why.add(Reason.of(Code.CONFLICT));
        }
        if (person.risk()) {
            why.add(Reason.of(Code.RISK));
        }
        return why;
    }

    private static Suggestion person(SupportLevel level, MapPerson p, Need need, SuggestionSettings settings) {
        var reasons = new ArrayList<Reason>();
        if (level == SupportLevel.ASSIGNED_ROLE) {
            reasons.add(Reason.of(Code.ASSIGNED_ROLE, p.roleCode().orElse("")));
        }
        if (level == SupportLevel.ORGANISED_INFORMAL) {
            reasons.add(Reason.of(Code.ON_THE_MAP_ORGANISED));
        }
        need.types().stream().filter(p.gives()::contains).sorted().forEach(t -> reasons.add(Reason.of(Code.GIVES_ALREADY, t)));
        p.gives().stream().filter(t -> !need.types().contains(t)).sorted().findFirst().ifPresent(t -> reasons.add(Reason.of(Code.GIVES_OTHER, t)));
        reasons.add(p.agreements() == 0 ? Reason.of(Code.NOT_ASKED_YET) : Reason.of(Code.HAS_AGREEMENTS, p.agreements()));
        p.circle().ifPresent(circle -> {
            if (circle == Circle.INNER) {
                reasons.add(Reason.of(Code.INNER_CIRCLE));
            } else if (circle == Circle.MIDDLE) {
                reasons.add(Reason.of(Code.MIDDLE_CIRCLE));
            }
        });
        reasons.add(Reason.of(Code.AVAILABLE));
        return new Suggestion(level, Source.MAP_PERSON, p.key(), p.name(), p.mapTitle(), reasons);
    }

    private static Suggestion programme(Facts.ProgrammeOffer p) {
        var reasons = new ArrayList<Reason>();
        if (p.ageFrom().isPresent() || p.ageTo().isPresent()) {
            reasons.add(Reason.of(Code.AGES, p.ageFrom().map(String::valueOf).orElse("0") + "–" + p.ageTo().map(String::valueOf).orElse("")));
        }
        p.maxDistanceKm().ifPresent(km -> reasons.add(Reason.of(Code.DISTANCE, km)));
        p.contactEveryWeeks().ifPresent(weeks -> reasons.add(Reason.of(Code.RHYTHM, weeks)));
        p.lengthMonths().ifPresent(months -> reasons.add(Reason.of(Code.LENGTH, months)));
        return new Suggestion(SupportLevel.ORGANISED_INFORMAL, Source.PROGRAMME, p.id(), p.name(), p.organisation(), reasons);
    }

    private static Suggestion initiative(Facts.InitiativeOffer i) {
        var reasons = new ArrayList<Reason>();
        if (i.words()) {
            reasons.add(Reason.of(Code.WORDS));
        }
        reasons.add(i.national() ? Reason.of(Code.NATIONAL) : Reason.of(Code.REGION, i.place()));
        i.byWhom().stream().filter(code -> !code.equals("PROFESSIONALS")).sorted().forEach(code -> reasons.add(Reason.of(Code.BY_WHOM, code)));
        return new Suggestion(SupportLevel.ORGANISED_INFORMAL, Source.INITIATIVE, i.id(), i.name(), i.nutshell(), reasons);
    }
}
