package nl.kring.network.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the family's plans say about the persons on the map, as far as the signals need it.
 *
 * @param plansExist whether the family has a plan at all; without one, nobody can have been asked yet
 *        and {@link SignalCode#MAPPED_NOT_ACTIVATED} stays silent
 * @param agreementsByPerson number of plan agreements per person id; absent means none
 */
public record ActivationInfo(boolean plansExist, Map<String, Integer> agreementsByPerson) {

    public ActivationInfo {
        var copy = new TreeMap<String, Integer>();
        if (agreementsByPerson != null) {
            agreementsByPerson.forEach((id, count) -> {
                if (id == null || count == null || count < 0) {
                    throw new IllegalArgumentException("agreement counts need a person id and a count of 0 or more");
                }
                copy.put(id, count);
            });
        }
        agreementsByPerson = Collections.unmodifiableSortedMap(copy);
    }

    /** No plan yet. */
    public static ActivationInfo none() {
        return new ActivationInfo(false, Map.of());
    }

    /** A plan exists with these agreement counts per person. */
    public static ActivationInfo plans(Map<String, Integer> agreementsByPerson) {
        return new ActivationInfo(true, agreementsByPerson);
    }

    public int agreementsOf(String personId) {
        return agreementsByPerson.getOrDefault(personId, 0);
    }
}
