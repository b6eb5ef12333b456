package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Tie;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MapGraphMlTest {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Test
    void nodesEdgesAndKeysOfTheWholeMap() throws Exception {
        var map = Fixtures.family();
        var doc = XmlTesting.parse(MapGraphMl.write(map, MapPdfTest.figuresOf(map)));
        var root = doc.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        var graph = (Element) root.getElementsByTagNameNS(NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        assertStructure(doc);

        var nodes = nodes(doc);
        assertThat(nodes).hasSize(1 + map.persons().size());
        assertThat(nodes.get("centre")).containsEntry("nodeKind", "centre").containsEntry("label", "Ayşe")
                .containsEntry("ageYears", "14");
        var oma = nodes.values().stream().filter(n -> "oma".equals(n.get("personId"))).findFirst().orElseThrow();
        assertThat(oma).containsEntry("label", "Oma Gül").containsEntry("sector", "FAMILY").containsEntry("circle", "INNER")
                .containsEntry("centreTie", "STRONG").containsEntry("supportEMOTIONAL", "GIVES_TO_CENTRE")
                .containsEntry("supportPRACTICAL", "MUTUAL").containsEntry("counted", "true").containsEntry("degree", "1")
                .containsEntry("ageYears", "67").containsEntry("levelNumber", "1").containsEntry("angle", "45");
        var dog = nodes.values().stream().filter(n -> "hond".equals(n.get("personId"))).findFirst().orElseThrow();
        assertThat(dog).containsEntry("entryKind", "PET").containsEntry("counted", "false").doesNotContainKey("degree");

        var edges = edges(doc);
        // 2 ties between persons; 5 persons with a tie to the centre (opa has none).
        assertThat(edges).hasSize(2 + 5);
        assertThat(edges.stream().filter(e -> "tie".equals(e.get("edgeKind")))).hasSize(2);
        assertThat(edges.stream().filter(e -> "tie".equals(e.get("edgeKind")) && "true".equals(e.get("conflict")))).hasSize(1);
        assertThat(edges.stream().filter(e -> "centre".equals(e.get("edgeKind"))))
                .hasSize(5)
                .allSatisfy(e -> assertThat(e.get("source")).isEqualTo("centre"))
                .anySatisfy(e -> assertThat(e).containsEntry("strength", "STRONG").containsEntry("weight", "2"));
    }

    @Test
    void hostileNamesAndIdsSurviveAsData() throws Exception {
        var map = Fixtures.hostile();
        var xml = MapGraphMl.write(map, MapPdfTest.figuresOf(map));
        var doc = XmlTesting.parse(xml);
        assertStructure(doc);

        assertThat(xml).doesNotContain("<script");
        var nodes = nodes(doc);
        assertThat(nodes.get("n0")).containsEntry("personId", "id\"<&>'").containsEntry("label", Fixtures.HOSTILE)
                .containsEntry("roleText", "=HYPERLINK(\"http://x\")");
        assertThat(nodes.get("centre")).containsEntry("label", "<Sam & co>");
    }

    @Test
    void selfTiesAndRepeatedTiesAreWrittenOnce() throws Exception {
        var base = Fixtures.family();
        var map = new MapVersion(base.centre(), base.persons(),
                List.of(new Tie("oma", "papa"), new Tie("papa", "oma", true), new Tie("oma", "oma")));
        var edges = edges(XmlTesting.parse(MapGraphMl.write(map, MapPdfTest.figuresOf(map))));

        var ties = edges.stream().filter(e -> "tie".equals(e.get("edgeKind"))).toList();
        assertThat(ties).hasSize(1);
        assertThat(ties.get(0)).containsEntry("conflict", "true");
    }

    @Test
    void pseudonymsAndAnEmptyMap() throws Exception {
        var map = Fixtures.family();
        var xml = MapGraphMl.write(map, MapPdfTest.figuresOf(map), p -> "X" + p.id(), c -> "Jongere");
        assertThat(xml).doesNotContain("Gül", "Ayşe").contains("Xoma", "Jongere");

        var empty = XmlTesting.parse(MapGraphMl.write(Fixtures.empty(), MapPdfTest.figuresOf(Fixtures.empty())));
        assertStructure(empty);
        assertThat(nodes(empty)).containsOnlyKeys("centre");
        assertThat(edges(empty)).isEmpty();
    }

    @Test
    void aLargeMap() throws Exception {
        var map = Fixtures.large(150);
        var doc = XmlTesting.parse(MapGraphMl.write(map, MapPdfTest.figuresOf(map)));
        assertStructure(doc);

        assertThat(nodes(doc)).hasSize(151);
    }

    /**
     * What the GraphML schema asks: keys before the graph, with a unique id, a known domain and a
     * known type; every data element refers to a key declared for its element; edges join nodes of the
     * graph; node and edge ids are unique.
     */
    private static void assertStructure(Document doc) throws Exception {
        var root = doc.getDocumentElement();
        var keyDomains = new HashMap<String, String>();
        boolean graphSeen = false;
        for (var child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            assertThat(element.getNamespaceURI()).isEqualTo(NS);
            if (element.getLocalName().equals("key")) {
                assertThat(graphSeen).as("keys come before the graph").isFalse();
                assertThat(keyDomains.put(element.getAttribute("id"), element.getAttribute("for"))).isNull();
                assertThat(element.getAttribute("for")).isIn("graph", "node", "edge", "all");
                assertThat(element.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
                assertThat(element.getAttribute("attr.name")).matches("[A-Za-z][A-Za-z0-9]*");
            } else {
                assertThat(element.getLocalName()).isEqualTo("graph");
                graphSeen = true;
            }
        }
        assertThat(graphSeen).isTrue();
        var data = doc.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            var element = (Element) data.item(i);
            var parent = ((Element) element.getParentNode()).getLocalName();
            assertThat(keyDomains.get(element.getAttribute("key"))).as(element.getAttribute("key")).isEqualTo(parent);
        }
        Set<String> ids = new HashSet<>();
        var nodes = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            assertThat(ids.add(((Element) nodes.item(i)).getAttribute("id"))).isTrue();
        }
        var edges = doc.getElementsByTagNameNS(NS, "edge");
        var edgeIds = new HashSet<String>();
        for (int i = 0; i < edges.getLength(); i++) {
            var edge = (Element) edges.item(i);
            assertThat(edgeIds.add(edge.getAttribute("id"))).isTrue();
            assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"));
        }
    }

    /** Node id to its attributes by name. */
    private static Map<String, Map<String, String>> nodes(Document doc) {
        var names = keyNames(doc);
        var result = new HashMap<String, Map<String, String>>();
        var nodes = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            var node = (Element) nodes.item(i);
            result.put(node.getAttribute("id"), dataOf(node, names));
        }
        return result;
    }

    private static List<Map<String, String>> edges(Document doc) {
        var names = keyNames(doc);
        var result = new java.util.ArrayList<Map<String, String>>();
        var edges = doc.getElementsByTagNameNS(NS, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            var edge = (Element) edges.item(i);
            var values = dataOf(edge, names);
            values.put("source", edge.getAttribute("source"));
            values.put("target", edge.getAttribute("target"));
            result.add(values);
        }
        return result;
    }

    private static Map<String, String> keyNames(Document doc) {
        var names = new HashMap<String, String>();
        var keys = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            var key = (Element) keys.item(i);
            names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        return names;
    }

    private static Map<String, String> dataOf(Element element, Map<String, String> names) {
        var values = new HashMap<String, String>();
        var data = element.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            var item = (Element) data.item(i);
            values.put(names.get(item.getAttribute("key")), item.getTextContent());
        }
        return values;
    }
}
