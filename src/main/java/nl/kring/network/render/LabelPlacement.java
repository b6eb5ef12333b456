package nl.kring.network.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Sector;
import nl.kring.network.render.MapGeometry.Point;
import nl.kring.network.render.MapStyle.Symbol;

/**
 * Where the names of the persons stand on the map, the one placement that the SVG ({@link MapSvg}),
 * the PNG and the PDF ({@link MapPainter}) all draw, so a name stands at the same place in every
 * output and in print.
 *
 * <p>Every name is a box: its width measured in the map's font ({@link TextMetrics}), its height that
 * of the letters, with room for the white halo. Every person's symbol is a box too, with its support
 * marks below it and the cross of a deceased person above it; so are the centre, the centre's name and
 * the names of the sectors. The names are placed one after another, the persons nearest the centre
 * first (they are usually the most important and stand where the map is most crowded), then the
 * others outwards, then the faint persons of an earlier version. Each name takes the first place,
 * from a fixed list of candidates, where its box overlaps no box placed or drawn before and crosses no
 * leader line, where its own leader line (if it needs one) crosses no other name or symbol, and which
 * stays on the drawing:
 * <ol>
 *   <li>beside the symbol, on the side where it always stood (left on the left half of the map
 *       unless it would run off the drawing), then on the other side, then just above and just
 *       below the symbol;</li>
 *   <li>then farther away, with a thin leader line from the symbol to the name: on rings from 6 to
 *       34 map units around the person, in 16 directions per ring, the direction away from the
 *       centre first.</li>
 * </ol>
 * When no candidate is free (a map too crowded for all its names) the name takes the candidate that
 * overlaps least (overlapping a symbol counts three times, a line crossed as 4 square units). The same
 * map with the same options always gives the same placement: the order and the candidates depend on
 * nothing else, not even the order of the persons on the map.
 *
 * <p>To stay fast on large maps, what is placed is kept in a grid of cells, so a candidate is only
 * compared with what lies near it, and in a bitmap of whole square units, which gives at once a lower
 * bound of a candidate's overlap: on a crowded map most candidates are set aside by that bound
 * without comparing boxes. Placement is pure computation on the map's geometry and the font's
 * widths; nothing here draws.
 */
public final class LabelPlacement {

    /** Space kept free around a name's letters: about half the white halo drawn behind them. */
    static final double PADDING = 0.35;
    /**
     * Room around a symbol for its outline: half the outline, so that a name beside the largest
     * symbol (the star) just touches it.
     */
    static final double SYMBOL_MARGIN = 0.15;
    /** How far a name stays inside the edge of the drawing. */
    static final double VIEW_MARGIN = 0.5;
    /** Distances from the person, in map units, of the rings of candidates that need a leader line. */
    private static final double[] RINGS = {6.0, 8.5, 11.5, 15.0, 19.0, 23.5, 28.5, 34.0};
    private static final int DIRECTIONS = 16;
    /** A name this close to its person's symbol (in map units) needs no leader line. */
    private static final double LEADER_MIN = 1.2;
    /** Space between a person's symbol and the start of its leader line. */
    private static final double LEADER_GAP = 0.4;
    /** What a leader line through a name or symbol costs, in units of overlapping area. */
    private static final double LINE_CROSSED = 4.0;
    /** How much more an overlap with a symbol counts than an overlap with another name. */
    private static final double SYMBOL_WEIGHT = 3.0;

    private LabelPlacement() {
    }

    /** How the text of a name is anchored at its {@link Label#x()}: as SVG's {@code text-anchor}. */
    public enum Anchor {
        START, MIDDLE, END;

        /** The value of SVG's {@code text-anchor} attribute. */
        public String svg() {
            return switch (this) {
                case START -> "start";
                case MIDDLE -> "middle";
                case END -> "end";
            };
        }
    }

    /** A rectangle on the map, in map units (y downwards). */
    public record Box(double left, double top, double right, double bottom) {

        public double width() {
            return right - left;
        }

        public double height() {
            return bottom - top;
        }

        public double area() {
            return width() * height();
        }

        /** Whether the two boxes share more than a hair of area (touching edges do not count). */
        public boolean overlaps(Box other) {
            return overlapArea(other) > 1e-6;
        }

