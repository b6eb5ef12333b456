package nl.kring.suggestions.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;

/**
 * What "who can help?" knows about a family and the support around it, gathered by the service from the map,
 * the plans, the programmes and the catalogue. Pure data: the rules in {@link WhoCanHelp} decide.
 *
 * @param youthAges the ages of the family's youths (known birth dates), for programmes and initiatives
 * @param overloaded the persons ({@code mapId/personId}) the map signals as carrying too much
 */
public record Facts(List<MapPerson> persons, Set<String> overloaded, List<Integer> youthAges, List<ProgrammeOffer> programmes,
        List<InitiativeOffer> initiatives) {

    public Facts {
        persons = List.copyOf(persons);
        overloaded = Set.copyOf(overloaded);
        youthAges = List.copyOf(youthAges);
        programmes = List.copyOf(programmes);
        initiatives = List.copyOf(initiatives);
    }

    /**
     * A person on one of the family's maps, as far as suggestions need them.
     *
     * @param key {@code mapId/personId}
     * @param level the level of support the map gives them; empty when not given
     * @param circle empty for someone outside the map or not counted (deceased, a pet)
     * @param agreements how many agreements they have in the family's plans
     */
    public record MapPerson(String key, String name, String mapTitle, Optional<String> roleCode, Optional<SupportLevel> level,
            boolean professional, Set<SupportType> gives, boolean available, boolean reachable, boolean refused, boolean conflict,
            boolean risk, Optional<Circle> circle, int agreements) {

        public MapPerson {
            gives = Set.copyOf(gives);
            roleCode = roleCode == null ? Optional.empty() : roleCode;
            level = level == null ? Optional.empty() : level;
            circle = circle == null ? Optional.empty() : circle;
        }
    }

    /**
     * A volunteer programme as the family may know it.
     *
     * @param supportForm the matching module's code: INDIVIDUAL, HOUSEHOLD or PEER
     */
    public record ProgrammeOffer(String id, String name, String organisation, Optional<Integer> ageFrom, Optional<Integer> ageTo,
            String supportForm, Optional<Integer> maxDistanceKm, Optional<Integer> contactEveryWeeks, Optional<Integer> lengthMonths) {

        public boolean fitsAge(int age) {
            return ageFrom.map(from -> age >= from).orElse(true) && ageTo.map(to -> age <= to).orElse(true);
        }
    }

    /**
     * An initiative of the catalogue that the catalogue found for the family's ages and region.
     *
     * @param byWhom the catalogue's codes of who supports: NETWORK, VOLUNTEERS, PEERS, PROFESSIONALS
     * @param formal given mainly in a formal setting
     * @param place where it is offered, as the catalogue names it; empty when national
     * @param words whether the catalogue found the family's own words in it
     */
    public record InitiativeOffer(String id, String name, String nutshell, Set<String> byWhom, boolean formal, boolean national,
            String place, boolean words) {

        public InitiativeOffer {
            byWhom = Set.copyOf(byWhom);
        }

        /** Organised informal support: volunteers, peers or the family's own network support, not only professionals. */
        public boolean informal() {
            return !formal && (byWhom.contains("VOLUNTEERS") || byWhom.contains("PEERS") || byWhom.contains("NETWORK"));
        }
    }
}
