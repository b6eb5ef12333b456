package nl.kring.suggestions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.SignalThresholds;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.suggestions.domain.Reason.Code;
import nl.kring.suggestions.domain.Suggestion.Source;
import org.junit.jupiter.api.Test;

class WhoCanHelpTest {

    static final UUID MAP = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final SuggestionSettings SETTINGS = SuggestionSettings.DEFAULTS;

    static Facts.MapPerson person(String id, String name, Optional<String> role, Optional<SupportLevel> level, Set<SupportType> gives,
            int agreements, Circle circle) {
        return new Facts.MapPerson(MAP + "/" + id, name, "Kaart", role, level, level.filter(SupportLevel.PROFESSIONAL::equals).isPresent(),
                gives, true, true, false, false, false, Optional.of(circle), agreements);
    }

    static Facts.MapPerson everyday(String id, String name, int agreements, Circle circle, SupportType... gives) {
        return person(id, name, Optional.empty(), Optional.of(SupportLevel.EVERYDAY), Set.of(gives), agreements, circle);
    }

    static Need emotional() {
        return new Need("ONLY_PROFESSIONALS:EMOTIONAL", NeedKind.ONLY_PROFESSIONALS, Set.of(SupportType.EMOTIONAL), "", Optional.empty(),
                Optional.empty());
    }

    static Facts.ProgrammeOffer buddies() {
        return new Facts.ProgrammeOffer("p1", "Maatjes (test)", "Stichting", Optional.of(6), Optional.of(24), "INDIVIDUAL", Optional.empty(),
                Optional.of(2), Optional.of(12));
    }