        /** The area the two boxes share. */
        public double overlapArea(Box other) {
            double w = Math.min(right, other.right) - Math.max(left, other.left);
            double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }
    }

    /**
     * Where one name stands.
     *
     * @param personId the person (on the map or a faint person of an earlier version)
     * @param text the name as drawn
     * @param anchor how the text hangs at {@code x}
     * @param x the anchor of the text, in map units
     * @param baseline the baseline of the text, in map units
     * @param width the width of the text
     * @param box the space the name takes, letters and halo
     * @param leaderFrom start of the leader line at the person's symbol, or null when the name stands
     *        right beside it
     * @param leaderTo end of the leader line at the name's box, or null
     */
    public record Label(String personId, String text, Anchor anchor, double x, double baseline, double width,
            Box box, Point leaderFrom, Point leaderTo) {

        /** Whether a leader line joins the name to its person. */
        public boolean hasLeader() {
            return leaderFrom != null;
        }

        /** Where the text starts (its left end), whatever its anchor. */
        public double start() {
            return switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
        }
    }

    /**
     * The placement of a whole map.
     *
     * @param labels the name of each person that has one, by person id, in the order they were placed
     * @param symbols the boxes of the persons' symbols (with support marks and crosses) and of the centre
     * @param fixed the other texts that names keep clear of: the centre's name and the sector names
     */
    public record Placement(Map<String, Label> labels, List<Box> symbols, List<Box> fixed) {

        public Placement {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            symbols = List.copyOf(symbols);
            fixed = List.copyOf(fixed);
        }

        /** The name of a person, or null when none is drawn. */
        public Label label(String personId) {
            return labels.get(personId);
        }
    }

    /** The box of the drawing, less the margin that names keep from its edge. */
    static Box view() {
        double edge = MapGeometry.VIEW_HALF - VIEW_MARGIN;
        return new Box(-edge, -edge, edge, edge);
    }

    /** The placement of the names of {@code version} (and of the options' faint persons) as drawn with {@code options}. */
    public static Placement place(MapVersion version, SvgOptions options) {
        var persons = new ArrayList<Drawn>(version.persons().size() + options.ghosts().size());
        for (MapPerson person : version.persons()) {
            var at = MapGeometry.drawnPoint(person.position());
            persons.add(new Drawn(person, at, false, symbolBox(person, at, options)));
        }
        for (MapPerson ghost : options.ghosts()) {
            var at = MapGeometry.drawnPoint(ghost.position());
            persons.add(new Drawn(ghost, at, true, symbolBox(ghost, at, options)));
        }
        var index = new Index();
        var symbols = new ArrayList<Box>(persons.size() + 1);
        var centre = centreBox(version);
        symbols.add(centre);
        index.add(centre, SYMBOL_WEIGHT);
        for (Drawn drawn : persons) {
            symbols.add(drawn.box());
            index.add(drawn.box(), SYMBOL_WEIGHT);
        }
        var fixed = new ArrayList<Box>(5);
        var labels = Labels.of(options.labels());
        for (Sector sector : Sector.values()) {
            var place = MapSvg.SectorLabel.of(sector);
            String text = labels.get(sector);
            double width = TextMetrics.width(text, MapStyle.SECTOR_LABEL_SIZE, true);
            double left = place.end() ? place.x() - width : place.x();
            fixed.add(textBox(left, place.y(), width, MapStyle.SECTOR_LABEL_SIZE));
        }
        String centreName = options.nameOfCentre(version.centre());
        if (options.showNames() && !centreName.isBlank()) {
            double width = TextMetrics.width(centreName, MapStyle.LABEL_SIZE, true);
            fixed.add(textBox(-width / 2, MapSvg.centreLabelY(), width, MapStyle.LABEL_SIZE));
        }
        fixed.forEach(box -> index.add(box, 1.0));

        var placed = new LinkedHashMap<String, Label>();
        if (options.showNames()) {
            persons.sort(Comparator.comparing(Drawn::ghost)
                    .thenComparingDouble(d -> Math.hypot(d.at().x(), d.at().y()))
                    .thenComparing(d -> d.person().id()));
            var view = view();
            for (Drawn drawn : persons) {
                var label = place(drawn, options.nameOfPerson(drawn.person()), index, view);
                placed.put(drawn.person().id(), label);
                if (!label.text().isEmpty()) {
                    index.add(label.box(), 1.0);
                    if (label.hasLeader()) {
                        index.add(label.leaderFrom(), label.leaderTo());
                    }
                }
            }
        }
        return new Placement(placed, symbols, fixed);
    }

