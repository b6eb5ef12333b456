package nl.kring.network.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.Signal;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportGivers;
import nl.kring.network.domain.SupportType;

/**
 * The map as CSV tables for a spreadsheet: one row per person ({@link #persons}) and one row per
 * figure ({@link #figures}).
 *
 * <p>RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled. The text starts with a byte order mark (U+FEFF) so
 * that Excel reads it as UTF-8; write it as UTF-8 ({@link #utf8(String)}). Numbers use a dot as decimal
 * separator, whatever the language.
 *
 * <p>Names and other texts are user input, and a spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab or carriage return) as a formula. Such text cells get a
 * leading apostrophe, as OWASP advises against CSV injection. Number cells written by Kring itself
 * (angle, distance, betweenness, counts) are left as they are: a negative angle is a number.
 *
 * <p>Label keys: column headings {@code network.csv.<column>} for id, name, role, gender, kind, age,
 * level, angle, distance, sector, circle, centreTie, factor, available, reachable, conflict, deceased,
 * counted, degree, betweenness, articulationPoint, isolated; the support columns are headed by
 * {@code network.supportType.*}. Values: {@code network.csv.yes}, {@code network.csv.no}, and the
 * existing codes' labels ({@code network.gender.*}, {@code network.sector.*}, ...); a role code is shown
 * as {@code network.role.<CODE>} or else the code. The figures table: {@code network.csv.code},
 * {@code network.csv.figure}, {@code network.csv.value} and the {@code network.figures.*} keys of
 * {@link MapPdf}.
 */
public final class MapCsv {

    static final char BOM = '\uFEFF';

    private MapCsv() {
    }

    /** One row per person, names as on the map. */
    public static String persons(MapVersion version, NetworkFigures figures, Function<String, String> labels) {
        return persons(version, figures, labels, MapPerson::name);
    }

    /**
     * One row per person, in the order of the map. Figures (degree, betweenness, articulation point,
     * isolated) are empty for persons who are not counted (deceased, pets, outside the map).
     *
     * @param nameOf the name written for a person, for example a pseudonym
     */
    public static String persons(MapVersion version, NetworkFigures figures, Function<String, String> labels,
            Function<MapPerson, String> nameOf) {
        var text = Labels.of(labels);
        var out = new StringBuilder(512 + version.persons().size() * 256).append(BOM);
        var header = new ArrayList<Cell>();
        for (String column : List.of("id", "name", "role", "gender", "kind", "age", "level", "angle", "distance",
                "sector", "circle", "centreTie")) {
            header.add(Cell.text(text.get("network.csv." + column)));
        }
        for (SupportType type : SupportType.values()) {
            header.add(Cell.text(text.get(type)));
        }
        for (String column : List.of("factor", "available", "reachable", "conflict", "deceased", "counted",
                "degree", "betweenness", "articulationPoint", "isolated")) {
            header.add(Cell.text(text.get("network.csv." + column)));
        }
        row(out, header);

        var articulation = new java.util.HashSet<>(figures.articulationPoints());
        var isolated = new java.util.HashSet<>(figures.isolated());
        for (MapPerson person : version.persons()) {
            var cells = new ArrayList<Cell>();
            cells.add(Cell.text(person.id()));
            var name = nameOf.apply(person);
            cells.add(Cell.text(name == null ? "" : name));
            cells.add(Cell.text(role(person, text)));
            cells.add(Cell.text(text.get(person.gender())));
            cells.add(Cell.text(text.get(person.kind())));
            cells.add(age(person.age(), text));
            cells.add(Cell.text(person.level() == null ? "" : text.get(person.level())));
            cells.add(Cell.number(Numbers.format2(person.position().angle())));
            cells.add(Cell.number(Numbers.format2(person.position().distance())));
            cells.add(Cell.text(person.sector().map(text::get).orElse("")));
            cells.add(Cell.text(person.circle().map(text::get).orElseGet(() -> text.get("network.map.outside"))));
            cells.add(Cell.text(text.get(person.centreTie())));
            for (SupportType type : SupportType.values()) {
                SupportDirection direction = person.supports().get(type);
                cells.add(Cell.text(direction == null ? "" : text.get(direction)));
            }
            cells.add(Cell.text(text.get(person.factor())));
            cells.add(yesNo(person.available(), text));
            cells.add(yesNo(person.reachable(), text));
            cells.add(yesNo(person.conflict(), text));
            cells.add(yesNo(person.deceased(), text));
            cells.add(yesNo(person.counted(), text));
            boolean inFigures = figures.degree().containsKey(person.id());
            cells.add(Cell.number(inFigures ? Integer.toString(figures.degree().get(person.id())) : ""));
            Double betweenness = figures.betweenness().get(person.id());
            cells.add(Cell.number(betweenness == null ? "" : Numbers.format6(betweenness)));
            cells.add(inFigures ? yesNo(articulation.contains(person.id()), text) : Cell.text(""));
            cells.add(inFigures ? yesNo(isolated.contains(person.id()), text) : Cell.text(""));
            row(out, cells);
        }
        return out.toString();
    }

