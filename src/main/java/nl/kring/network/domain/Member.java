package nl.kring.network.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the figures know about one counted network member: where they are and what support they
 * exchange with the centre.
 */
public record Member(
        String id,
        Sector sector,
        Circle circle,
        boolean professional,
        Set<SupportType> givesToCentre,
        boolean receivesFromCentre) {

    public Member {
        givesToCentre = givesToCentre == null || givesToCentre.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(givesToCentre));
    }

    static Member of(MapPerson person) {
        return new Member(
                person.id(),
                person.sector().orElseThrow(),
                person.circle().orElseThrow(),
                person.professional(),
                person.supportGivenToCentre(),
                person.receivesFromCentre());
    }

    public boolean informal() {
        return !professional;
    }

    /** Gives at least one type of support to the centre. */
    public boolean supportive() {
        return !givesToCentre.isEmpty();
    }
}
