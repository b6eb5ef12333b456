package nl.kring.network.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import nl.kring.network.render.MapGeometry.Point;
import nl.kring.network.render.MapStyle.Symbol;

/**
 * The map as one standalone, accessible SVG element, for a page (inline, styled further by the page's
 * CSS) and as a download.
 *
 * <p>The SVG is a {@code role="group"} labelled by its {@code <title>} (and described by its
 * {@code <desc>} when the caller gives a description), because in the editor its persons are
 * controls: each person is a {@code <g class="kring-person" data-person-id="…" tabindex="0"
 * role="button" aria-label="…">} whose label reads name, role, sector, circle, tie with the centre,
 * support, conflict and changes. It has no {@code <script>} and no {@code style} attributes, so it
 * works under a strict Content Security Policy; everything carries a {@code kring-…} class for the
 * page's CSS and presentation attributes (fill, stroke, ...) so that the downloaded file looks right
 * on its own.
 *
 * <p>Persons are {@code <g transform="translate(x y)">} groups, so an editor can move one by changing
 * its transform; the lines to a person carry {@code data-person-id} (centre ties) or
 * {@code data-a}/{@code data-b} (ties between persons) so that they can follow.
 *
 * <p>Label keys (texts from the caller; a missing key shows as the key):
 * <ul>
 *   <li>{@code network.map.title} (required in practice), {@code network.map.description} (optional),
 *       {@code network.map.centre} (the word for the centre, in the centre's label);</li>
 *   <li>{@code network.sector.*}, {@code network.circle.*}, {@code network.centreTie.*},
 *       {@code network.entryKind.*}, {@code network.supportType.*}, {@code network.supportDirection.*}
 *       (all in the existing bundle);</li>
 *   <li>{@code network.role.<CODE>} (optional: the role code itself when absent),
 *       {@code network.map.outside}, {@code network.map.conflict}, {@code network.map.deceased},
 *       {@code network.map.highlight.<KIND>}.</li>
 * </ul>
 */
public final class MapSvg {

    /**
     * The font the names are measured in ({@link TextMetrics}): on Kring's pages the copy the style
     * sheet loads as "Kring Map Sans", in a downloaded file the reader's Liberation Sans or Arial,
     * which has the same widths.
     */
    private static final String FONT_FAMILY = "'Kring Map Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

    private MapSvg() {
    }

    /** The SVG element, without XML declaration, for a page or a {@code .svg} file (UTF-8). */
    public static String render(MapVersion version, SvgOptions options) {
        var labels = Labels.of(options.labels());
        var out = new StringBuilder(8192 + version.persons().size() * 900);
        String prefix = options.idPrefix();
        String description = labels.optional("network.map.description");

        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kring-map\" viewBox=\"-120 -120 240 240\"")
                .append(" width=\"").append(options.sizePx()).append("\" height=\"").append(options.sizePx()).append('"')
                .append(" role=\"group\" aria-labelledby=\"").append(prefix).append("-title\"");
        if (description != null) {
            out.append(" aria-describedby=\"").append(prefix).append("-desc\"");
        }
        out.append(" font-family=\"").append(FONT_FAMILY).append("\" data-map-version=\"")
                .append(version.number()).append("\">\n");
        out.append("<title id=\"").append(prefix).append("-title\">");
        Xml.append(out, labels.get("network.map.title")).append("</title>\n");
        if (description != null) {
            out.append("<desc id=\"").append(prefix).append("-desc\">");
            Xml.append(out, description).append("</desc>\n");
        }
        out.append("<rect class=\"kring-map__paper\" x=\"-120\" y=\"-120\" width=\"240\" height=\"240\" fill=\"#ffffff\"/>\n");
        background(out, labels);

        var points = new HashMap<String, Point>();
        for (MapPerson person : version.persons()) {
            points.put(person.id(), MapGeometry.drawnPoint(person.position()));
        }
        var placement = LabelPlacement.place(version, options);
        centreTies(out, version.persons(), points, options);
        ties(out, version.ties(), points, options);

