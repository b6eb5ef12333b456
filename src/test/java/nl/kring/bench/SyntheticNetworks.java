package nl.kring.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;

/**
 * Fictional network maps of a given size for the benchmarks, the same map for the same size and
 * seed on every machine ({@link Random} with a fixed seed; nothing depends on the clock).
 *
 * <p>The shape, meant to look like a large but real map, only bigger:
 * <ul>
 *   <li>every entry is a living person on the map (all are counted in the figures);</li>
 *   <li>sectors: family 35 %, friends 25 %, school/work 20 %, professionals 20 %; the angle is
 *       uniform inside the sector, 5° away from its borders;</li>
 *   <li>circles: inner 25 %, middle 40 %, outer 35 %, the distance uniform inside the circle;</li>
 *   <li>level: everyone in the professionals' sector is a professional (level 4); the others are
 *       level 1 (80 %), 2 (10 %) or 3 (10 %);</li>
 *   <li>support to or from the centre: 0 to 3 types per person (25/35/25/15 %), each one way to the
 *       centre (50 %), mutual (35 %) or one way from the centre (15 %);</li>
 *   <li>tie with the centre: strong for 20 %, none for 5 %, otherwise existing; 3 % of the persons
 *       and 3 % of the ties are marked as conflicting; roles from Kring's role list;</li>
 *   <li>ties between persons: {@code round(1.75 × persons)}, so each person has 3.5 ties on average.
 *       A tie starts at a random person; 85 % of the ties go to one of the 4 nearest persons by angle
 *       on either side in the same sector (which makes clusters, triangles and small cliques
 *       inside a sector), 15 % to a random person in another sector (which joins the sectors). No
 *       tie is drawn twice and nobody is tied to themself.</li>
 * </ul>
 */
public final class SyntheticNetworks {

    /** The seed used by the benchmarks and the load script. */
    public static final long SEED = 20260101L;

    /** The day the benchmarks compute signals for; fixed, so that "turning 18" does not depend on the run date. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final double TIES_PER_PERSON = 1.75;
    private static final int NEIGHBOURS_EACH_SIDE = 4;

    private static final Map<Sector, List<String>> ROLES = Map.of(
            Sector.FAMILY, List.of("GRANDPARENT", "PARENT", "SIBLING", "AUNT_UNCLE", "COUSIN", "GODPARENT"),
            Sector.FRIENDS, List.of("FRIEND", "NEIGHBOUR", "BUDDY", "VOLUNTEER"),
            Sector.SCHOOL_WORK, List.of("CLASSMATE", "TEACHER", "COACH", "COLLEAGUE", "MENTOR"),
            Sector.PROFESSIONALS, List.of("PROFESSIONAL", "MENTOR", "CARER"));

    private SyntheticNetworks() {
    }

    /** A map of {@code persons} persons from {@link #SEED}. */
    public static MapVersion map(int persons) {
        return map(persons, SEED);
    }

    public static MapVersion map(int persons, long seed) {
        if (persons < 1) {
            throw new IllegalArgumentException("a benchmark map needs at least one person");
        }
        var random = new Random(seed);
        var people = new ArrayList<MapPerson>(persons);
        for (int i = 1; i <= persons; i++) {
            people.add(person(String.format("p%04d", i), random));
        }
        var ties = ties(people, random);
        var centre = new Centre("Centrum", LocalDate.of(2009, 3, 1), null, Gender.UNKNOWN, "");
        return new MapVersion(centre, people, ties, 1, "Benchmark " + persons, Instant.parse("2026-01-01T10:00:00Z"));
    }

    /** Plan agreements with every fifth person, so that the activation signal has work to do. */
    public static ActivationInfo activation(MapVersion version) {
        var agreements = new HashMap<String, Integer>();
        var persons = version.persons();
        for (int i = 0; i < persons.size(); i += 5) {
            agreements.put(persons.get(i).id(), 1 + i % 3);
        }
        return ActivationInfo.plans(agreements);
    }

