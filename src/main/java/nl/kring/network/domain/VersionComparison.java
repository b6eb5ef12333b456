package nl.kring.network.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two versions of a map, person by person (ids are stable across versions):
 * who was added or removed, who moved closer to or further from the centre, and which support each
 * person started or stopped giving to the centre.
 */
public record VersionComparison(
        int fromNumber,
        int toNumber,
        List<String> added,
        List<String> removed,
        List<Move> closer,
        List<Move> further,
        List<SupportChange> supportChanges) {

    /** Moves smaller than this (in map units, the map's radius being 100) are a nudge, not a change. */
    public static final double MOVE_TOLERANCE = 2.0;

    public record Move(String personId, double fromDistance, double toDistance) {}

    public record SupportChange(String personId, Set<SupportType> gained, Set<SupportType> lost) {}

    public boolean unchanged() {
        return added.isEmpty() && removed.isEmpty() && closer.isEmpty() && further.isEmpty() && supportChanges.isEmpty();
    }

    public static VersionComparison between(MapVersion from, MapVersion to) {
        var added = new ArrayList<String>();
        var removed = new ArrayList<String>();
        var closer = new ArrayList<Move>();
        var further = new ArrayList<Move>();
        var support = new ArrayList<SupportChange>();
        for (var person : to.persons()) {
            var before = from.person(person.id());
            if (before.isEmpty()) {
                added.add(person.id());
                if (!person.supportGivenToCentre().isEmpty()) {
                    support.add(new SupportChange(person.id(), person.supportGivenToCentre(), Set.of()));
                }
                continue;
            }
            double was = before.get().position().distance();
            double is = person.position().distance();
            if (is < was - MOVE_TOLERANCE) {
                closer.add(new Move(person.id(), was, is));
            } else if (is > was + MOVE_TOLERANCE) {
                further.add(new Move(person.id(), was, is));
            }
            var gained = EnumSet.noneOf(SupportType.class);
            gained.addAll(person.supportGivenToCentre());
            gained.removeAll(before.get().supportGivenToCentre());
            var lost = EnumSet.noneOf(SupportType.class);
            lost.addAll(before.get().supportGivenToCentre());
            lost.removeAll(person.supportGivenToCentre());
            if (!gained.isEmpty() || !lost.isEmpty()) {
                support.add(new SupportChange(person.id(), Set.copyOf(gained), Set.copyOf(lost)));
            }
        }
        for (var person : from.persons()) {
            if (to.person(person.id()).isEmpty()) {
                removed.add(person.id());
                if (!person.supportGivenToCentre().isEmpty()) {
                    support.add(new SupportChange(person.id(), Set.of(), person.supportGivenToCentre()));
                }
            }
        }
        return new VersionComparison(from.number(), to.number(), List.copyOf(added), List.copyOf(removed),
                List.copyOf(closer), List.copyOf(further), List.copyOf(support));
    }
}
