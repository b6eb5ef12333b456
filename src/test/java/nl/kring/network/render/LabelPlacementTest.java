package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.kring.bench.SyntheticNetworks;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportType;
import nl.kring.network.render.LabelPlacement.Label;
import nl.kring.network.render.LabelPlacement.Placement;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LabelPlacementTest {

    /**
     * A map "has room" when the letters of all its names together take at most this share of the
     * drawing that no symbol covers. Then every name can stand free, and the test asks for zero
     * overlaps. (The generated maps reach it up to about 50 persons; a family map has 10 to 30.)
     */
    private static final double ROOM = 0.06;

    private static final SvgOptions OPTIONS = SvgOptions.defaults(Fixtures.someLabels()::get);

    @Test
    void onGeneratedMapsWithRoomNoNameCoversAnotherNameOrASymbol() {
        int withRoom = 0;
        int dense = 0;
        int denseOverlaps = 0;
        int denseBeside = 0;
        var failures = new ArrayList<String>();
        for (int persons = 5; persons <= 60; persons += 5) {
            for (long seed = 1; seed <= 25; seed++) {
                var map = SyntheticNetworks.map(persons, seed * 7919 + persons);
                var count = LabelOverlaps.count(map, OPTIONS);
                if (count.labelArea() <= ROOM * count.freeArea()) {
                    withRoom++;
                    if (count.total() != 0) {
                        failures.add(persons + " persons, seed " + (seed * 7919 + persons) + ": " + count);
                    }
                } else {
                    dense++;
                    denseOverlaps += count.total();
                    denseBeside += LabelOverlaps.count(map, OPTIONS, besideTheSymbols(map, OPTIONS)).total();
                }
            }
        }
        System.out.printf("LabelPlacement: %d generated maps with room, %d with overlaps; %d dense maps with %d overlaps"
                + " (%d with every name beside its symbol)%n", withRoom, failures.size(), dense, denseOverlaps, denseBeside);
        for (int persons : new int[] {80, 100, 150}) {
            var map = SyntheticNetworks.map(persons);
            System.out.printf("LabelPlacement: benchmark map of %d persons: %s; with every name beside its symbol %d%n",
                    persons, LabelOverlaps.count(map, OPTIONS), LabelOverlaps.count(map, OPTIONS, besideTheSymbols(map, OPTIONS)).total());
        }
        assertThat(withRoom).as("maps with room").isGreaterThanOrEqualTo(180);
        assertThat(failures).isEmpty();
        // Where there is no room for all, far fewer names are covered than when each stands beside its symbol.
        assertThat(denseOverlaps).isLessThan(denseBeside / 10);
    }

    @Test
    void aCrowdNearTheCentreGetsItsNamesApart() {
        var random = new Random(20261204L);
        int maps = 0;
        int leaders = 0;
        for (int i = 0; i < 100; i++) {
            var map = crowded(random);
            var count = LabelOverlaps.count(map, OPTIONS);
            assertThat(count.labelArea()).isLessThan(ROOM * count.freeArea());
            assertThat(count.total()).as("crowded map %d: %s", i, count).isZero();
            assertThat(LabelOverlaps.count(map, OPTIONS, besideTheSymbols(map, OPTIONS)).total())
                    .as("the same crowd with every name beside its symbol").isPositive();
            maps++;
            leaders += count.leaders();
        }
        assertThat(maps).isEqualTo(100);
        assertThat(leaders).as("names moved away from a crowd, with a leader line").isPositive();
    }

    @Test
    void namesWithRoomStayBesideTheirSymbolWithoutALeaderLine() {
        var map = Fixtures.family();
        var placement = LabelPlacement.place(map, OPTIONS);
        for (MapPerson person : map.persons()) {
            var label = placement.label(person.id());
            var at = MapGeometry.drawnPoint(person.position());
            assertThat(label.hasLeader()).as(person.name()).isFalse();
            assertThat(label.baseline() - at.y()).as(person.name()).isCloseTo(MapStyle.LABEL_SIZE * 0.35, within(1e-9));
            assertThat(Math.abs(label.x() - at.x())).as(person.name()).isCloseTo(MapStyle.LABEL_GAP, within(1e-9));
            // on the left half of the map the name stands on the left, as in easyNWK
            assertThat(label.anchor()).isEqualTo(at.x() < 0 ? LabelPlacement.Anchor.END : LabelPlacement.Anchor.START);
        }
    }

    @Test
    void aNameAwayFromItsPersonHasALeaderLineFromTheSymbolToTheName() {
        var random = new Random(7);
        int checked = 0;
        for (int i = 0; i < 30; i++) {
            var map = crowded(random);
            var placement = LabelPlacement.place(map, OPTIONS);
            for (MapPerson person : map.persons()) {
                var label = placement.label(person.id());
                var at = MapGeometry.drawnPoint(person.position());
                var symbol = LabelOverlaps.symbolRect(person, OPTIONS);
                var text = LabelOverlaps.textRect(label);
                double gap = distance(symbol, text);
                if (label.hasLeader()) {
                    checked++;
                    // from just outside the symbol to the edge of the name
                    assertThat(distance(symbol, label.leaderFrom())).isLessThan(1.0);
                    assertThat(Math.hypot(label.leaderFrom().x() - at.x(), label.leaderFrom().y() - at.y())).isLessThan(6.5);
                    // (the box of the letters here is a little smaller than the placement's box with its halo)
                    assertThat(distance(text, label.leaderTo())).isLessThan(0.8);
                    assertThat(gap).isGreaterThan(1.0);
                } else {
                    assertThat(gap).as("%s without a leader line stands close to its symbol", person.name()).isLessThan(2.5);
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theSameMapGivesTheSamePlacementWhateverTheOrderOfItsPersons() {
        var map = SyntheticNetworks.map(60, 3);
        var first = LabelPlacement.place(map, OPTIONS);
        var shuffled = new ArrayList<>(map.persons());
        Collections.shuffle(shuffled, new Random(1));
        var again = LabelPlacement.place(new MapVersion(map.centre(), shuffled, map.ties(), map.number(), map.title(),
                map.createdAt()), OPTIONS);
        assertThat(again.labels().keySet()).containsExactlyElementsOf(first.labels().keySet());
        for (var id : first.labels().keySet()) {
            assertThat(again.label(id)).isEqualTo(first.label(id));
        }
    }

    @Test
    void theSvgDrawsEveryNameAndLeaderLineWherePlaced() throws Exception {
        var maps = new ArrayList<MapVersion>(List.of(Fixtures.family(), SyntheticNetworks.map(40, 11), SyntheticNetworks.map(150)));
        maps.add(crowded(new Random(3)));
        int leaders = 0;
        for (MapVersion map : maps) {
            var placement = LabelPlacement.place(map, OPTIONS);
            var doc = XmlTesting.parse(MapSvg.render(map, OPTIONS));
            var groups = XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id]");
            assertThat(groups.getLength()).isEqualTo(map.persons().size());
            for (int i = 0; i < groups.getLength(); i++) {
                var group = (Element) groups.item(i);
                var label = placement.label(group.getAttribute("data-person-id"));
                double[] at = translate(group.getAttribute("transform"));
                var text = child(group, "text");
                assertThat(text.getTextContent()).isEqualTo(label.text());
                assertThat(text.getAttribute("text-anchor")).isEqualTo(label.anchor().svg());
                assertThat(at[0] + number(text, "x")).isCloseTo(label.x(), within(0.011));
                assertThat(at[1] + number(text, "y")).isCloseTo(label.baseline(), within(0.011));
                var line = child(group, "line");
                assertThat(line != null).isEqualTo(label.hasLeader());
                if (line != null) {
                    leaders++;
                    assertThat(line.getAttribute("class")).isEqualTo("kring-person__leader");
                    assertThat(at[0] + number(line, "x1")).isCloseTo(label.leaderFrom().x(), within(0.011));
                    assertThat(at[1] + number(line, "y1")).isCloseTo(label.leaderFrom().y(), within(0.011));
                    assertThat(at[0] + number(line, "x2")).isCloseTo(label.leaderTo().x(), within(0.011));
                    assertThat(at[1] + number(line, "y2")).isCloseTo(label.leaderTo().y(), within(0.011));
                }
            }
        }
        assertThat(leaders).isPositive();
    }

    @Test
    void thePngAndThePdfDrawingPutTheLettersWherePlaced() throws Exception {
        var map = crowded(new Random(5));
        var placement = LabelPlacement.place(map, OPTIONS);
        int size = 2400; // 10 pixels a map unit
        var png = ImageIO.read(new ByteArrayInputStream(MapPng.render(map, OPTIONS, size)));
        assertLettersOnlyInPlace(png, map, placement);

        // The PDF draws the map with the same painter, as plain text instead of outlines with a halo.
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        double scale = size / (2 * MapGeometry.VIEW_HALF);
        g.scale(scale, scale);
        g.translate(MapGeometry.VIEW_HALF, MapGeometry.VIEW_HALF);
        MapPainter.paint(g, map, OPTIONS, false);
        g.dispose();
        assertLettersOnlyInPlace(image, map, placement);
    }

    /** The letters' colour (darker than any symbol or line) is found in every name's box, and nowhere else. */
    private static void assertLettersOnlyInPlace(BufferedImage image, MapVersion map, Placement placement) {
        double perUnit = image.getWidth() / (2 * MapGeometry.VIEW_HALF);
        var boxes = new ArrayList<LabelOverlaps.Rect>();
        for (Label label : placement.labels().values()) {
            var box = LabelOverlaps.textRect(label);
            boxes.add(box);
            assertThat(letterPixels(image, box, perUnit)).as(label.text()).isGreaterThan(40);
        }
        String centre = map.centre().name();
        double width = TextMetrics.width(centre, MapStyle.LABEL_SIZE, true);
        boxes.add(new LabelOverlaps.Rect(-width / 2, MapSvg.centreLabelY() - 3, width / 2, MapSvg.centreLabelY() + 1));
        int stray = 0;
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                if (letter(image.getRGB(px, py))) {
                    double x = px / perUnit - MapGeometry.VIEW_HALF;
                    double y = py / perUnit - MapGeometry.VIEW_HALF;
                    if (boxes.stream().noneMatch(b -> x >= b.left() - 0.4 && x <= b.right() + 0.4
                            && y >= b.top() - 0.6 && y <= b.bottom() + 0.4)) {
                        stray++;
                    }
                }
            }
        }
        assertThat(stray).as("letter pixels outside the placed names").isLessThan(5);
    }

    private static int letterPixels(BufferedImage image, LabelOverlaps.Rect box, double perUnit) {
        int count = 0;
        for (int py = (int) ((box.top() + MapGeometry.VIEW_HALF) * perUnit); py < (box.bottom() + MapGeometry.VIEW_HALF) * perUnit; py++) {
            for (int px = (int) ((box.left() + MapGeometry.VIEW_HALF) * perUnit); px < (box.right() + MapGeometry.VIEW_HALF) * perUnit; px++) {
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight() && letter(image.getRGB(px, py))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The names' colour #1f1f1f; symbols are #363636 and lines lighter. */
    private static boolean letter(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 0x2c && g < 0x2c && b < 0x2c;
    }

    /**
     * A family crowded near the centre, as on many real maps: 6 to 12 persons within 30 map units of
     * the centre in one or two quarters, with names of ordinary lengths, some support, and a few
     * others further out.
     */
    static MapVersion crowded(Random random) {
        var names = List.of("Mama Marieke", "Papa Bas", "Opa Henk", "Oma Fatma", "Bobbie (hond)", "Tante Mies",
                "Oom Kees", "Zus Lotte", "Broer Daan", "Neef Yusuf", "Nicht Aylin", "Buurvrouw Els", "Stiefvader Ruud",
                "Halfzus Jip", "Peettante Zoë", "Opa Şükrü");
        var persons = new ArrayList<MapPerson>();
        int crowd = 6 + random.nextInt(7);
        double from = -180 + random.nextDouble() * 270;
        var genders = Gender.values();
        var types = SupportType.values();
        for (int i = 0; i < crowd; i++) {
            var builder = MapPerson.builder("c" + i, names.get(i))
                    .gender(genders[random.nextInt(genders.length)])
                    .at(from + random.nextDouble() * 90, 8 + random.nextDouble() * 22);
            if (names.get(i).contains("hond")) {
                builder.kind(EntryKind.PET);
            }
            for (int t = 0; t < random.nextInt(3); t++) {
                builder.support(types[(i + t) % types.length], SupportDirection.values()[t % 3]);
            }
            persons.add(builder.conflict(random.nextDouble() < 0.1).deceased(random.nextDouble() < 0.05).build());
        }
        for (int i = 0; i < 4; i++) {
            persons.add(MapPerson.builder("o" + i, names.get(crowd + i)).gender(genders[random.nextInt(genders.length)])
                    .at(-180 + random.nextDouble() * 360, 45 + random.nextDouble() * 50).build());
        }
        return new MapVersion(new Centre("Noor", null, 14, Gender.FEMALE, ""), persons, List.of());
    }

    /** Every name beside its symbol, as the map drew them before names were placed. */
    static Placement besideTheSymbols(MapVersion map, SvgOptions options) {
        var labels = new java.util.LinkedHashMap<String, Label>();
        for (MapPerson person : map.persons()) {
            var at = MapGeometry.drawnPoint(person.position());
            String name = options.nameOfPerson(person);
            boolean left = at.x() < 0;
            labels.put(person.id(), new Label(person.id(), name, left ? LabelPlacement.Anchor.END : LabelPlacement.Anchor.START,
                    at.x() + (left ? -MapStyle.LABEL_GAP : MapStyle.LABEL_GAP), at.y() + MapStyle.LABEL_SIZE * 0.35, 0,
                    new LabelPlacement.Box(0, 0, 0, 0), null, null));
        }
        return new Placement(labels, List.of(), List.of());
    }

    private static double distance(LabelOverlaps.Rect rect, MapGeometry.Point p) {
        double dx = Math.max(0, Math.max(rect.left() - p.x(), p.x() - rect.right()));
        double dy = Math.max(0, Math.max(rect.top() - p.y(), p.y() - rect.bottom()));
        return Math.hypot(dx, dy);
    }

    private static double distance(LabelOverlaps.Rect a, LabelOverlaps.Rect b) {
        double dx = Math.max(0, Math.max(a.left() - b.right(), b.left() - a.right()));
        double dy = Math.max(0, Math.max(a.top() - b.bottom(), b.top() - a.bottom()));
        return Math.hypot(dx, dy);
    }

    private static final Pattern TRANSLATE = Pattern.compile("translate\\((\\S+) (\\S+)\\)");

    private static double[] translate(String transform) {
        var m = TRANSLATE.matcher(transform);
        assertThat(m.matches()).as(transform).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private static Element child(Element group, String name) {
        var children = group.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
