package nl.kring.network.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
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

/** Maps and labels made up for the render tests. */
final class Fixtures {

    static final String HOSTILE = "<script>alert('x')</script> & \"Bob\"";

    private Fixtures() {
    }

    /** Texts for every key as "[key]", so tests can see which key was used. */
    static final Function<String, String> KEYS = key -> "[" + key + "]";

    static Map<String, String> someLabels() {
        var labels = new HashMap<String, String>();
        labels.put("network.map.title", "Netwerkkaart van Ayşe");
        labels.put("network.sector.FAMILY", "Familie");
        labels.put("network.sector.FRIENDS", "Vrienden, buren, kennissen");
        labels.put("network.sector.SCHOOL_WORK", "School, werk, vereniging");
        labels.put("network.sector.PROFESSIONALS", "Hulpverleners");
        return labels;
    }

    /** A small family: grandmother, father (in conflict), a deceased grandfather, a teacher, a dog. */
    static MapVersion family() {
        var persons = List.of(
                MapPerson.builder("oma", "Oma Gül").gender(Gender.FEMALE).role("GRANDPARENT", null)
                        .age(Age.years(67)).level(SupportLevel.EVERYDAY).at(45, 20).centreTie(CentreTie.STRONG)
                        .support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE)
                        .support(SupportType.PRACTICAL, SupportDirection.MUTUAL)
                        .factor(Factor.PROTECTIVE).build(),
                MapPerson.builder("papa", "Papa Ömer").gender(Gender.MALE).level(SupportLevel.EVERYDAY)
                        .at(70, 60).conflict(true).centreTie(CentreTie.EXISTING).build(),
                MapPerson.builder("opa", "Opa Şükrü").gender(Gender.MALE).at(30, 50).deceased(true)
                        .centreTie(CentreTie.NONE).build(),
                MapPerson.builder("juf", "Juf Ineke").gender(Gender.FEMALE).role(null, "juf van groep 7")
                        .age(Age.band(AgeBand.ADULT)).level(SupportLevel.PROFESSIONAL).at(-120, 70)
                        .support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE).build(),
                MapPerson.builder("hond", "Bello").kind(EntryKind.PET).at(150, 25)
                        .support(SupportType.COMPANIONSHIP, SupportDirection.RECEIVES_FROM_CENTRE).build(),
                MapPerson.builder("ver", "Tante Zoë").gender(Gender.OTHER).at(100, 140).build());
        var ties = List.of(new Tie("oma", "papa"), new Tie("papa", "juf", true));
        return new MapVersion(new Centre("Ayşe", null, 14, Gender.FEMALE, ""), persons, ties, 2, "", null);
    }

    static MapVersion empty() {
        return new MapVersion(Centre.named("Sam"), List.of(), List.of());
    }

    /** A map with one person whose name and id are hostile. */
    static MapVersion hostile() {
        var person = MapPerson.builder("id\"<&>'", HOSTILE).role(null, "=HYPERLINK(\"http://x\")")
                .at(10, 40).support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE).build();
        var other = MapPerson.builder("b", "+31 6 1234").at(-10, 40).build();
        return new MapVersion(Centre.named("<Sam & co>"), List.of(person, other),
                List.of(new Tie("id\"<&>'", "b", true)));
    }

    /** A large map: persons spread over the sectors and circles, with random ties. */
    static MapVersion large(int size) {
        var random = new Random(42);
        var persons = new ArrayList<MapPerson>();
        var genders = Gender.values();
        var types = SupportType.values();
        for (int i = 0; i < size; i++) {
            var builder = MapPerson.builder("p" + i, "Persoon " + i)
                    .gender(genders[i % genders.length])
                    .at(-180 + random.nextDouble() * 360, 5 + random.nextDouble() * 105)
                    .centreTie(CentreTie.values()[i % 3])
                    .conflict(i % 17 == 0)
                    .deceased(i % 31 == 0);
            for (int t = 0; t < i % 4; t++) {
                builder.support(types[(i + t) % types.length], SupportDirection.values()[t % 3]);
            }
            persons.add(builder.build());
        }
        var ties = new ArrayList<Tie>();
        for (int i = 0; i < size * 2; i++) {
            int a = random.nextInt(size);
            int b = random.nextInt(size);
            if (a != b) {
                ties.add(new Tie("p" + a, "p" + b, i % 11 == 0));
            }
        }
        return new MapVersion(Centre.named("Centrum"), persons, ties.stream().distinct().toList());
    }
}
