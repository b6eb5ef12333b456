package nl.kring.network.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.Tie;
import nl.kring.network.render.MapGeometry.Point;
import nl.kring.network.render.MapStyle.Symbol;

/**
 * Draws the map with Java2D, in map units, the same as {@link MapSvg}: for the PNG on an image and for
 * the PDF on OpenPDF's Graphics2D. The caller sets up the transform so that map units land where they
 * should (the view box from −120 to 120 in both directions).
 */
final class MapPainter {

    private final Graphics2D g;
    private final SvgOptions options;
    private final Labels labels;
    private final Font labelFont;
    private final Font sectorFont;
    /** Draw a white outline behind names (PNG); in the PDF names stay plain, selectable text. */
    private final boolean textHalo;

    private MapPainter(Graphics2D g, SvgOptions options, boolean textHalo) {
        this.g = g;
        this.options = options;
        this.labels = Labels.of(options.labels());
        this.labelFont = MapFonts.awt().deriveFont((float) MapStyle.LABEL_SIZE);
        this.sectorFont = MapFonts.awt().deriveFont(Font.BOLD, (float) MapStyle.SECTOR_LABEL_SIZE);
        this.textHalo = textHalo;
    }

    /** Paints the whole map on {@code g}, which must already map map units to the output. */
    static void paint(Graphics2D g, MapVersion version, SvgOptions options, boolean textHalo) {
        hints(g);
        new MapPainter(g, options, textHalo).paint(version);
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private void paint(MapVersion version) {
        double half = MapGeometry.VIEW_HALF;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(-half, -half, 2 * half, 2 * half));
        background();

        var points = new HashMap<String, Point>();
        for (MapPerson person : version.persons()) {
            points.put(person.id(), MapGeometry.drawnPoint(person.position()));
        }
        var placement = LabelPlacement.place(version, options);
        centreTies(version, points);
        ties(version, points);
        for (MapPerson ghost : MapSvg.farthestFirst(options.ghosts())) {
            person(ghost, MapGeometry.drawnPoint(ghost.position()), HighlightKind.REMOVED, true, placement.label(ghost.id()));
        }
        for (MapPerson person : MapSvg.farthestFirst(version.persons())) {
            person(person, points.get(person.id()), options.highlights().get(person.id()), false,
                    placement.label(person.id()));
        }
        centre(version);
    }

    private void background() {
        double ring = (MapGeometry.OUTSIDE_RING_FROM + MapGeometry.OUTSIDE_RING_TO) / 2;
        g.setColor(MapStyle.color(MapStyle.OUTSIDE_STROKE));
        g.setStroke(dashed(0.3, new double[] {1, 1.5}));
        g.draw(disc(ring));
        g.setStroke(stroke(MapStyle.CIRCLE_STROKE_WIDTH));
        fillAndDraw(disc(MapGeometry.RADIUS), MapStyle.OUTER_FILL, MapStyle.CIRCLE_STROKE);
        fillAndDraw(disc(Position.OUTER_CIRCLE_FROM), MapStyle.MIDDLE_FILL, MapStyle.CIRCLE_STROKE);
        fillAndDraw(disc(Position.MIDDLE_CIRCLE_FROM), MapStyle.INNER_FILL, MapStyle.CIRCLE_STROKE);

        g.setColor(MapStyle.color(MapStyle.SECTOR_LINE));
        g.setStroke(stroke(MapStyle.SECTOR_LINE_WIDTH));
        for (int angle : new int[] {0, 90, 180, -90}) {
            var end = MapGeometry.toPoint(new Position(angle, MapGeometry.RADIUS));
            g.draw(new Line2D.Double(0, 0, end.x(), end.y()));
        }
        g.setColor(MapStyle.color(MapStyle.SECTOR_LABEL));
        g.setFont(sectorFont);
        for (Sector sector : Sector.values()) {
            var place = MapSvg.SectorLabel.of(sector);
            String text = labels.get(sector);
            double x = place.end() ? place.x() - width(sectorFont, text) : place.x();
            g.drawString(text, (float) x, (float) place.y());
        }
    }