    /** A person as drawn, with the box of its symbol. */
    private record Drawn(MapPerson person, Point at, boolean ghost, Box box) {
    }

    private static Label place(Drawn drawn, String text, Index index, Box view) {
        var candidates = new Candidates(drawn, text);
        var spot = new Spot();
        if (text.isEmpty()) {
            candidates.fill(0, spot);
            return spot.label(drawn, text, candidates.width);
        }
        // First the candidates in order: the first one that is free wins. A quick lower bound of what
        // each costs (off the drawing counts most, then squares wholly covered; nearer places win ties)
        // is kept for when none is free.
        double[] lower = new double[CANDIDATES];
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.fill(i, spot);
            double outside = spot.outside(view);
            int covered = index.solid(spot);
            lower[i] = 20 * outside + 0.01 * i + covered;
            if (outside <= 1e-9 && covered == 0) {
                double overlap = index.overlap(spot, drawn.box(), 0);
                if (overlap == 0) {
                    return spot.label(drawn, text, candidates.width);
                }
                lower[i] += overlap; // the part counted before counting stopped
            }
        }
        // A map too crowded for a free place: the candidate that overlaps least, found by looking at
        // the candidates from the lowest bound up until the bound reaches the best found.
        // (Sorted as bound and number in one long; the bound as a float is close enough for the order.)
        long[] order = new long[CANDIDATES];
        for (int i = 0; i < CANDIDATES; i++) {
            order[i] = ((long) Float.floatToIntBits((float) lower[i]) << 32) | i;
        }
        java.util.Arrays.sort(order);
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (long key : order) {
            int i = (int) key;
            if (lower[i] >= bestScore) {
                continue;
            }
            candidates.fill(i, spot);
            double score = 20 * spot.outside(view) + 0.01 * i;
            score += index.overlap(spot, drawn.box(), bestScore - score);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        candidates.fill(best, spot);
        return spot.label(drawn, text, candidates.width);
    }

    /** Number of candidate places of a name: 4 beside the symbol, then the rings. */
    private static final int CANDIDATES = 4 + RINGS.length * DIRECTIONS;
    /** Cosine and sine of the turns 0, +22.5°, −22.5°, +45°, ... from the direction away from the centre. */
    private static final double[] TURN_COS = new double[DIRECTIONS];
    private static final double[] TURN_SIN = new double[DIRECTIONS];

    static {
        for (int k = 0; k < DIRECTIONS; k++) {
            int step = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
            TURN_COS[k] = Math.cos(step * 2 * Math.PI / DIRECTIONS);
            TURN_SIN[k] = Math.sin(step * 2 * Math.PI / DIRECTIONS);
        }
    }

    /**
     * One candidate place of a name while it is tried, in plain numbers so that trying a hundred
     * places makes no garbage; only the chosen one becomes a {@link Label}.
     */
    private static final class Spot {
        Anchor anchor;
        double x;
        double baseline;
        double left;
        double top;
        double right;
        double bottom;
        /** The person whose name this is. */
        Drawn person;
        /** Whether {@link #leader} and the line's ends are worked out yet: only for candidates looked at closely. */
        boolean leaderKnown;
        boolean leader;
        double fromX;
        double fromY;
        double toX;
        double toY;

