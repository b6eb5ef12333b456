package nl.kring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.render.LabelOverlaps;
import nl.kring.network.render.LabelPlacement;
import nl.kring.network.render.LabelPlacement.Anchor;
import nl.kring.network.render.LabelPlacement.Label;
import nl.kring.network.render.MapGeometry;
import nl.kring.network.render.SvgOptions;
import org.junit.jupiter.api.Test;

/** The demo youth Noor's maps, where "Papa Bas", "Opa Henk", "Mama Marieke" and "Bobbie (hond)" stand close together. */
class DemoMapLabelsTest {

    private static final LocalDate BORN = LocalDate.of(2011, 4, 2);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final List<String> NEAR_THE_CENTRE = List.of("Papa Bas", "Opa Henk", "Mama Marieke", "Bobbie (hond)");

    @Test
    void onEveryDemoMapNoNameCoversAnotherNameOrASymbolInEitherLanguage() throws IOException {
        var maps = new ArrayList<MapVersion>(DemoMaps.noor(BORN, NOW));
        maps.addAll(DemoMaps.noorSeenByMother(BORN, NOW));
        for (String bundle : List.of("/messages-network.properties", "/messages-network_en.properties")) {
            var texts = bundle(bundle);
            for (MapVersion map : maps) {
                for (SvgOptions options : List.of(SvgOptions.defaults(texts::get),
                        SvgOptions.builder(texts).showSupport(false).showConflict(false).build(),
                        SvgOptions.builder(texts).nameOf(person -> "Persoon " + person.id().toUpperCase()).build())) {
                    var count = LabelOverlaps.count(map, options);
                    assertThat(count.total()).as("%s, version %d, %s: %s", bundle, map.number(), options.showSupport(), count)
                            .isZero();
                }
            }
        }
    }

    @Test
    void theFourNamesNearTheCentreNoLongerCoverEachOther() throws IOException {
        var map = DemoMaps.noor(BORN, NOW).getFirst();
        var options = SvgOptions.defaults(bundle("/messages-network.properties")::get);
        var placement = LabelPlacement.place(map, options);

        var placed = new ArrayList<LabelOverlaps.Rect>();
        var beside = new ArrayList<LabelOverlaps.Rect>();
        for (String name : NEAR_THE_CENTRE) {
            MapPerson person = map.persons().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
            var label = placement.label(person.id());
            assertThat(label.text()).isEqualTo(name);
            placed.add(LabelOverlaps.textRect(label));
            beside.add(LabelOverlaps.textRect(besideTheSymbol(person)));
        }
        assertThat(pairsOverlapping(placed)).as("names as placed now").isZero();
        // Each name on the right of its symbol, as the map drew them before: they cover each other.
        assertThat(pairsOverlapping(beside)).as("names beside their symbols").isGreaterThanOrEqualTo(2);
        // At least one had to move away from its person and is joined to it by a leader line.
        assertThat(NEAR_THE_CENTRE.stream().map(name -> map.persons().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow().id()).map(placement::label).filter(Label::hasLeader)).isNotEmpty();
    }

    private static Label besideTheSymbol(MapPerson person) {
        var at = MapGeometry.drawnPoint(person.position());
        return new Label(person.id(), person.name(), Anchor.START, at.x() + 3.4, at.y() + 3.6 * 0.35, 0,
                new LabelPlacement.Box(0, 0, 0, 0), null, null);
    }

    private static int pairsOverlapping(List<LabelOverlaps.Rect> rects) {
        int pairs = 0;
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                if (rects.get(i).shared(rects.get(j)) > 0) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static Map<String, String> bundle(String resource) throws IOException {
        var properties = new Properties();
        try (var in = DemoMapLabelsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var texts = new HashMap<String, String>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