    private static MapPerson person(String id, Random random) {
        Sector sector = pick(random, new double[] {0.35, 0.25, 0.20, 0.20}, Sector.values());
        double angle = sectorStart(sector) + 5.0 + random.nextDouble() * 80.0;
        double distance = switch (pick(random, new double[] {0.25, 0.40, 0.35}, new Integer[] {0, 1, 2})) {
            case 0 -> 5.0 + random.nextDouble() * 27.0;
            case 1 -> 35.0 + random.nextDouble() * 30.0;
            default -> 68.0 + random.nextDouble() * 31.0;
        };
        SupportLevel level = sector == Sector.PROFESSIONALS
                ? SupportLevel.PROFESSIONAL
                : pick(random, new double[] {0.8, 0.1, 0.1},
                        new SupportLevel[] {SupportLevel.EVERYDAY, SupportLevel.ASSIGNED_ROLE, SupportLevel.ORGANISED_INFORMAL});
        var roles = ROLES.get(sector);
        var builder = MapPerson.builder(id, "Persoon " + id.substring(1))
                .role(roles.get(random.nextInt(roles.size())), null)
                .gender(Gender.values()[random.nextInt(3)])
                .age(Age.years(level == SupportLevel.PROFESSIONAL ? 25 + random.nextInt(40) : 6 + random.nextInt(80)))
                .level(level)
                .at(angle, distance)
                .centreTie(pick(random, new double[] {0.20, 0.05, 0.75},
                        new CentreTie[] {CentreTie.STRONG, CentreTie.NONE, CentreTie.EXISTING}))
                .conflict(random.nextDouble() < 0.03);
        int supportTypes = pick(random, new double[] {0.25, 0.35, 0.25, 0.15}, new Integer[] {0, 1, 2, 3});
        var types = new ArrayList<>(List.of(SupportType.values()));
        for (int t = 0; t < supportTypes; t++) {
            var type = types.remove(random.nextInt(types.size()));
            builder.support(type, pick(random, new double[] {0.50, 0.35, 0.15}, new SupportDirection[] {
                    SupportDirection.GIVES_TO_CENTRE, SupportDirection.MUTUAL, SupportDirection.RECEIVES_FROM_CENTRE}));
        }
        return builder.build();
    }

    private static List<Tie> ties(List<MapPerson> people, Random random) {
        int wanted = (int) Math.round(TIES_PER_PERSON * people.size());
        var bySector = new EnumMap<Sector, List<MapPerson>>(Sector.class);
        for (Sector sector : Sector.values()) {
            bySector.put(sector, new ArrayList<>());
        }
        people.forEach(person -> bySector.get(person.sector().orElseThrow()).add(person));
        bySector.values().forEach(list -> list.sort(Comparator.comparingDouble(p -> p.position().angle())));

        Set<Tie> ties = new LinkedHashSet<>();
        int attempts = 0;
        while (ties.size() < wanted && attempts++ < wanted * 50) {
            MapPerson from = people.get(random.nextInt(people.size()));
            var sameSector = bySector.get(from.sector().orElseThrow());
            MapPerson to;
            if (random.nextDouble() < 0.85) {
                if (sameSector.size() < 2) {
                    continue;
                }
                int at = sameSector.indexOf(from);
                int offset = 1 + random.nextInt(NEIGHBOURS_EACH_SIDE);
                int index = random.nextBoolean() ? at + offset : at - offset;
                if (index < 0 || index >= sameSector.size()) {
                    continue;
                }
                to = sameSector.get(index);
            } else {
                to = people.get(random.nextInt(people.size()));
                if (to.sector().equals(from.sector())) {
                    continue;
                }
            }
            if (to.id().equals(from.id())) {
                continue;
            }
            var plain = new Tie(from.id(), to.id());
            if (!ties.contains(plain) && !ties.contains(new Tie(from.id(), to.id(), true))) {
                ties.add(new Tie(from.id(), to.id(), random.nextDouble() < 0.03));
            }
        }
        return List.copyOf(ties);
    }

    private static double sectorStart(Sector sector) {
        return switch (sector) {
            case SCHOOL_WORK -> -180.0;
            case PROFESSIONALS -> -90.0;
            case FAMILY -> 0.0;
            case FRIENDS -> 90.0;
        };
    }

    private static <T> T pick(Random random, double[] weights, T[] values) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