    private void fillAndDraw(Shape shape, String fill, String stroke) {
        g.setColor(MapStyle.color(fill));
        g.fill(shape);
        g.setColor(MapStyle.color(stroke));
        g.draw(shape);
    }

    private void centreTies(MapVersion version, Map<String, Point> points) {
        for (MapPerson person : version.persons()) {
            if (person.centreTie() == CentreTie.NONE) {
                continue;
            }
            boolean strong = person.centreTie() == CentreTie.STRONG;
            boolean conflict = options.showConflict() && person.conflict();
            double width = strong ? MapStyle.STRONG_CENTRE_TIE_WIDTH : MapStyle.CENTRE_TIE_WIDTH;
            g.setColor(MapStyle.color(conflict ? MapStyle.CONFLICT
                    : strong ? MapStyle.STRONG_CENTRE_TIE : MapStyle.CENTRE_TIE));
            g.setStroke(conflict ? dashed(width, MapStyle.CONFLICT_DASH) : stroke(width));
            var end = points.get(person.id());
            g.draw(new Line2D.Double(0, 0, end.x(), end.y()));
        }
    }

    private void ties(MapVersion version, Map<String, Point> points) {
        for (Tie tie : version.ties()) {
            if (tie.selfTie()) {
                continue;
            }
            boolean conflict = options.showConflict() && tie.conflict();
            g.setColor(MapStyle.color(conflict ? MapStyle.CONFLICT : MapStyle.TIE));
            g.setStroke(conflict ? dashed(MapStyle.TIE_WIDTH, MapStyle.CONFLICT_DASH) : stroke(MapStyle.TIE_WIDTH));
            var a = points.get(tie.a());
            var b = points.get(tie.b());
            g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
        }
    }

    private void person(MapPerson person, Point at, HighlightKind highlight, boolean ghost, LabelPlacement.Label label) {
        Composite before = g.getComposite();
        boolean outside = person.position().distance() > MapGeometry.RADIUS;
        if (ghost || outside) {
            float alpha = (float) (ghost ? MapStyle.GHOST_OPACITY : MapStyle.OUTSIDE_OPACITY);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        }
        double x = at.x();
        double y = at.y();
        if (highlight != null) {
            g.setColor(MapStyle.color(MapStyle.highlightColour(highlight)));
            g.setStroke(highlight == HighlightKind.REMOVED
                    ? dashed(MapStyle.HIGHLIGHT_WIDTH, new double[] {1.5, 1})
                    : stroke(MapStyle.HIGHLIGHT_WIDTH));
            g.draw(circle(x, y, MapStyle.HIGHLIGHT_RING));
        }
        if (options.showConflict() && person.conflict()) {
            conflictRing(g, x, y);
        }
        var symbol = Symbol.of(person);
        if (person.deceased()) {
            symbol(g, symbol, x, y, 1.0, "#ffffff", MapStyle.PERSON_FILL, 0.5);
            deceasedCross(g, x, y);
        } else {
            symbol(g, symbol, x, y, 1.0, MapStyle.PERSON_FILL, MapStyle.PERSON_OUTLINE, MapStyle.PERSON_OUTLINE_WIDTH);
        }
        if (options.showSupport() && !person.supports().isEmpty()) {
            int count = person.supports().size();
            int i = 0;
            for (var entry : person.supports().entrySet()) {
                double dx = (i - (count - 1) / 2.0) * MapStyle.SUPPORT_SPACING;
                supportDot(g, x + dx, y + MapStyle.SUPPORT_Y, MapStyle.supportColour(entry.getKey()), entry.getValue());
                i++;
            }
        }
        if (label != null) {
            if (label.hasLeader()) {
                g.setColor(MapStyle.color(MapStyle.LEADER));
                g.setStroke(stroke(MapStyle.LEADER_WIDTH));
                g.draw(new Line2D.Double(label.leaderFrom().x(), label.leaderFrom().y(),
                        label.leaderTo().x(), label.leaderTo().y()));
            }
            text(label.text(), labelFont, label.start(), label.baseline());
        }
        g.setComposite(before);
    }

