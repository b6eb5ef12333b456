package nl.kring.network.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;

/**
 * The whole map as a GraphML 1.0 document, for network tools such as Gephi, yEd, Cytoscape, NetworkX
 * or igraph. One undirected graph: a node for the centre and one for every entry on the map (also
 * deceased persons, pets and persons outside the map: the {@code counted} attribute tells which ones
 * the figures use), an edge for every tie between two persons and an edge from the centre to every
 * person with a tie to the centre ({@code edgeKind} {@code centre}, with its {@code strength} and a
 * {@code weight} of 1 for an existing and 2 for a strong tie; persons without contact have no such
 * edge). Self ties are left out and repeated ties written once.
 *
 * <p>Node ids are {@code centre} and {@code n0}, {@code n1}, ... in the order of the map; the person's
 * own id is the {@code personId} attribute, so ids with any characters stay valid XML names.
 * Attribute values are Kring's codes ({@code FAMILY}, {@code GIVES_TO_CENTRE}), not translated labels,
 * so files from different languages can be compared. Notes and the centre's birth date are not
 * written. {@code x} and {@code y} are the drawing's map units ({@link MapGeometry}, y downwards), for
 * a tool to start from the same layout.
 */
public final class MapGraphMl {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private MapGraphMl() {
    }

    /** GraphML with the names as on the map. */
    public static String write(MapVersion version, NetworkFigures figures) {
        return write(version, figures, MapPerson::name, Centre::name);
    }

    /** GraphML with the names that {@code nameOf} and {@code centreNameOf} give, for example pseudonyms. */
    public static String write(MapVersion version, NetworkFigures figures, Function<MapPerson, String> nameOf,
            Function<Centre, String> centreNameOf) {
        var out = new StringBuilder(4096 + version.persons().size() * 1200);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"").append(NAMESPACE).append("\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(NAMESPACE)
                .append("/1.0/graphml.xsd\">\n");
        for (Key key : Key.ALL) {
            out.append("  <key id=\"").append(key.id()).append("\" for=\"").append(key.domain())
                    .append("\" attr.name=\"").append(key.name()).append("\" attr.type=\"").append(key.type())
                    .append("\"/>\n");
        }
        out.append("  <graph id=\"G\" edgedefault=\"undirected\">\n");
        data(out, "    ", "g_title", version.title().isEmpty() ? null : version.title());
        data(out, "    ", "g_version", Integer.toString(version.number()));
        data(out, "    ", "g_createdAt", version.createdAt() == null ? null : version.createdAt().toString());
        data(out, "    ", "g_personCount", Integer.toString(figures.personCount()));
        data(out, "    ", "g_tieCount", Integer.toString(figures.tieCount()));
        data(out, "    ", "g_density", Numbers.format6(figures.density()));
        data(out, "    ", "g_components", Integer.toString(figures.components()));

        var centre = version.centre();
        out.append("    <node id=\"centre\">\n");
        data(out, "      ", "n_nodeKind", "centre");
        data(out, "      ", "n_label", nonNull(centreNameOf.apply(centre)));
        data(out, "      ", "n_gender", centre.gender().name());
        data(out, "      ", "n_ageYears", centre.age() == null ? null : centre.age().toString());
        data(out, "      ", "n_x", "0");
        data(out, "      ", "n_y", "0");
        out.append("    </node>\n");

        var nodeIds = new HashMap<String, String>();
        var articulation = new HashSet<>(figures.articulationPoints());
        var isolated = new HashSet<>(figures.isolated());
        for (int i = 0; i < version.persons().size(); i++) {
            MapPerson person = version.persons().get(i);
            String nodeId = "n" + i;
            nodeIds.put(person.id(), nodeId);
            out.append("    <node id=\"").append(nodeId).append("\">\n");
            person(out, person, figures, articulation, isolated, nonNull(nameOf.apply(person)));
            out.append("    </node>\n");
        }

        int edge = 0;
        for (var tie : distinctTies(version.ties()).entrySet()) {
            out.append("    <edge id=\"e").append(edge++).append("\" source=\"").append(nodeIds.get(tie.getKey().get(0)))
                    .append("\" target=\"").append(nodeIds.get(tie.getKey().get(1))).append("\">\n");
            data(out, "      ", "e_edgeKind", "tie");
            data(out, "      ", "e_conflict", Boolean.toString(tie.getValue()));
            data(out, "      ", "e_weight", "1");
            out.append("    </edge>\n");
        }
        for (MapPerson person : version.persons()) {
            if (person.centreTie() == CentreTie.NONE) {
                continue;
            }
            out.append("    <edge id=\"e").append(edge++).append("\" source=\"centre\" target=\"")
                    .append(nodeIds.get(person.id())).append("\">\n");
            data(out, "      ", "e_edgeKind", "centre");
            data(out, "      ", "e_strength", person.centreTie().name());
            data(out, "      ", "e_conflict", Boolean.toString(person.conflict()));
            data(out, "      ", "e_weight", person.centreTie() == CentreTie.STRONG ? "2" : "1");
            out.append("    </edge>\n");
        }
        out.append("  </graph>\n</graphml>\n");
        return out.toString();
    }

