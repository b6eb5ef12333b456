package nl.kring.network.render;

import nl.kring.network.domain.Position;

/**
 * Where a {@link Position} lies on the drawn map, and back.
 *
 * <p>Map units: the centre at (0, 0), the outer circle at radius 100, x to the right and y
 * <em>downwards</em> as in SVG and Java2D. A position at angle a (degrees, counter-clockwise from the
 * positive x-axis) and distance d lies at {@code x = d·cos(a)}, {@code y = −d·sin(a)}. So angles 0 to
 * 90 (family) are the upper right quarter, 90 to 180 (friends) the upper left, −180 to −90
 * (school/work) the lower left and −90 to 0 (professionals) the lower right.
 *
 * <p>This is easyNWK's orientation (fhstp/easynwk-web, {@code src/components/NetworkMap.vue}: marks at
 * {@code x = distance·cos(angle)}, {@code y = −distance·sin(angle)}, a click turned back with
 * {@code atan2(−y, x)}; sector labels in {@code NetworkMapSectors.vue}: family top right, friends top
 * left, colleagues bottom left, professional helpers bottom right). A map drawn by Kring therefore
 * looks like the same map in easyNWK.
 *
 * <p>Persons beyond the outer edge (distance above 100, outside the map and not counted) are not drawn
 * at their true distance, which may be far off the drawing, but in a narrow ring just outside the
 * outer circle, from {@link #OUTSIDE_RING_FROM} to {@link #OUTSIDE_RING_TO}; further away still means
 * further out in that ring.
 */
public final class MapGeometry {

    /** Radius of the outer circle in map units. */
    public static final double RADIUS = Position.MAP_EDGE;
    /** Inner edge of the ring in which persons outside the map are drawn. */
    public static final double OUTSIDE_RING_FROM = 104.0;
    /** Outer edge of that ring. */
    public static final double OUTSIDE_RING_TO = 113.0;
    /** Half the width of the drawing: the view box runs from −120 to 120 both ways. */
    public static final double VIEW_HALF = 120.0;

    private MapGeometry() {
    }

    /** A point in map units. */
    public record Point(double x, double y) {
    }

    /** The exact place of a position: {@code (d·cos a, −d·sin a)}. */
    public static Point toPoint(Position position) {
        double radians = Math.toRadians(position.angle());
        double d = position.distance();
        return new Point(d * Math.cos(radians), -d * Math.sin(radians));
    }

    /**
     * Where a position is drawn: its exact place on the map, or, beyond the outer edge, in the ring
     * just outside it ({@link #drawnDistance(double)}).
     */
    public static Point drawnPoint(Position position) {
        double radians = Math.toRadians(position.angle());
        double d = drawnDistance(position.distance());
        return new Point(d * Math.cos(radians), -d * Math.sin(radians));
    }

    /**
     * The distance from the centre at which a person at {@code distance} is drawn: the distance itself
     * up to 100; beyond it {@code 104 + 9·(1 − 100/distance)}, which grows with the distance and stays
     * below 113.
     */
    public static double drawnDistance(double distance) {
        if (distance <= RADIUS) {
            return distance;
        }
        return OUTSIDE_RING_FROM + (OUTSIDE_RING_TO - OUTSIDE_RING_FROM) * (1.0 - RADIUS / distance);
    }

    /**
     * The position at a point of the map, for the editor when a person is dropped or the map is
     * clicked: the inverse of {@link #toPoint(Position)}. As in easyNWK, the angle is
     * {@code atan2(−y, x)}, so a point exactly on the negative x-axis gets −180 (school/work) and the
     * centre itself gets angle 0 and distance 0. The distance is not limited: a point beyond the outer
     * circle gives a position outside the map.
     */
    public static Position toPosition(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates: " + x + ", " + y);
        }
        double distance = Math.hypot(x, y);
        if (distance == 0.0) {
            return new Position(0.0, 0.0);
        }
        double angle = Math.toDegrees(Math.atan2(-y, x));
        return new Position(Math.max(-180.0, Math.min(180.0, angle)), distance);
    }

    /** The position at a point, see {@link #toPosition(double, double)}. */
    public static Position toPosition(Point point) {
        return toPosition(point.x(), point.y());
    }

    /**
     * The position of a point <em>on the drawing</em>: like {@link #toPosition(double, double)} inside
     * the outer circle, but a point in the outside ring is turned back with the inverse of
     * {@link #drawnDistance(double)}, so that a person dragged within the ring stays where it was
     * dropped. Between the outer circle and the ring the distance is taken as it is (just outside the
     * map); points beyond the ring count as its outer edge.
     */
    public static Position fromDrawnPoint(double x, double y) {
        var exact = toPosition(x, y);
        double r = exact.distance();
        if (r < OUTSIDE_RING_FROM) {
            return exact;
        }
        double width = OUTSIDE_RING_TO - OUTSIDE_RING_FROM;
        double share = Math.min(r - OUTSIDE_RING_FROM, width * 0.99) / width;
        double distance = Math.max(OUTSIDE_RING_FROM, RADIUS / (1.0 - share));
        return new Position(exact.angle(), distance);
    }

    /** The centre of the map. */
    public static Point centre() {
        return new Point(0.0, 0.0);
    }
}
