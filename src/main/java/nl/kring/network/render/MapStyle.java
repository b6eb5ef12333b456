package nl.kring.network.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.EnumMap;
import java.util.Map;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.SupportType;

/**
 * Sizes, shapes and colours shared by the SVG and the Java2D drawing, so that both look alike. All
 * sizes are in map units (the outer circle has radius 100).
 */
final class MapStyle {

    private MapStyle() {
    }

    // Circles of closeness, from the outer edge inwards: a light green that gets lighter to the centre.
    static final String OUTER_FILL = "#dcefd6";
    static final String MIDDLE_FILL = "#e8f4e4";
    static final String INNER_FILL = "#f4faf2";
    static final String CIRCLE_STROKE = "#93b58a";
    static final double CIRCLE_STROKE_WIDTH = 0.4;
    static final String OUTSIDE_STROKE = "#b0b0b0";
    static final String SECTOR_LINE = "#ffffff";
    static final double SECTOR_LINE_WIDTH = 1.2;
    static final String SECTOR_LABEL = "#4a4a4a";
    static final double SECTOR_LABEL_SIZE = 4.6;

    static final String PERSON_FILL = "#363636";
    static final String PERSON_OUTLINE = "#ffffff";
    static final double PERSON_OUTLINE_WIDTH = 0.35;
    static final String CENTRE_FILL = "#1d4f91";
    static final double CENTRE_SCALE = 1.5;
    static final String LABEL_FILL = "#1f1f1f";
    static final double LABEL_SIZE = 3.6;
    static final double LABEL_GAP = 3.4;
    static final String LABEL_HALO = "#ffffff";
    static final double LABEL_HALO_WIDTH = 0.9;
    /** The thin line from a person to a name that had to stand farther away. */
    static final String LEADER = "#6d6d6d";
    static final double LEADER_WIDTH = 0.3;

    static final String CENTRE_TIE = "#8c8c8c";
    static final double CENTRE_TIE_WIDTH = 0.35;
    static final String STRONG_CENTRE_TIE = "#5a5a5a";
    static final double STRONG_CENTRE_TIE_WIDTH = 1.1;
    static final String TIE = "#6f8fb0";
    static final double TIE_WIDTH = 0.4;
    static final String CONFLICT = "#c62828";
    static final double[] CONFLICT_DASH = {2.0, 1.2};
    static final double CONFLICT_RING = 3.5;
    static final double CONFLICT_RING_WIDTH = 0.5;
    static final double[] CONFLICT_RING_DASH = {1.2, 0.8};

    static final String DECEASED = "#363636";
    static final double DECEASED_WIDTH = 0.45;
    /** Where the small cross of a deceased person stands, relative to the symbol: above it, clear of the name. */
    static final double DECEASED_X = 0.0;
    static final double DECEASED_Y = -4.4;

    static final double SUPPORT_DOT = 0.75;
    static final double SUPPORT_SPACING = 1.9;
    static final double SUPPORT_Y = 3.5;
    static final double SUPPORT_RING_WIDTH = 0.35;

    static final double HIGHLIGHT_RING = 4.6;
    static final double HIGHLIGHT_WIDTH = 0.9;
    static final double GHOST_OPACITY = 0.45;
    static final double OUTSIDE_OPACITY = 0.7;

    private static final Map<SupportType, String> SUPPORT_COLOURS = new EnumMap<>(Map.of(
            // Okabe–Ito colours, told apart by most people with a colour vision deficiency.
            SupportType.EMOTIONAL, "#cc79a7",
            SupportType.PRACTICAL, "#e69f00",
            SupportType.INFORMATIONAL, "#0072b2",
            SupportType.NORMATIVE, "#009e73",
            SupportType.COMPANIONSHIP, "#56b4e9",
            SupportType.LINKING, "#7b3294"));

    private static final Map<HighlightKind, String> HIGHLIGHT_COLOURS = new EnumMap<>(Map.of(
            HighlightKind.ADDED, "#2e7d32",
            HighlightKind.REMOVED, "#6d6d6d",
            HighlightKind.CLOSER, "#1565c0",
            HighlightKind.FURTHER, "#e65100"));

    static String supportColour(SupportType type) {
        return SUPPORT_COLOURS.get(type);
    }

    static String highlightColour(HighlightKind kind) {
        return HIGHLIGHT_COLOURS.get(kind);
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** The shape that stands for a person. */
    enum Symbol {
        /** Female. */
        CIRCLE,
        /** Male. */
        SQUARE,
        /** Other gender or not given. */
        DIAMOND,
        /** A pet or something other than a person. */
        STAR;

        static final double CIRCLE_RADIUS = 2.2;
        /** Half the side of a square with the area of the circle. */
        static final double SQUARE_HALF = 1.95;
        static final double DIAMOND_HALF = 2.6;
        static final double STAR_OUTER = 2.9;
        static final double STAR_INNER = 1.25;

        static Symbol of(MapPerson person) {
            if (person.kind() != EntryKind.PERSON) {
                return STAR;
            }
            return of(person.gender());
        }

        static Symbol of(Gender gender) {
            return switch (gender) {
                case FEMALE -> CIRCLE;
                case MALE -> SQUARE;
                case OTHER, UNKNOWN -> DIAMOND;
            };
        }

        String cssName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Corner points x0, y0, x1, y1, ... of the polygon, around (0, 0); empty for the circle. */
        double[] points(double scale) {
            return switch (this) {
                case CIRCLE -> new double[0];
                case SQUARE -> scaled(scale, -SQUARE_HALF, -SQUARE_HALF, SQUARE_HALF, -SQUARE_HALF,
                        SQUARE_HALF, SQUARE_HALF, -SQUARE_HALF, SQUARE_HALF);
                case DIAMOND -> scaled(scale, 0, -DIAMOND_HALF, DIAMOND_HALF, 0, 0, DIAMOND_HALF, -DIAMOND_HALF, 0);
                case STAR -> star(scale);
            };
        }

        private static double[] scaled(double scale, double... points) {
            for (int i = 0; i < points.length; i++) {
                points[i] *= scale;
            }
            return points;
        }

        private static double[] star(double scale) {
            var points = new double[20];
            for (int i = 0; i < 10; i++) {
                double radius = (i % 2 == 0 ? STAR_OUTER : STAR_INNER) * scale;
                double angle = Math.toRadians(-90.0 + 36.0 * i);
                points[2 * i] = radius * Math.cos(angle);
                points[2 * i + 1] = radius * Math.sin(angle);
            }
            return points;
        }

        /** The symbol as a Java2D shape centred on (x, y). */
        Shape shape(double x, double y, double scale) {
            if (this == CIRCLE) {
                double r = CIRCLE_RADIUS * scale;
                return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            }
            var points = points(scale);
            var path = new Path2D.Double();
            path.moveTo(points[0], points[1]);
            for (int i = 2; i < points.length; i += 2) {
                path.lineTo(points[i], points[i + 1]);
            }
            path.closePath();
            return AffineTransform.getTranslateInstance(x, y).createTransformedShape(path);
        }
    }
}