    /** The figures, names as on the map. */
    public static String figures(MapVersion version, NetworkFigures figures, Function<String, String> labels) {
        return figures(version, figures, labels, MapPerson::name);
    }

    /**
     * One row per figure: a stable code (for example {@code sector.FAMILY} or
     * {@code support.EMOTIONAL.informal}), its label and its value. Signals follow as
     * {@code signal.<CODE>} rows, with the names of the persons they are about as value.
     */
    public static String figures(MapVersion version, NetworkFigures figures, Function<String, String> labels,
            Function<MapPerson, String> nameOf) {
        var text = Labels.of(labels);
        var out = new StringBuilder(4096).append(BOM);
        row(out, List.of(Cell.text(text.get("network.csv.code")), Cell.text(text.get("network.csv.figure")),
                Cell.text(text.get("network.csv.value"))));
        figure(out, "personCount", text.get("network.figures.personCount"), Integer.toString(figures.personCount()));
        figure(out, "tieCount", text.get("network.figures.tieCount"), Integer.toString(figures.tieCount()));
        figure(out, "density", text.get("network.figures.density"), Numbers.format6(figures.density()));
        figure(out, "components", text.get("network.figures.components"), Integer.toString(figures.components()));
        figure(out, "isolated", text.get("network.figures.isolated"), Integer.toString(figures.isolated().size()));
        figure(out, "articulationPoints", text.get("network.figures.articulationPoints"),
                Integer.toString(figures.articulationPoints().size()));
        figure(out, "cliques", text.get("network.figures.cliques"), Integer.toString(figures.cliques().size()));
        figure(out, "cliquesExamined", text.get("network.figures.cliquesExamined"),
                Integer.toString(figures.cliqueSearch().examined()));
        row(out, List.of(Cell.text("cliquesCut"), Cell.text(text.get("network.figures.cliquesCut")),
                yesNo(figures.cliqueSearch().cut(), text)));
        for (Sector sector : Sector.values()) {
            figure(out, "sector." + sector.name(), text.get(sector),
                    Integer.toString(figures.sectors().getOrDefault(sector, 0)));
        }
        for (Circle circle : Circle.values()) {
            figure(out, "circle." + circle.name(), text.get(circle),
                    Integer.toString(figures.circles().getOrDefault(circle, 0)));
        }
        String informal = text.get("network.figures.informal");
        String professional = text.get("network.figures.professional");
        for (SupportType type : SupportType.values()) {
            var givers = figures.supportByType().getOrDefault(type, new SupportGivers(List.of(), List.of()));
            figure(out, "support." + type.name() + ".informal", text.get(type) + " (" + informal + ")",
                    Integer.toString(givers.informal().size()));
            figure(out, "support." + type.name() + ".professional", text.get(type) + " (" + professional + ")",
                    Integer.toString(givers.professional().size()));
        }
        for (Signal signal : figures.signals()) {
            var names = new ArrayList<String>();
            for (String id : signal.personIds()) {
                names.add(version.person(id).map(nameOf).orElse(id));
            }
            row(out, List.of(Cell.text("signal." + signal.code().name()), Cell.text(text.get(signal.code().titleKey())),
                    Cell.text(String.join("; ", names))));
        }
        return out.toString();
    }

    /** The CSV as UTF-8 bytes, for a download ({@code text/csv; charset=UTF-8}). */
    public static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static void figure(StringBuilder out, String code, String label, String value) {
        row(out, List.of(Cell.text(code), Cell.text(label), Cell.number(value)));
    }

    private static String role(MapPerson person, Labels text) {
        if (person.roleText() != null) {
            return person.roleText();
        }
        if (person.roleCode() != null) {
            return text.getOr("network.role." + person.roleCode(), person.roleCode());
        }
        return "";
    }

    private static Cell age(Age age, Labels text) {
        if (age instanceof Age.Years years) {
            return Cell.number(Integer.toString(years.years()));
        }
        if (age instanceof Age.Band band) {
            return Cell.text(text.get(band.band()));
        }
        return Cell.text("");
    }

    private static Cell yesNo(boolean value, Labels text) {
        return Cell.text(text.get(value ? "network.csv.yes" : "network.csv.no"));
    }

    /** A field: text is guarded against formulas, numbers written by Kring are not. */
    private record Cell(String value, boolean number) {
        static Cell text(String value) {
            return new Cell(value, false);
        }

        static Cell number(String value) {
            return new Cell(value, true);
        }
    }

    private static void row(StringBuilder out, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            var cell = cells.get(i);
            field(out, cell.number() ? cell.value() : guard(cell.value()));
        }
        out.append("\r\n");
    }

    /** Prefixes text that a spreadsheet would take for a formula with an apostrophe. */
    static String guard(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** Writes one field, quoted when RFC 4180 needs it. */
    static void field(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