        /** Whether the name needs a leader line, and where it runs: from just outside the symbol to the name's box. */
        boolean hasLeader() {
            if (leaderKnown) {
                return leader;
            }
            leaderKnown = true;
            leader = false;
            var at = person.at();
            var own = person.box();
            double nearestX = Math.max(left, Math.min(right, at.x()));
            double nearestY = Math.max(top, Math.min(bottom, at.y()));
            double dx = nearestX - at.x();
            double dy = nearestY - at.y();
            double length = Math.sqrt(dx * dx + dy * dy);
            if (length == 0) {
                return false;
            }
            double ux = dx / length;
            double uy = dy / length;
            // Where the line from the person towards the name leaves the person's own box.
            double exit = Math.min(
                    ux > 0 ? (own.right() - at.x()) / ux : ux < 0 ? (at.x() - own.left()) / -ux : Double.POSITIVE_INFINITY,
                    uy > 0 ? (own.bottom() - at.y()) / uy : uy < 0 ? (at.y() - own.top()) / -uy : Double.POSITIVE_INFINITY);
            if (length <= exit + LEADER_MIN) {
                return false;
            }
            double startAt = exit + LEADER_GAP;
            leader = true;
            fromX = at.x() + ux * startAt;
            fromY = at.y() + uy * startAt;
            toX = nearestX;
            toY = nearestY;
            return true;
        }

        /** The area of the name's box off the drawing. */
        double outside(Box view) {
            return (right - left) * (bottom - top) - area(left, top, right, bottom, view);
        }

        Label label(Drawn drawn, String text, double width) {
            var box = new Box(left, top, right, bottom);
            return hasLeader()
                    ? new Label(drawn.person().id(), text, anchor, x, baseline, width, box,
                            new Point(fromX, fromY), new Point(toX, toY))
                    : new Label(drawn.person().id(), text, anchor, x, baseline, width, box, null, null);
        }
    }

    /** The area a box given by its sides shares with {@code other}; boxes that only touch (up to rounding) share none. */
    private static double area(double left, double top, double right, double bottom, Box other) {
        double w = Math.min(right, other.right()) - Math.max(left, other.left());
        double h = Math.min(bottom, other.bottom()) - Math.max(top, other.top());
        return w <= TOUCH || h <= TOUCH ? 0 : w * h;
    }

    /** Boxes closer than this (in map units) to not overlapping count as touching. */
    private static final double TOUCH = 1e-9;

    /** The candidate places of one name, in the order they are tried. */
    private static final class Candidates {
        private final Drawn drawn;
        final double width;
        private final boolean left;
        private final double outwardCos;
        private final double outwardSin;

        Candidates(Drawn drawn, String text) {
            this.drawn = drawn;
            this.width = TextMetrics.width(text, MapStyle.LABEL_SIZE, false);
            double x = drawn.at().x();
            double y = drawn.at().y();
            this.left = onTheLeft(x, width);
            double r = Math.sqrt(x * x + y * y);
            this.outwardCos = r == 0 ? (left ? -1 : 1) : x / r;
            this.outwardSin = r == 0 ? 0 : y / r;
        }

        /** Candidate {@code i} into {@code spot}. */
        void fill(int i, Spot spot) {
            double x = drawn.at().x();
            double y = drawn.at().y();
            var own = drawn.box();
            double baseline = y + MapStyle.LABEL_SIZE * 0.35;
            double gap = 2 * PADDING;
            switch (i) {
                case 0, 1 -> {
                    // beside the symbol: the usual side first, then the other
                    boolean onLeft = left == (i == 0);
                    if (onLeft) {
                        place(spot, Anchor.END, x - MapStyle.LABEL_GAP, baseline);
                    } else {
                        place(spot, Anchor.START, x + MapStyle.LABEL_GAP, baseline);
                    }
                }
                case 2 -> place(spot, Anchor.MIDDLE, x,
                        own.top() - gap - PADDING - MapStyle.LABEL_SIZE * TextMetrics.DESCENT);
                case 3 -> place(spot, Anchor.MIDDLE, x,
                        own.bottom() + gap + PADDING + MapStyle.LABEL_SIZE * TextMetrics.ASCENT);
                default -> {
                    int k = (i - 4) % DIRECTIONS;
                    double ring = RINGS[(i - 4) / DIRECTIONS];
                    double c = outwardCos * TURN_COS[k] - outwardSin * TURN_SIN[k];
                    double s = outwardSin * TURN_COS[k] + outwardCos * TURN_SIN[k];
                    double px = x + ring * c;
                    double py = y + ring * s;
                    // The name hangs from the point on the ring by its nearest side or corner.
                    Anchor anchor = c > 0.3 ? Anchor.START : c < -0.3 ? Anchor.END : Anchor.MIDDLE;
                    double anchorX = switch (anchor) {
                        case START -> px + PADDING;
                        case END -> px - PADDING;
                        case MIDDLE -> px;
                    };
                    double textHeight = MapStyle.LABEL_SIZE * (TextMetrics.ASCENT + TextMetrics.DESCENT);
                    double top = s > 0.3 ? py : s < -0.3 ? py - textHeight - gap : py - (textHeight + gap) / 2;
                    place(spot, anchor, anchorX, top + PADDING + MapStyle.LABEL_SIZE * TextMetrics.ASCENT);
                }
            }
        }