    private void centre(MapVersion version) {
        var centre = version.centre();
        symbol(g, Symbol.of(centre.gender()), 0, 0, MapStyle.CENTRE_SCALE, MapStyle.CENTRE_FILL, MapStyle.PERSON_OUTLINE, 0.5);
        String name = options.nameOfCentre(centre);
        if (options.showNames() && !name.isBlank()) {
            text(name, labelFont, -TextMetrics.width(name, MapStyle.LABEL_SIZE, false) / 2, MapSvg.centreLabelY());
        }
    }

    private void text(String text, Font font, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        if (textHalo) {
            Shape outline = font.createGlyphVector(g.getFontRenderContext(), text).getOutline((float) x, (float) y);
            g.setColor(MapStyle.color(MapStyle.LABEL_HALO));
            g.setStroke(new BasicStroke((float) MapStyle.LABEL_HALO_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(MapStyle.color(MapStyle.LABEL_FILL));
            g.fill(outline);
        } else {
            g.setColor(MapStyle.color(MapStyle.LABEL_FILL));
            g.setFont(font);
            g.drawString(text, (float) x, (float) y);
        }
    }

    private double width(Font font, String text) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    // Pieces that the PDF legend draws on its own as well.

    static void symbol(Graphics2D g, Symbol symbol, double x, double y, double scale, String fill, String stroke,
            double strokeWidth) {
        Shape shape = symbol.shape(x, y, scale);
        g.setColor(MapStyle.color(fill));
        g.fill(shape);
        g.setColor(MapStyle.color(stroke));
        g.setStroke(stroke(strokeWidth));
        g.draw(shape);
    }

    static void deceasedCross(Graphics2D g, double x, double y) {
        double cx = x + MapStyle.DECEASED_X;
        double cy = y + MapStyle.DECEASED_Y;
        var cross = new Path2D.Double();
        cross.moveTo(cx, cy - 1.3);
        cross.lineTo(cx, cy + 1.3);
        cross.moveTo(cx - 0.9, cy - 0.45);
        cross.lineTo(cx + 0.9, cy - 0.45);
        g.setColor(MapStyle.color(MapStyle.DECEASED));
        g.setStroke(stroke(MapStyle.DECEASED_WIDTH));
        g.draw(cross);
    }

    static void conflictRing(Graphics2D g, double x, double y) {
        g.setColor(MapStyle.color(MapStyle.CONFLICT));
        g.setStroke(dashed(MapStyle.CONFLICT_RING_WIDTH, MapStyle.CONFLICT_RING_DASH));
        g.draw(circle(x, y, MapStyle.CONFLICT_RING));
    }

    static void supportDot(Graphics2D g, double x, double y, String colour, SupportDirection direction) {
        Shape dot = circle(x, y, MapStyle.SUPPORT_DOT);
        g.setColor(MapStyle.color(direction == SupportDirection.RECEIVES_FROM_CENTRE ? "#ffffff" : colour));
        g.fill(dot);
        if (direction != SupportDirection.GIVES_TO_CENTRE) {
            g.setColor(MapStyle.color(direction == SupportDirection.MUTUAL ? MapStyle.PERSON_FILL : colour));
            g.setStroke(stroke(MapStyle.SUPPORT_RING_WIDTH));
            g.draw(dot);
        }
    }

    static Shape circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static Shape disc(double r) {
        return circle(0, 0, r);
    }

    static Stroke stroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashed(double width, double[] dash) {
        var pattern = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            pattern[i] = (float) dash[i];
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }
}
