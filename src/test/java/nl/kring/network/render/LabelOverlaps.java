package nl.kring.network.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.render.LabelPlacement.Label;
import nl.kring.network.render.LabelPlacement.Placement;

/**
 * Counts names that cover each other or a person's symbol, as a reader sees them, measured apart from
 * {@link LabelPlacement}'s own boxes: the text's width taken from the whole string in Java2D (not the
 * placement's per-letter sums), the height of capitals and descenders, and the symbol of a person as a
 * square around the point where the person is drawn, with its support marks and cross.
 */
public final class LabelOverlaps {

    /** Overlaps smaller than this (in square map units, a thin sliver) are not counted. */
    private static final double SLIVER = 0.05;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private LabelOverlaps() {
    }

    /** What was counted on one map. */
    public record Count(int labelLabel, int labelSymbol, int offTheDrawing, int leaders, double labelArea,
            double freeArea) {
        public int total() {
            return labelLabel + labelSymbol + offTheDrawing;
        }
    }

    public record Rect(double left, double top, double right, double bottom) {
        double area() {
            return (right - left) * (bottom - top);
        }

        public double shared(Rect other) {
            double w = Math.min(right, other.right) - Math.max(left, other.left);
            double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }
    }

    /** The placement the SVG, PNG and PDF draw for this map and these options, counted. */
    public static Count count(MapVersion version, SvgOptions options) {
        return count(version, options, LabelPlacement.place(version, options));
    }

    public static Count count(MapVersion version, SvgOptions options, Placement placement) {
        var texts = new ArrayList<Rect>();
        int leaders = 0;
        for (Label label : placement.labels().values()) {
            if (!label.text().isEmpty()) {
                texts.add(textRect(label));
            }
            if (label.hasLeader()) {
                leaders++;
            }
        }
        var symbols = new ArrayList<Rect>();
        var all = new ArrayList<MapPerson>(version.persons());
        all.addAll(options.ghosts());
        for (MapPerson person : all) {
            symbols.add(symbolRect(person, options));
        }
        double c = 2.6 * MapStyle.CENTRE_SCALE;
        symbols.add(new Rect(-c, -c, c, c));

        int labelLabel = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (texts.get(i).shared(texts.get(j)) > SLIVER) {
                    labelLabel++;
                }
            }
        }
        int labelSymbol = 0;
        for (Rect text : texts) {
            for (Rect symbol : symbols) {
                if (text.shared(symbol) > SLIVER) {
                    labelSymbol++;
                }
            }
        }
        double half = MapGeometry.VIEW_HALF;
        var view = new Rect(-half, -half, half, half);
        int off = 0;
        double labelArea = 0;
        for (Rect text : texts) {
            if (text.area() - text.shared(view) > SLIVER) {
                off++;
            }
            labelArea += text.area();
        }
        double symbolArea = symbols.stream().mapToDouble(Rect::area).sum();
        double free = (2 * half) * (2 * half) - symbolArea;
        return new Count(labelLabel, labelSymbol, off, leaders, labelArea, free);
    }

    /** The letters of a name: from its start over the width Java2D gives the whole string, capitals to descenders. */
    public static Rect textRect(Label label) {
        Font font = MapFonts.awt().deriveFont(100f);
        double width = font.getStringBounds(label.text(), CONTEXT).getWidth() / 100.0 * MapStyle.LABEL_SIZE;
        double start = switch (label.anchor()) {
            case START -> label.x();
            case MIDDLE -> label.x() - width / 2;
            case END -> label.x() - width;
        };
        double size = MapStyle.LABEL_SIZE;
        return new Rect(start, label.baseline() - 0.73 * size, start + width, label.baseline() + 0.21 * size);
    }

    /** A person's mark: the symbol, its support dots below, a deceased person's cross above. */
    static Rect symbolRect(MapPerson person, SvgOptions options) {
        var at = MapGeometry.drawnPoint(person.position());
        double half = switch (MapStyle.Symbol.of(person)) {
            case CIRCLE -> 2.2;
            case SQUARE -> 1.95;
            case DIAMOND -> 2.6;
            case STAR -> 2.9;
        };
        double width = half;
        double top = half;
        double bottom = half;
        int supports = options.showSupport() ? person.supports().size() : 0;
        if (supports > 0) {
            width = Math.max(width, (supports - 1) / 2.0 * 1.9 + 0.75);
            bottom = Math.max(bottom, 3.5 + 0.75);
        }
        if (person.deceased()) {
            top = Math.max(top, 4.4 + 1.3);
        }
        return new Rect(at.x() - width, at.y() - top, at.x() + width, at.y() + bottom);
    }

    /** The rectangles of the names, for messages. */
    static List<Rect> texts(Placement placement) {
        return placement.labels().values().stream().filter(l -> !l.text().isEmpty()).map(LabelOverlaps::textRect).toList();
    }
}