        /** The name anchored at x on the baseline; its leader line is worked out when asked for. */
        private void place(Spot spot, Anchor anchor, double x, double baseline) {
            double start = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
            spot.anchor = anchor;
            spot.x = x;
            spot.baseline = baseline;
            double size = MapStyle.LABEL_SIZE;
            spot.left = start - PADDING;
            spot.top = baseline - size * TextMetrics.ASCENT - PADDING;
            spot.right = start + width + PADDING;
            spot.bottom = baseline + size * TextMetrics.DESCENT + PADDING;

            spot.person = drawn;
            spot.leaderKnown = false;
        }
    }

    /**
     * Whether a name stands left of its symbol by default: on the left half of the map, as in easyNWK,
     * unless it would then run off the drawing while there is room on the other side.
     */
    static boolean onTheLeft(double x, double width) {
        double reach = width + MapStyle.LABEL_GAP + PADDING;
        double edge = MapGeometry.VIEW_HALF - VIEW_MARGIN;
        if (x < 0) {
            return x - reach >= -edge || x + reach > edge;
        }
        return x + reach > edge && x - reach >= -edge;
    }

    /**
     * Whether the segment from (ax, ay) to (bx, by) passes through the box: Liang–Barsky clipping, the
     * part of the segment (from t = 0 at a to 1 at b) that lies between each pair of sides.
     */
    static boolean crosses(double ax, double ay, double bx, double by, double left, double top, double right,
            double bottom) {
        if (Math.max(ax, bx) < left || Math.min(ax, bx) > right || Math.max(ay, by) < top || Math.min(ay, by) > bottom) {
            return false;
        }
        double dx = bx - ax;
        double dy = by - ay;
        double t0 = 0;
        double t1 = 1;
        // left and right sides
        if (dx == 0) {
            if (ax < left || ax > right) {
                return false;
            }
        } else {
            double ta = (left - ax) / dx;
            double tb = (right - ax) / dx;
            t0 = Math.max(t0, Math.min(ta, tb));
            t1 = Math.min(t1, Math.max(ta, tb));
        }
        // top and bottom sides
        if (dy == 0) {
            if (ay < top || ay > bottom) {
                return false;
            }
        } else {
            double ta = (top - ay) / dy;
            double tb = (bottom - ay) / dy;
            t0 = Math.max(t0, Math.min(ta, tb));
            t1 = Math.min(t1, Math.max(ta, tb));
        }
        return t1 - t0 > 1e-9;
    }

    /** The box of a text starting at {@code left} on {@code baseline}: letters, accents, descenders and halo. */
    static Box textBox(double left, double baseline, double width, double size) {
        return new Box(left - PADDING, baseline - size * TextMetrics.ASCENT - PADDING,
                left + width + PADDING, baseline + size * TextMetrics.DESCENT + PADDING);
    }

    /** The centre's symbol. */
    static Box centreBox(MapVersion version) {
        double half = half(Symbol.of(version.centre().gender())) * MapStyle.CENTRE_SCALE + 0.25;
        return new Box(-half, -half, half, half);
    }

    /** What is drawn of a person apart from the name: the symbol, support marks below it, a cross above it. */
    static Box symbolBox(MapPerson person, Point at, SvgOptions options) {
        double half = half(Symbol.of(person)) + SYMBOL_MARGIN;
        double width = half;
        double top = half;
        double bottom = half;
        if (options.showSupport() && !person.supports().isEmpty()) {
            int count = person.supports().size();
            width = Math.max(width, (count - 1) / 2.0 * MapStyle.SUPPORT_SPACING + MapStyle.SUPPORT_DOT + SYMBOL_MARGIN);
            bottom = Math.max(bottom, MapStyle.SUPPORT_Y + MapStyle.SUPPORT_DOT + SYMBOL_MARGIN);
        }
        if (person.deceased()) {
            top = Math.max(top, -(MapStyle.DECEASED_Y - 1.3) + SYMBOL_MARGIN);
        }
        return new Box(at.x() - width, at.y() - top, at.x() + width, at.y() + bottom);
    }