        if (!options.ghosts().isEmpty()) {
            out.append("<g class=\"kring-map__ghosts\">\n");
            for (MapPerson ghost : farthestFirst(options.ghosts())) {
                person(out, ghost, MapGeometry.drawnPoint(ghost.position()), HighlightKind.REMOVED, true, options, labels,
                        placement.label(ghost.id()));
            }
            out.append("</g>\n");
        }
        out.append("<g class=\"kring-map__persons\">\n");
        for (MapPerson person : farthestFirst(version.persons())) {
            person(out, person, points.get(person.id()), options.highlights().get(person.id()), false, options, labels,
                    placement.label(person.id()));
        }
        out.append("</g>\n");
        centre(out, version, options, labels);
        out.append("</svg>\n");
        return out.toString();
    }

    /** Far persons first, so that the nearer ones, usually fewer and more important, are on top. */
    static List<MapPerson> farthestFirst(List<MapPerson> persons) {
        var sorted = new ArrayList<>(persons);
        sorted.sort(Comparator.comparingDouble((MapPerson p) -> p.position().distance()).reversed()
                .thenComparing(MapPerson::id));
        return sorted;
    }

    private static void background(StringBuilder out, Labels labels) {
        out.append("<g class=\"kring-map__circles\">\n");
        circle(out, "kring-map__outside-ring", (MapGeometry.OUTSIDE_RING_FROM + MapGeometry.OUTSIDE_RING_TO) / 2,
                "none", MapStyle.OUTSIDE_STROKE, 0.3, " stroke-dasharray=\"1 1.5\"");
        circle(out, "kring-map__circle kring-map__circle--outer", MapGeometry.RADIUS,
                MapStyle.OUTER_FILL, MapStyle.CIRCLE_STROKE, MapStyle.CIRCLE_STROKE_WIDTH, "");
        circle(out, "kring-map__circle kring-map__circle--middle", Position.OUTER_CIRCLE_FROM,
                MapStyle.MIDDLE_FILL, MapStyle.CIRCLE_STROKE, MapStyle.CIRCLE_STROKE_WIDTH, "");
        circle(out, "kring-map__circle kring-map__circle--inner", Position.MIDDLE_CIRCLE_FROM,
                MapStyle.INNER_FILL, MapStyle.CIRCLE_STROKE, MapStyle.CIRCLE_STROKE_WIDTH, "");
        out.append("</g>\n<g class=\"kring-map__sector-lines\">\n");
        for (int angle : new int[] {0, 90, 180, -90}) {
            var end = MapGeometry.toPoint(new Position(angle, MapGeometry.RADIUS));
            out.append("<line class=\"kring-map__sector-line\" x1=\"0\" y1=\"0\" x2=\"");
            Numbers.append2(out, end.x()).append("\" y2=\"");
            Numbers.append2(out, end.y()).append("\" stroke=\"").append(MapStyle.SECTOR_LINE)
                    .append("\" stroke-width=\"").append(MapStyle.SECTOR_LINE_WIDTH).append("\"/>\n");
        }
        out.append("</g>\n<g class=\"kring-map__sectors\">\n");
        for (Sector sector : Sector.values()) {
            var place = SectorLabel.of(sector);
            out.append("<text class=\"kring-map__sector kring-map__sector--")
                    .append(sector.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\" x=\"");
            Numbers.append2(out, place.x()).append("\" y=\"");
            Numbers.append2(out, place.y()).append("\" text-anchor=\"").append(place.end() ? "end" : "start")
                    .append("\" font-size=\"").append(MapStyle.SECTOR_LABEL_SIZE)
                    .append("\" font-weight=\"bold\" fill=\"").append(MapStyle.SECTOR_LABEL).append("\">");
            Xml.append(out, labels.get(sector)).append("</text>\n");
        }
        out.append("</g>\n");
    }

    private static void circle(StringBuilder out, String cssClass, double r, String fill, String stroke,
            double strokeWidth, String extra) {
        out.append("<circle class=\"").append(cssClass).append("\" cx=\"0\" cy=\"0\" r=\"");
        Numbers.append2(out, r).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(strokeWidth).append('"').append(extra).append("/>\n");
    }

    /** Where the name of a sector stands: in the corner of its quarter, outside the circles. */
    record SectorLabel(double x, double y, boolean end) {
        static SectorLabel of(Sector sector) {
            return switch (sector) {
                case FAMILY -> new SectorLabel(118, -114, true);
                case FRIENDS -> new SectorLabel(-118, -114, false);
                case SCHOOL_WORK -> new SectorLabel(-118, 117.5, false);
                case PROFESSIONALS -> new SectorLabel(118, 117.5, true);
            };
        }
    }

    private static void centreTies(StringBuilder out, List<MapPerson> persons, Map<String, Point> points,
            SvgOptions options) {
        out.append("<g class=\"kring-map__centre-ties\">\n");
        for (MapPerson person : persons) {
            if (person.centreTie() == CentreTie.NONE) {
                continue;
            }
            boolean strong = person.centreTie() == CentreTie.STRONG;
            boolean conflict = options.showConflict() && person.conflict();
            var end = points.get(person.id());
            out.append("<line class=\"kring-map__centre-tie kring-map__centre-tie--")
                    .append(strong ? "strong" : "existing");
            if (conflict) {
                out.append(" kring-map__centre-tie--conflict");
            }
            out.append("\" data-person-id=\"");
            Xml.append(out, person.id()).append("\" x1=\"0\" y1=\"0\" x2=\"");
            Numbers.append2(out, end.x()).append("\" y2=\"");
            Numbers.append2(out, end.y()).append("\" stroke=\"")
                    .append(conflict ? MapStyle.CONFLICT : strong ? MapStyle.STRONG_CENTRE_TIE : MapStyle.CENTRE_TIE)
                    .append("\" stroke-width=\"")
                    .append(strong ? MapStyle.STRONG_CENTRE_TIE_WIDTH : MapStyle.CENTRE_TIE_WIDTH).append('"');
            if (conflict) {
                dash(out, MapStyle.CONFLICT_DASH);
            }
            out.append("/>\n");
        }
        out.append("</g>\n");
    }

    private static void ties(StringBuilder out, List<Tie> ties, Map<String, Point> points, SvgOptions options) {
        out.append("<g class=\"kring-map__ties\">\n");
        for (Tie tie : ties) {
            if (tie.selfTie()) {
                continue;
            }
            boolean conflict = options.showConflict() && tie.conflict();
            var a = points.get(tie.a());
            var b = points.get(tie.b());
            out.append("<line class=\"kring-map__tie").append(conflict ? " kring-map__tie--conflict" : "")
                    .append("\" data-a=\"");
            Xml.append(out, tie.a()).append("\" data-b=\"");
            Xml.append(out, tie.b()).append("\" x1=\"");
            Numbers.append2(out, a.x()).append("\" y1=\"");
            Numbers.append2(out, a.y()).append("\" x2=\"");
            Numbers.append2(out, b.x()).append("\" y2=\"");
            Numbers.append2(out, b.y()).append("\" stroke=\"").append(conflict ? MapStyle.CONFLICT : MapStyle.TIE)
                    .append("\" stroke-width=\"").append(MapStyle.TIE_WIDTH).append('"');
            if (conflict) {
                dash(out, MapStyle.CONFLICT_DASH);
            }
            out.append("/>\n");
        }
        out.append("</g>\n");
    }

    private static void dash(StringBuilder out, double[] dash) {
        out.append(" stroke-dasharray=\"");
        for (int i = 0; i < dash.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            Numbers.append2(out, dash[i]);
        }
        out.append('"');
    }

    private static void person(StringBuilder out, MapPerson person, Point at, HighlightKind highlight, boolean ghost,
            SvgOptions options, Labels labels, LabelPlacement.Label label) {
        var symbol = Symbol.of(person);
        boolean outside = person.position().distance() > MapGeometry.RADIUS;
        boolean conflict = options.showConflict() && person.conflict();

        out.append("<g class=\"kring-person kring-person--").append(personClass(person));
        if (person.deceased()) {
            out.append(" kring-person--deceased");
        }
        if (conflict) {
            out.append(" kring-person--conflict");
        }
        if (outside) {
            out.append(" kring-person--outside");
        }
        if (ghost) {
            out.append(" kring-person--ghost");
        }
        if (highlight != null) {
            out.append(" kring-person--highlight kring-person--").append(highlight.cssName());
        }
        out.append("\" data-person-id=\"");
        Xml.append(out, person.id()).append("\" data-angle=\"");
        Numbers.append2(out, person.position().angle()).append("\" data-distance=\"");
        Numbers.append2(out, person.position().distance()).append('"');
        person.sector().ifPresent(s -> out.append(" data-sector=\"").append(s.name()).append('"'));
        person.circle().ifPresent(c -> out.append(" data-circle=\"").append(c.name()).append('"'));
        if (ghost) {
            out.append(" role=\"img\"");
        } else {
            out.append(" tabindex=\"0\" role=\"button\"");
        }
        out.append(" aria-label=\"");
        Xml.append(out, ariaLabel(person, highlight, options, labels)).append("\" transform=\"translate(");
        Numbers.append2(out, at.x()).append(' ');
        Numbers.append2(out, at.y()).append(")\"");
        if (ghost) {
            out.append(" opacity=\"").append(MapStyle.GHOST_OPACITY).append('"');
        } else if (outside) {
            out.append(" opacity=\"").append(MapStyle.OUTSIDE_OPACITY).append('"');
        }
        out.append(">\n");

        if (highlight != null) {
            out.append("<circle class=\"kring-person__highlight\" r=\"").append(MapStyle.HIGHLIGHT_RING)
                    .append("\" fill=\"none\" stroke=\"").append(MapStyle.highlightColour(highlight))
                    .append("\" stroke-width=\"").append(MapStyle.HIGHLIGHT_WIDTH).append('"');
            if (highlight == HighlightKind.REMOVED) {
                out.append(" stroke-dasharray=\"1.5 1\"");
            }
            out.append("/>\n");
        }
        if (conflict) {
            out.append("<circle class=\"kring-person__conflict\" r=\"").append(MapStyle.CONFLICT_RING)
                    .append("\" fill=\"none\" stroke=\"").append(MapStyle.CONFLICT).append("\" stroke-width=\"")
                    .append(MapStyle.CONFLICT_RING_WIDTH).append('"');
            dash(out, MapStyle.CONFLICT_RING_DASH);
            out.append("/>\n");
        }
        symbol(out, symbol, 1.0, "kring-person__symbol kring-person__symbol--" + symbol.cssName(),
                person.deceased() ? "#ffffff" : MapStyle.PERSON_FILL,
                person.deceased() ? MapStyle.PERSON_FILL : MapStyle.PERSON_OUTLINE,
                person.deceased() ? 0.5 : MapStyle.PERSON_OUTLINE_WIDTH);
        if (person.deceased()) {
            out.append("<path class=\"kring-person__deceased\" d=\"M");
            Numbers.append2(out, MapStyle.DECEASED_X).append(' ');
            Numbers.append2(out, MapStyle.DECEASED_Y - 1.3).append('V');
            Numbers.append2(out, MapStyle.DECEASED_Y + 1.3).append('M');
            Numbers.append2(out, MapStyle.DECEASED_X - 0.9).append(' ');
            Numbers.append2(out, MapStyle.DECEASED_Y - 0.45).append('H');
            Numbers.append2(out, MapStyle.DECEASED_X + 0.9).append("\" fill=\"none\" stroke=\"")
                    .append(MapStyle.DECEASED).append("\" stroke-width=\"").append(MapStyle.DECEASED_WIDTH)
                    .append("\"/>\n");
        }
        if (options.showSupport() && !person.supports().isEmpty()) {
            supportMarks(out, person);
        }
        if (label != null) {
            if (label.hasLeader()) {
                out.append("<line class=\"kring-person__leader\" x1=\"");
                Numbers.append2(out, label.leaderFrom().x() - at.x()).append("\" y1=\"");
                Numbers.append2(out, label.leaderFrom().y() - at.y()).append("\" x2=\"");
                Numbers.append2(out, label.leaderTo().x() - at.x()).append("\" y2=\"");
                Numbers.append2(out, label.leaderTo().y() - at.y()).append("\" stroke=\"").append(MapStyle.LEADER)
                        .append("\" stroke-width=\"").append(MapStyle.LEADER_WIDTH).append("\"/>\n");
            }
            out.append("<text class=\"kring-person__label\" x=\"");
            Numbers.append2(out, label.x() - at.x()).append("\" y=\"");
            Numbers.append2(out, label.baseline() - at.y()).append("\" text-anchor=\"").append(label.anchor().svg())
                    .append("\" font-size=\"").append(MapStyle.LABEL_SIZE).append("\" fill=\"").append(MapStyle.LABEL_FILL)
                    .append("\" stroke=\"").append(MapStyle.LABEL_HALO).append("\" stroke-width=\"")
                    .append(MapStyle.LABEL_HALO_WIDTH).append("\" stroke-linejoin=\"round\" paint-order=\"stroke\">");
            Xml.append(out, label.text()).append("</text>\n");
        }
        out.append("</g>\n");
    }

    /** The class that names the symbol: gender for persons, kind for pets and other entries. */
    static String personClass(MapPerson person) {
        if (person.kind() != EntryKind.PERSON) {
            return person.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return person.gender().name().toLowerCase(Locale.ROOT);
    }

    private static void symbol(StringBuilder out, Symbol symbol, double scale, String cssClass, String fill,
            String stroke, double strokeWidth) {
        if (symbol == Symbol.CIRCLE) {
            out.append("<circle class=\"").append(cssClass).append("\" r=\"");
            Numbers.append2(out, Symbol.CIRCLE_RADIUS * scale);
        } else {
            out.append("<path class=\"").append(cssClass).append("\" d=\"");
            var points = symbol.points(scale);
            for (int i = 0; i < points.length; i += 2) {
                out.append(i == 0 ? 'M' : 'L');
                Numbers.append2(out, points[i]).append(' ');
                Numbers.append2(out, points[i + 1]);
            }
            out.append('Z');
        }
        out.append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"");
        Numbers.append2(out, strokeWidth).append("\"/>\n");
    }

    private static void supportMarks(StringBuilder out, MapPerson person) {
        int count = person.supports().size();
        int i = 0;
        for (var entry : person.supports().entrySet()) {
            SupportType type = entry.getKey();
            SupportDirection direction = entry.getValue();
            double x = (i - (count - 1) / 2.0) * MapStyle.SUPPORT_SPACING;
            String colour = MapStyle.supportColour(type);
            out.append("<circle class=\"kring-person__support kring-person__support--")
                    .append(type.name().toLowerCase(Locale.ROOT)).append(" kring-person__support--")
                    .append(direction.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\" cx=\"");
            Numbers.append2(out, x).append("\" cy=\"");
            Numbers.append2(out, MapStyle.SUPPORT_Y).append("\" r=\"");
            Numbers.append2(out, MapStyle.SUPPORT_DOT).append("\" fill=\"")
                    .append(direction == SupportDirection.RECEIVES_FROM_CENTRE ? "#ffffff" : colour).append('"');
            if (direction != SupportDirection.GIVES_TO_CENTRE) {
                out.append(" stroke=\"").append(direction == SupportDirection.MUTUAL ? MapStyle.PERSON_FILL : colour)
                        .append("\" stroke-width=\"").append(MapStyle.SUPPORT_RING_WIDTH).append('"');
            }
            out.append("/>\n");
            i++;
        }
    }

    /** What a screen reader says for a person: name, role, place, tie, support, conflict, changes. */
    static String ariaLabel(MapPerson person, HighlightKind highlight, SvgOptions options, Labels labels) {
        var parts = new ArrayList<String>();
        parts.add(options.nameOfPerson(person));
        if (person.roleText() != null) {
            parts.add(person.roleText());
        } else if (person.roleCode() != null) {
            parts.add(labels.getOr("network.role." + person.roleCode(), person.roleCode()));
        }
        if (person.kind() != EntryKind.PERSON) {
            parts.add(labels.get(person.kind()));
        }
        if (person.position().distance() > MapGeometry.RADIUS) {
            person.sector().ifPresent(sector -> parts.add(labels.get(sector)));
            parts.add(labels.get("network.map.outside"));
        } else {
            person.sector().ifPresent(sector -> parts.add(labels.get(sector)));
            person.circle().ifPresent(circle -> parts.add(labels.get(circle)));
        }
        parts.add(labels.get(person.centreTie()));
        person.supports().forEach((type, direction) ->
                parts.add(labels.get(type) + ": " + labels.get(direction)));
        if (options.showConflict() && person.conflict()) {
            parts.add(labels.get("network.map.conflict"));
        }
        if (person.deceased()) {
            parts.add(labels.get("network.map.deceased"));
        }
        if (highlight != null) {
            parts.add(labels.get(highlight));
        }
        return String.join(", ", parts);
    }

    private static void centre(StringBuilder out, MapVersion version, SvgOptions options, Labels labels) {
        var centre = version.centre();
        String name = options.nameOfCentre(centre);
        var symbol = Symbol.of(centre.gender());
        out.append("<g class=\"kring-map__centre kring-map__centre--")
                .append(centre.gender().name().toLowerCase(Locale.ROOT)).append("\" role=\"img\" aria-label=\"");
        String word = labels.get("network.map.centre");
        Xml.append(out, name.isBlank() ? word : name + ", " + word).append("\">\n");
        symbol(out, symbol, MapStyle.CENTRE_SCALE, "kring-map__centre-symbol", MapStyle.CENTRE_FILL,
                MapStyle.PERSON_OUTLINE, 0.5);
        if (options.showNames() && !name.isBlank()) {
            out.append("<text class=\"kring-map__centre-label\" x=\"0\" y=\"");
            Numbers.append2(out, centreLabelY()).append("\" text-anchor=\"middle\" font-size=\"")
                    .append(MapStyle.LABEL_SIZE).append("\" font-weight=\"bold\" fill=\"").append(MapStyle.LABEL_FILL)
                    .append("\" stroke=\"").append(MapStyle.LABEL_HALO).append("\" stroke-width=\"")
                    .append(MapStyle.LABEL_HALO_WIDTH).append("\" stroke-linejoin=\"round\" paint-order=\"stroke\">");
            Xml.append(out, name).append("</text>\n");
        }
        out.append("</g>\n");
    }

    /** Baseline of the centre's name, under its symbol. */
    static double centreLabelY() {
        return Symbol.DIAMOND_HALF * MapStyle.CENTRE_SCALE + MapStyle.LABEL_SIZE + 0.6;
    }
}
