package nl.kring.network.web;

import nl.kring.network.domain.Circle;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Sector;

/** Where a person added through the form lands: inside the chosen sector and circle, away from the others. */
final class Placement {

    private Placement() {}

    static Position free(MapVersion map, Sector sector, Circle circle) {
        double start = switch (sector) {
            case SCHOOL_WORK -> -180;
            case PROFESSIONALS -> -90;
            case FAMILY -> 0;
            case FRIENDS -> 90;
        };
        double distance = circle == null ? 110 : switch (circle) {
            case INNER -> 20;
            case MIDDLE -> 50;
            case OUTER -> 83;
        };
        long already = map.persons().stream()
                .filter(p -> p.sector().orElse(null) == sector && p.circle().orElse(null) == circle)
                .count();
        // golden-ratio steps spread persons over the sector without two landing on the same spot
        double fraction = ((already + 1) * 0.6180339887) % 1.0;
        double angle = start + 8 + fraction * 74;
        double ring = distance + ((already % 3) - 1) * 6;
        return new Position(Math.max(-180, Math.min(180, angle)), Math.max(1, ring));
    }
}
