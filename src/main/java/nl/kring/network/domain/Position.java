package nl.kring.network.domain;

import java.util.Optional;

/**
 * Where a person stands on the map: the angle in degrees from the positive x-axis (−180 to +180,
 * counter-clockwise) and the distance from the centre, where 100 is the outer edge of the map.
 * This is the only place a position is stored; sector and circle are derived from it.
 *
 * <p>The derivation follows easyNWK 2.7.1 (repository fhstp/easynwk-web, commit 179b80b,
 * {@code src/data/AlterCategories.ts} function {@code sectorIndex}, {@code src/data/Horizon.ts}
 * function {@code horizonKey} and {@code src/data/Alter.ts} function {@code isConnectable}):
 * <ul>
 *   <li>a distance of 0 or less has no sector, and easyNWK leaves such an alter out of its figures;</li>
 *   <li>sector by angle, all comparisons strict: {@code angle < -90} school/work ("Kolleg*innen"),
 *       otherwise {@code angle < 0} professionals, otherwise {@code angle < 90} family, otherwise
 *       friends. So −90 is professionals, 0 is family, 90 and 180 are friends, −180 is school/work;</li>
 *   <li>circle by distance, strict as well: {@code distance < 33.33} inner, otherwise
 *       {@code distance < 66.67} middle, otherwise outer. So 33.33 is already middle and 66.67 outer;</li>
 *   <li>the outer edge belongs to the map: easyNWK's {@code isConnectable} requires
 *       {@code distance <= 100}, so 100 is inside (outer circle) and anything beyond is outside
 *       the map. (An older, now commented-out {@code horizonIndex} in easyNWK treated 100 itself as
 *       outside; Kring follows the rule easyNWK still uses for its figures.)</li>
 * </ul>
 */
public record Position(double angle, double distance) {

    /** Distance at which the middle circle starts. */
    public static final double MIDDLE_CIRCLE_FROM = 33.33;
    /** Distance at which the outer circle starts. */
    public static final double OUTER_CIRCLE_FROM = 66.67;
    /** Distance of the outer edge of the map; beyond it a person is outside the map. */
    public static final double MAP_EDGE = 100.0;

    public Position {
        if (!Double.isFinite(angle) || angle < -180.0 || angle > 180.0) {
            throw new IllegalArgumentException("angle must be a number from -180 to 180: " + angle);
        }
        if (!Double.isFinite(distance) || distance < 0.0) {
            throw new IllegalArgumentException("distance must be a number of at least 0: " + distance);
        }
    }

    /** The sector, or empty for a position on the centre itself (distance 0). */
    public Optional<Sector> sector() {
        if (distance <= 0.0) {
            return Optional.empty();
        }
        if (angle < -90.0) {
            return Optional.of(Sector.SCHOOL_WORK);
        } else if (angle < 0.0) {
            return Optional.of(Sector.PROFESSIONALS);
        } else if (angle < 90.0) {
            return Optional.of(Sector.FAMILY);
        } else {
            return Optional.of(Sector.FRIENDS);
        }
    }

    /** The circle, or empty outside the map (distance above 100). */
    public Optional<Circle> circle() {
        if (distance > MAP_EDGE) {
            return Optional.empty();
        } else if (distance < MIDDLE_CIRCLE_FROM) {
            return Optional.of(Circle.INNER);
        } else if (distance < OUTER_CIRCLE_FROM) {
            return Optional.of(Circle.MIDDLE);
        } else {
            return Optional.of(Circle.OUTER);
        }
    }

    /**
     * True when the position has a sector and lies within the outer edge: {@code 0 < distance <= 100}.
     * Only such persons are counted in the figures, as in easyNWK.
     */
    public boolean onMap() {
        return distance > 0.0 && distance <= MAP_EDGE;
    }
}