    static Facts.ProgrammeOffer toddlers() {
        return new Facts.ProgrammeOffer("p2", "Peuters (test)", "Stichting", Optional.of(0), Optional.of(6), "INDIVIDUAL", Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void theLightestFittingSupportComesFirstAndProfessionalsLast() {
        var grandmother = everyday("oma", "Oma", 0, Circle.INNER, SupportType.PRACTICAL);
        var godfather = person("peet", "Peetoom", Optional.of("GODPARENT"), Optional.empty(), Set.of(), 0, Circle.MIDDLE);
        var coach = person("coach", "Coach", Optional.empty(), Optional.of(SupportLevel.PROFESSIONAL), Set.of(SupportType.EMOTIONAL), 0,
                Circle.INNER);
        var facts = new Facts(List.of(coach, godfather, grandmother), Set.of(), List.of(14), List.of(buddies(), toddlers()), List.of());

        var answer = WhoCanHelp.suggest(emotional(), facts, SETTINGS);

        assertThat(answer.suggestions()).extracting(Suggestion::name).containsExactly("Oma", "Peetoom", "Maatjes (test)", "Coach");
        assertThat(answer.suggestions()).extracting(Suggestion::level).containsExactly(SupportLevel.EVERYDAY, SupportLevel.ASSIGNED_ROLE,
                SupportLevel.ORGANISED_INFORMAL, SupportLevel.PROFESSIONAL);
        assertThat(answer.suggestions().getFirst().reasons()).extracting(Reason::code)
                .contains(Code.GIVES_OTHER, Code.NOT_ASKED_YET, Code.INNER_CIRCLE, Code.AVAILABLE);
        assertThat(answer.suggestions().get(2).source()).isEqualTo(Source.PROGRAMME);
        assertThat(answer.suggestions().get(2).reasons()).extracting(Reason::code).contains(Code.AGES, Code.RHYTHM, Code.LENGTH);
    }

    @Test
    void withinALevelSomeoneNotYetAskedComesBeforeSomeoneWhoAlreadyHelpsAndCloseBeforeFar() {
        var neighbour = everyday("buur", "Buurman", 0, Circle.OUTER);
        var aunt = everyday("tante", "Tante", 2, Circle.INNER, SupportType.EMOTIONAL);
        var friend = everyday("vriendin", "Vriendin", 0, Circle.INNER);
        var facts = new Facts(List.of(neighbour, aunt, friend), Set.of(), List.of(), List.of(), List.of());

        var names = WhoCanHelp.suggest(emotional(), facts, SETTINGS).suggestions().stream().map(Suggestion::name).toList();

        assertThat(names).containsExactly("Vriendin", "Buurman", "Tante");
    }

    @Test
    void theYouthsRefusalsAndOverloadedSupportersAreLeftOutWithTheirReason() {
        var refused = new Facts.MapPerson(MAP + "/oom", "Oom", "Kaart", Optional.empty(), Optional.empty(), false, Set.of(), true, true, true,
                false, false, Optional.of(Circle.INNER), 0);
        var busy = everyday("opa", "Opa", 5, Circle.INNER, SupportType.PRACTICAL);
        var away = new Facts.MapPerson(MAP + "/nicht", "Nicht", "Kaart", Optional.empty(), Optional.empty(), false, Set.of(), false, true,
                false, false, false, Optional.of(Circle.MIDDLE), 0);
        var facts = new Facts(List.of(refused, busy, away), Set.of(MAP + "/opa"), List.of(), List.of(), List.of());

        var answer = WhoCanHelp.suggest(emotional(), facts, SETTINGS);

        assertThat(answer.suggestions()).isEmpty();
        assertThat(answer.leftOut()).extracting(WhoCanHelp.LeftOut::name).containsExactly("Oom", "Opa", "Nicht");
        assertThat(answer.leftOut().get(0).reasons()).extracting(Reason::code).containsExactly(Code.REFUSED_BY_YOUTH);
        assertThat(answer.leftOut().get(1).reasons()).extracting(Reason::code).containsExactly(Code.OVERLOADED);
        assertThat(answer.leftOut().get(2).reasons()).extracting(Reason::code).containsExactly(Code.NOT_AVAILABLE);
    }

    @Test
    void programmesFitTheYouthsAgeAndTheKindOfSupport() {
        var peers = new Facts.ProgrammeOffer("p3", "Moeders (test)", "Stichting", Optional.empty(), Optional.empty(), "PEER", Optional.empty(),
                Optional.empty(), Optional.empty());
        var facts = new Facts(List.of(), Set.of(), List.of(14), List.of(buddies(), toddlers(), peers), List.of());
        var practical = new Need("GAP:PRACTICAL", NeedKind.GAP, Set.of(SupportType.PRACTICAL), "", Optional.empty(), Optional.empty());

        assertThat(WhoCanHelp.suggest(practical, facts, SETTINGS).suggestions()).extracting(Suggestion::name).containsExactly("Maatjes (test)");
        assertThat(WhoCanHelp.suggest(emotional(), facts, SETTINGS).suggestions()).extracting(Suggestion::name)
                .containsExactly("Maatjes (test)", "Moeders (test)");
    }

    @Test
    void onlyInformalInitiativesAreOrganisedInformalSupportAndTheFamilysWordsComeFirst() {
        var formal = new Facts.InitiativeOffer("poli", "Poli (test)", "", Set.of("PROFESSIONALS"), true, true, "", false);
        var walkIn = new Facts.InitiativeOffer("inloop", "Inloop (test)", "", Set.of("PEERS"), false, true, "", false);
        var club = new Facts.InitiativeOffer("club", "Club (test)", "", Set.of("VOLUNTEERS"), false, false, "Utrecht", true);
        var facts = new Facts(List.of(), Set.of(), List.of(), List.of(), List.of(formal, walkIn, club));

        var answer = WhoCanHelp.suggest(emotional(), facts, SETTINGS);

        assertThat(answer.suggestions()).extracting(Suggestion::name).containsExactly("Club (test)", "Inloop (test)");
        assertThat(answer.suggestions().getFirst().reasons()).extracting(Reason::code).containsExactly(Code.WORDS, Code.REGION, Code.BY_WHOM);
    }

    @Test
    void theMapsSignalsBecomeNeeds() {
        var oma = MapPerson.builder("oma", "Oma").at(30, 20).level(SupportLevel.EVERYDAY)
                .support(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE)
                .support(SupportType.COMPANIONSHIP, SupportDirection.GIVES_TO_CENTRE)
                .support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE)
                .support(SupportType.NORMATIVE, SupportDirection.GIVES_TO_CENTRE).build();
        var coach = MapPerson.builder("coach", "Coach").at(-90, 30).level(SupportLevel.PROFESSIONAL)
                .support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE).build();
        var version = new MapVersion(Centre.named("Sam"), List.of(oma, coach), List.of(), 1, "Kaart", java.time.Instant.EPOCH);
        var figures = NetworkAnalysis.of(version, null, SignalThresholds.DEFAULTS, LocalDate.of(2026, 1, 1), ActivationInfo.none(), 10);
        var map = new MapFacts(MAP, "Kaart", figures, java.util.Map.of("oma", "Oma", "coach", "Coach"));

        var needs = WhoCanHelp.needs(List.of(map), List.of(new WhoCanHelp.PlanGap("PLAN:x", NeedKind.PLAN_DECLINED, "Koken", SupportType.PRACTICAL)),
                List.of(new WhoCanHelp.OwnNeed("OWN:y", "Oppas op woensdag", SupportType.PRACTICAL)),
                new SuggestionSettings(Set.of(SupportType.PRACTICAL, SupportType.LINKING), SETTINGS.assignedRoles(), 5, SETTINGS.programmeSupport()));

        assertThat(needs).extracting(Need::key).containsExactly("ONLY_PROFESSIONALS:EMOTIONAL", "GAP:LINKING", "OVERLOAD:" + MAP + "/oma",
                "PLAN:x", "OWN:y");
        var overload = needs.get(2);
        assertThat(overload.subject()).isEqualTo("Oma");
        assertThat(overload.types()).containsExactlyInAnyOrder(SupportType.PRACTICAL, SupportType.COMPANIONSHIP, SupportType.INFORMATIONAL,
                SupportType.NORMATIVE);
        // the overloaded person is not suggested to take over from herself
        var facts = new Facts(List.of(everyday("oma", "Oma", 0, Circle.INNER, SupportType.PRACTICAL)), Set.of(), List.of(), List.of(), List.of());
        assertThat(WhoCanHelp.suggest(overload, facts, SETTINGS).suggestions()).isEmpty();
        assertThat(needs.get(4).words()).contains("Oppas op woensdag");
    }

    @Test
    void onlyAPersonOnTheMapCanBeAskedInThePlan() {
        var programme = new Suggestion(SupportLevel.ORGANISED_INFORMAL, Source.PROGRAMME, "p1", "Maatjes", "", List.of());
        var grandmother = new Suggestion(SupportLevel.EVERYDAY, Source.MAP_PERSON, MAP + "/oma", "Oma", "", List.of());
        var ask = new Choice.AskInPlan(Optional.empty(), "Luisteren", SupportType.EMOTIONAL, "", null);

        assertThat(Choice.check(ask, programme)).map(Choice.Problem::messageKey).contains("suggestions.error.notAPerson");
        assertThat(Choice.check(ask, grandmother)).isEmpty();
        assertThat(Choice.check(new Choice.AskInPlan(Optional.empty(), " ", SupportType.EMOTIONAL, "", null), grandmother))
                .map(Choice.Problem::field).contains("what");
        assertThat(Choice.check(new Choice.NoteForProfessional("Kunt u dit uitzoeken?"), programme)).isEmpty();
        assertThat(Choice.check(new Choice.NoteForProfessional(""), programme)).map(Choice.Problem::field).contains("note");
    }
}
