package nl.kring.catalogue.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One entry of the catalogue, in the template of seed 003: in a nutshell, the elements of normalising
 * present, what works, what could be better, for whom, by whom, what it needs, contact, region and its place
 * on the two dimensions. The text is Dutch, as the initiatives are Dutch; the codebooks are translated.
 *
 * @param id stable across versions, a short lower-case name such as {@code buurtgezinnen}
 * @param ages the ages of the children or young people it is for; {@code null} when it is not tied to an age
 * @param website the initiative's own web address, or {@code null}
 * @param places the municipalities or regions where it is offered (the filter looks here)
 * @param national offered across the Netherlands, in many places
 */
public record Initiative(
        String id,
        Origin origin,
        String name,
        String nutshell,
        Set<Element> elements,
        List<String> whatWorks,
        List<String> couldBeBetter,
        String forWhom,
        AgeRange ages,
        Set<TargetGroup> targetGroups,
        String byWhom,
        Set<Supporter> supporters,
        List<String> needs,
        String contact,
        String website,
        String region,
        List<String> places,
        boolean national,
        Formality formality,
        Reach reach) {

    public Initiative {
        Objects.requireNonNull(id);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(name);
        Objects.requireNonNull(formality);
        Objects.requireNonNull(reach);
        elements = sorted(elements, Element.class);
        targetGroups = sorted(targetGroups, TargetGroup.class);
        supporters = sorted(supporters, Supporter.class);
        whatWorks = whatWorks == null ? List.of() : List.copyOf(whatWorks);
        couldBeBetter = couldBeBetter == null ? List.of() : List.copyOf(couldBeBetter);
        needs = needs == null ? List.of() : List.copyOf(needs);
        places = places == null ? List.of() : List.copyOf(places);
        nutshell = nutshell == null ? "" : nutshell;
        forWhom = forWhom == null ? "" : forWhom;
        byWhom = byWhom == null ? "" : byWhom;
        contact = contact == null ? "" : contact;
        region = region == null ? "" : region;
        website = website == null || website.isBlank() ? null : website;
    }

    private static <E extends Enum<E>> SortedSet<E> sorted(Collection<E> values, Class<E> type) {
        var set = values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(set));
    }

    /** Whether every given element is present (the filter's rule: all of them, not some). */
    public boolean hasAll(Collection<Element> wanted) {
        return elements.containsAll(wanted);
    }

    /** Offered for a child or young person of this age; an initiative not tied to an age is for every age. */
    public boolean fitsAge(int age) {
        return ages == null || ages.contains(age);
    }

    /**
     * Offered in this place: always when national (offered in many municipalities: the entry says where to
     * ask), else when the name of one of its places contains the given text, ignoring case ("haag" finds
     * both Den Haag and Haaglanden).
     */
    public boolean offeredIn(String place) {
        if (national) {
            return true;
        }
        var wanted = place.strip().toLowerCase(java.util.Locale.ROOT);
        return places.stream().anyMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains(wanted));
    }

    /** The same content under a new id and origin (for an entry submitted as new). */
    public Initiative withIdAndOrigin(String newId, Origin newOrigin) {
        return new Initiative(newId, newOrigin, name, nutshell, elements, whatWorks, couldBeBetter, forWhom, ages, targetGroups, byWhom,
                supporters, needs, contact, website, region, places, national, formality, reach);
    }
}
