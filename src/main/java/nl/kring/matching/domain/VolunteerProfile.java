package nl.kring.matching.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What a volunteer (one person or a household) tells about themselves for matching: who they are, where
 * they live (the area of their postcode, for distances), the languages they speak, when they are
 * available, their interests and experience, the cultures they feel at home in (optional, only used where a
 * family asks for it) and their preferences: the ages of the children or youths they would like to support
 * and how far they are willing to travel.
 */
public record VolunteerProfile(VolunteerKind kind, String name, String household, Pc4 area,
        Set<String> languages, Set<TimeSlot> availability, Set<Interest> interests, String experience, Set<String> cultures,
        Optional<Integer> ageFrom, Optional<Integer> ageTo, Optional<Integer> maxDistanceKm) {

    public VolunteerProfile {
        languages = Set.copyOf(languages);
        availability = Set.copyOf(availability);
        interests = Set.copyOf(interests);
        cultures = Set.copyOf(cultures);
    }
}