    private static double half(Symbol symbol) {
        return switch (symbol) {
            case CIRCLE -> Symbol.CIRCLE_RADIUS;
            case SQUARE -> Symbol.SQUARE_HALF;
            case DIAMOND -> Symbol.DIAMOND_HALF;
            case STAR -> Symbol.STAR_OUTER;
        };
    }

    /**
     * The boxes and leader lines placed so far, in a grid of square cells over the drawing, so that a
     * candidate is only compared with what lies near it.
     */
    private static final class Index {
        private static final double CELL = 10.0;
        private static final double FROM = -MapGeometry.VIEW_HALF - 20;
        private static final int SIZE = (int) Math.ceil(2 * (MapGeometry.VIEW_HALF + 20) / CELL);

        private static final class Item {
            final Box box;
            final double weight;
            final Point from;
            final Point to;
            /** The last question that looked at this item, so that an item in several cells counts once. */
            int seen;

            Item(Box box, double weight, Point from, Point to) {
                this.box = box;
                this.weight = weight;
                this.from = from;
                this.to = to;
            }
        }

        /** Per cell the boxes (names, symbols, texts) that reach into it. */
        @SuppressWarnings("unchecked")
        private final List<Item>[] cells = new List[SIZE * SIZE];
        /** Per cell the leader lines that pass through it. */
        @SuppressWarnings("unchecked")
        private final List<Item>[] lines = new List[SIZE * SIZE];
        private int question;
        private final Solid solid = new Solid();

        void add(Box box, double weight) {
            var item = new Item(box, weight, null, null);
            for (int cx = cell(box.left()); cx <= cell(box.right()); cx++) {
                for (int cy = cell(box.top()); cy <= cell(box.bottom()); cy++) {
                    add(cells, cy * SIZE + cx, item);
                }
            }
            solid.fill(box);
        }

        void add(Point from, Point to) {
            var item = new Item(null, 1.0, from, to);
            for (int cx = cell(Math.min(from.x(), to.x())); cx <= cell(Math.max(from.x(), to.x())); cx++) {
                for (int cy = cell(Math.min(from.y(), to.y())); cy <= cell(Math.max(from.y(), to.y())); cy++) {
                    if (passes(from.x(), from.y(), to.x(), to.y(), cx, cy)) {
                        add(lines, cy * SIZE + cx, item);
                    }
                }
            }
        }

        private static void add(List<Item>[] grid, int i, Item item) {
            if (grid[i] == null) {
                grid[i] = new ArrayList<>(4);
            }
            grid[i].add(item);
        }

        /** Whether the segment passes through cell (cx, cy), its edges included. */
        private static boolean passes(double ax, double ay, double bx, double by, int cx, int cy) {
            double left = FROM + cx * CELL - 1e-6;
            double top = FROM + cy * CELL - 1e-6;
            return crosses(ax, ay, bx, by, left, top, left + CELL + 2e-6, top + CELL + 2e-6)
                    || (cell(ax) == cx && cell(ay) == cy);
        }

        private static int cell(double v) {
            return Math.max(0, Math.min(SIZE - 1, (int) Math.floor((v - FROM) / CELL)));
        }

        /**
         * A lower bound of {@link #overlap}, quickly: the number of squares of one map unit that lie
         * wholly inside both the spot's box and something placed (each costs at least its area).
         */
        int solid(Spot spot) {
            return solid.shared(spot.left, spot.top, spot.right, spot.bottom);
        }

