package nl.kring.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;

/** The fictional network map of the demo youth Noor: a first version and one three months later. */
final class DemoMaps {

    private DemoMaps() {}

    static List<MapVersion> noor(LocalDate birthDate, Instant now) {
        var centre = new Centre("Noor", birthDate, null, Gender.FEMALE, "");
        var mother = person("moeder", "Mama Marieke", "PARENT", Gender.FEMALE, 44, 15, SupportLevel.EVERYDAY, CentreTie.STRONG)
                .support(SupportType.EMOTIONAL, SupportDirection.MUTUAL).support(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE)
                .support(SupportType.NORMATIVE, SupportDirection.GIVES_TO_CENTRE).build();
        var father = person("vader", "Papa Bas", "PARENT", Gender.MALE, 60, 18, SupportLevel.EVERYDAY, CentreTie.EXISTING)
                .support(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE).conflict(true).build();
        var grandfather = person("opa", "Opa Henk", "GRANDPARENT", Gender.MALE, 35, 28, SupportLevel.EVERYDAY, CentreTie.STRONG)
                .age(Age.band(AgeBand.SENIOR))
                .support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE).support(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL)
                .factor(Factor.PROTECTIVE).build();
        var dog = person("bobbie", "Bobbie (hond)", null, Gender.UNKNOWN, 75, 12, null, CentreTie.STRONG).kind(EntryKind.PET).build();
        var neighbour = person("els", "Buurvrouw Els", "NEIGHBOUR", Gender.FEMALE, 140, 52, SupportLevel.EVERYDAY, CentreTie.EXISTING)
                .support(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE).build();
        var friend = person("sara", "Sara", "FRIEND", Gender.FEMALE, 115, 45, SupportLevel.EVERYDAY, CentreTie.EXISTING)
                .support(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL).build();
        var teacher = person("juf", "Juf Anna", "TEACHER", Gender.FEMALE, -130, 55, SupportLevel.EVERYDAY, CentreTie.EXISTING)
                .support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE).build();
        var coach = person("coach", "Coach Ali", "COACH", Gender.MALE, -160, 80, SupportLevel.EVERYDAY, CentreTie.EXISTING)
                .support(SupportType.COMPANIONSHIP, SupportDirection.GIVES_TO_CENTRE).build();
        var professional = person("petra", "Petra (wijkteam)", "PROFESSIONAL", Gender.FEMALE, -45, 30, SupportLevel.PROFESSIONAL,
                CentreTie.EXISTING)
                .support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE).support(SupportType.LINKING, SupportDirection.GIVES_TO_CENTRE)
                .build();
        var first = new ArrayList<>(List.of(mother, father, grandfather, dog, neighbour, friend, teacher, coach, professional));
        var ties = List.of(new Tie("moeder", "vader", true), new Tie("moeder", "opa"), new Tie("vader", "opa"),
                new Tie("moeder", "els"), new Tie("sara", "coach"), new Tie("moeder", "petra"), new Tie("moeder", "juf"));
        var threeMonthsAgo = now.minus(92, ChronoUnit.DAYS);

        var second = new ArrayList<MapPerson>();
        for (var person : first) {
            second.add(switch (person.id()) {
                case "sara" -> person.toBuilder().at(105, 25).support(SupportType.EMOTIONAL, SupportDirection.MUTUAL).build();
                case "coach" -> person.toBuilder().at(-150, 60).support(SupportType.NORMATIVE, SupportDirection.GIVES_TO_CENTRE).build();
                case "petra" -> person.toBuilder().at(-50, 70).build();
                default -> person;
            });
        }
        second.add(person("mies", "Tante Mies", "AUNT_UNCLE", Gender.FEMALE, 50, 50, SupportLevel.EVERYDAY, CentreTie.EXISTING)
                .support(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE).support(SupportType.LINKING, SupportDirection.GIVES_TO_CENTRE)
                .build());
        var secondTies = new ArrayList<>(ties);
        secondTies.add(new Tie("mies", "moeder"));
        secondTies.add(new Tie("mies", "opa"));
        secondTies.add(new Tie("sara", "els"));
        return List.of(
                new MapVersion(centre, first, ties, 1, "", threeMonthsAgo),
                new MapVersion(centre, second, secondTies, 2, "", now));
    }

    /** The same network as the mother sees it: she does not know Sara or the coach, and sees the father further away. */
    static List<MapVersion> noorSeenByMother(LocalDate birthDate, Instant now) {
        var youthView = noor(birthDate, now).getFirst();
        var persons = youthView.persons().stream()
                .filter(p -> !p.id().equals("sara") && !p.id().equals("coach"))
                .map(p -> p.id().equals("vader") ? p.toBuilder().at(60, 45).build() : p)
                .toList();
        var ties = youthView.ties().stream().filter(t -> !t.touches("sara") && !t.touches("coach")).toList();
        return List.of(new MapVersion(youthView.centre(), persons, ties, 1, "", now));
    }

    private static MapPerson.Builder person(String id, String name, String role, Gender gender, double angle, double distance,
            SupportLevel level, CentreTie tie) {
        return MapPerson.builder(id, name).role(role, null).gender(gender).at(angle, distance).level(level).centreTie(tie);
    }
}