    private static void person(StringBuilder out, MapPerson person, NetworkFigures figures, HashSet<String> articulation,
            HashSet<String> isolated, String name) {
        String in = "      ";
        data(out, in, "n_nodeKind", "person");
        data(out, in, "n_personId", person.id());
        data(out, in, "n_label", name);
        data(out, in, "n_roleCode", person.roleCode());
        data(out, in, "n_roleText", person.roleText());
        data(out, in, "n_gender", person.gender().name());
        data(out, in, "n_entryKind", person.kind().name());
        if (person.age() instanceof Age.Years years) {
            data(out, in, "n_ageYears", Integer.toString(years.years()));
        } else if (person.age() instanceof Age.Band band) {
            data(out, in, "n_ageBand", band.band().name());
        }
        if (person.level() != null) {
            data(out, in, "n_level", person.level().name());
            data(out, in, "n_levelNumber", Integer.toString(person.level().number()));
        }
        data(out, in, "n_angle", Numbers.format2(person.position().angle()));
        data(out, in, "n_distance", Numbers.format2(person.position().distance()));
        var point = MapGeometry.drawnPoint(person.position());
        data(out, in, "n_x", Numbers.format2(point.x()));
        data(out, in, "n_y", Numbers.format2(point.y()));
        data(out, in, "n_sector", person.sector().map(Enum::name).orElse(null));
        data(out, in, "n_circle", person.circle().map(Enum::name).orElse(null));
        data(out, in, "n_centreTie", person.centreTie().name());
        for (SupportType type : SupportType.values()) {
            var direction = person.supports().get(type);
            data(out, in, "n_support" + type.name(), direction == null ? null : direction.name());
        }
        data(out, in, "n_factor", person.factor().name());
        data(out, in, "n_available", Boolean.toString(person.available()));
        data(out, in, "n_reachable", Boolean.toString(person.reachable()));
        data(out, in, "n_conflict", Boolean.toString(person.conflict()));
        data(out, in, "n_deceased", Boolean.toString(person.deceased()));
        data(out, in, "n_professional", Boolean.toString(person.professional()));
        data(out, in, "n_counted", Boolean.toString(person.counted()));
        Integer degree = figures.degree().get(person.id());
        if (degree != null) {
            data(out, in, "n_degree", degree.toString());
            Double betweenness = figures.betweenness().get(person.id());
            data(out, in, "n_betweenness", betweenness == null ? null : Numbers.format6(betweenness));
            data(out, in, "n_articulationPoint", Boolean.toString(articulation.contains(person.id())));
            data(out, in, "n_isolated", Boolean.toString(isolated.contains(person.id())));
        }
    }

    /** Ties without self ties, each pair once; a pair is in conflict when any of its copies is. */
    private static Map<List<String>, Boolean> distinctTies(List<Tie> ties) {
        var distinct = new LinkedHashMap<List<String>, Boolean>();
        for (Tie tie : ties) {
            if (!tie.selfTie()) {
                distinct.merge(List.of(tie.a(), tie.b()), tie.conflict(), Boolean::logicalOr);
            }
        }
        return distinct;
    }

    private static void data(StringBuilder out, String indent, String key, String value) {
        if (value == null) {
            return;
        }
        out.append(indent).append("<data key=\"").append(key).append("\">");
        Xml.append(out, value).append("</data>\n");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** A GraphML attribute declaration. */
    record Key(String id, String domain, String name, String type) {

        static final List<Key> ALL = all();

        private static List<Key> all() {
            var keys = new ArrayList<Key>();
            keys.add(new Key("g_title", "graph", "title", "string"));
            keys.add(new Key("g_version", "graph", "version", "int"));
            keys.add(new Key("g_createdAt", "graph", "createdAt", "string"));
            keys.add(new Key("g_personCount", "graph", "personCount", "int"));
            keys.add(new Key("g_tieCount", "graph", "tieCount", "int"));
            keys.add(new Key("g_density", "graph", "density", "double"));
            keys.add(new Key("g_components", "graph", "components", "int"));
            node(keys, "nodeKind", "string");
            node(keys, "personId", "string");
            node(keys, "label", "string");
            node(keys, "roleCode", "string");
            node(keys, "roleText", "string");
            node(keys, "gender", "string");
            node(keys, "entryKind", "string");
            node(keys, "ageYears", "int");
            node(keys, "ageBand", "string");
            node(keys, "level", "string");
            node(keys, "levelNumber", "int");
            node(keys, "angle", "double");
            node(keys, "distance", "double");
            node(keys, "x", "double");
            node(keys, "y", "double");
            node(keys, "sector", "string");
            node(keys, "circle", "string");
            node(keys, "centreTie", "string");
            for (SupportType type : SupportType.values()) {
                node(keys, "support" + type.name(), "string");
            }
            node(keys, "factor", "string");
            node(keys, "available", "boolean");
            node(keys, "reachable", "boolean");
            node(keys, "conflict", "boolean");
            node(keys, "deceased", "boolean");
            node(keys, "professional", "boolean");
            node(keys, "counted", "boolean");
            node(keys, "degree", "int");
            node(keys, "betweenness", "double");
            node(keys, "articulationPoint", "boolean");
            node(keys, "isolated", "boolean");
            keys.add(new Key("e_edgeKind", "edge", "edgeKind", "string"));
            keys.add(new Key("e_strength", "edge", "strength", "string"));
            keys.add(new Key("e_conflict", "edge", "conflict", "boolean"));
            keys.add(new Key("e_weight", "edge", "weight", "double"));
            return List.copyOf(keys);
        }

        private static void node(List<Key> keys, String name, String type) {
            keys.add(new Key("n_" + name, "node", name, type));
        }
    }
}