        /**
         * How much the spot overlaps what was placed: weighted area, and {@link #LINE_CROSSED} for every
         * line crossed; counting stops once the sum passes {@code enough}. {@code own} is the box of the
         * name's own person, which its leader line may cross.
         */
        double overlap(Spot spot, Box own, double enough) {
            // First the name's own box against names, symbols and lines: where most candidates fail.
            int now = ++question;
            double total = 0;
            for (int cx = cell(spot.left); cx <= cell(spot.right); cx++) {
                for (int cy = cell(spot.top); cy <= cell(spot.bottom); cy++) {
                    var boxes = cells[cy * SIZE + cx];
                    if (boxes != null) {
                        for (int n = 0; n < boxes.size(); n++) {
                            var item = boxes.get(n);
                            if (item.seen != now) {
                                item.seen = now;
                                total += item.weight * area(spot.left, spot.top, spot.right, spot.bottom, item.box);
                                if (total > enough) {
                                    return total;
                                }
                            }
                        }
                    }
                    var passing = lines[cy * SIZE + cx];
                    if (passing != null) {
                        for (int n = 0; n < passing.size(); n++) {
                            var item = passing.get(n);
                            if (item.seen != now) {
                                item.seen = now;
                                if (crosses(item.from.x(), item.from.y(), item.to.x(), item.to.y(),
                                        spot.left, spot.top, spot.right, spot.bottom)) {
                                    total += LINE_CROSSED;
                                    if (total > enough) {
                                        return total;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if (!spot.hasLeader()) {
                return total;
            }
            // Then the leader line against the names and symbols in the cells it passes through, other
            // than its own person.
            now = ++question;
            for (int cx = cell(Math.min(spot.fromX, spot.toX)); cx <= cell(Math.max(spot.fromX, spot.toX)); cx++) {
                for (int cy = cell(Math.min(spot.fromY, spot.toY)); cy <= cell(Math.max(spot.fromY, spot.toY)); cy++) {
                    var boxes = cells[cy * SIZE + cx];
                    if (boxes == null || !passes(spot.fromX, spot.fromY, spot.toX, spot.toY, cx, cy)) {
                        continue;
                    }
                    for (int n = 0; n < boxes.size(); n++) {
                        var item = boxes.get(n);
                        if (item.seen == now || item.box == own) {
                            continue;
                        }
                        item.seen = now;
                        var box = item.box;
                        if (crosses(spot.fromX, spot.fromY, spot.toX, spot.toY, box.left(), box.top(), box.right(), box.bottom())) {
                            total += LINE_CROSSED;
                            if (total > enough) {
                                return total;
                            }
                        }
                    }
                }
            }
            return total;
        }

        /**
         * The squares of one map unit that lie wholly inside a box placed so far, one bit each: the
         * squares that a candidate's box wholly covers among them are area it overlaps for certain,
         * counted without comparing boxes. (Overlaps smaller than a whole square are left to the exact
         * comparison.)
         */
        private static final class Solid {
            private static final int FROM = -128;
            private static final int SIDE = 256;
            private static final int WORDS = SIDE / 64;
            private final long[] bits = new long[SIDE * WORDS];

            void fill(Box box) {
                int x0 = column((int) Math.ceil(box.left()));
                int x1 = column((int) Math.floor(box.right()));
                int y0 = column((int) Math.ceil(box.top()));
                int y1 = column((int) Math.floor(box.bottom()));
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        bits[y * WORDS + (x >>> 6)] |= 1L << (x & 63);
                    }
                }
            }

            int shared(double left, double top, double right, double bottom) {
                int x0 = column((int) Math.ceil(left));
                int x1 = column((int) Math.floor(right));
                int y0 = column((int) Math.ceil(top));
                int y1 = column((int) Math.floor(bottom));
                if (x0 >= x1) {
                    return 0;
                }
                int count = 0;
                for (int y = y0; y < y1; y++) {
                    for (int w = x0 >>> 6; w <= (x1 - 1) >>> 6; w++) {
                        long mask = -1L;
                        if (w == x0 >>> 6) {
                            mask &= -1L << (x0 & 63);
                        }
                        if (w == (x1 - 1) >>> 6) {
                            mask &= -1L >>> (63 - ((x1 - 1) & 63));
                        }
                        count += Long.bitCount(bits[y * WORDS + w] & mask);
                    }
                }
                return count;
            }

            private static int column(int unit) {
                return Math.max(0, Math.min(SIDE, unit - FROM));
            }
        }
    }
}
