package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MapSvgTest {

    @Test
    void anAccessibleGroupWithATitleFromTheCaller() throws Exception {
        var labels = Fixtures.someLabels();
        labels.put("network.map.description", "Twee cirkels & vier sectoren");
        var svg = MapSvg.render(Fixtures.family(), SvgOptions.builder(labels).build());
        MapPngTest.saveForLooking("family.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var doc = XmlTesting.parse(svg);
        var root = doc.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("-120 -120 240 240");
        assertThat(root.getAttribute("role")).isEqualTo("group");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("kring-map-title");
        assertThat(root.getAttribute("aria-describedby")).isEqualTo("kring-map-desc");
        assertThat(XmlTesting.text(doc, "//*[@id='kring-map-title']")).isEqualTo("Netwerkkaart van Ayşe");
        assertThat(XmlTesting.text(doc, "//*[@id='kring-map-desc']")).isEqualTo("Twee cirkels & vier sectoren");
        assertThat(XmlTesting.text(doc, "//*[contains(@class,'kring-map__sector--family')]")).isEqualTo("Familie");
        assertThat(XmlTesting.text(doc, "//*[contains(@class,'kring-map__sector--school-work')]"))
                .isEqualTo("School, werk, vereniging");
    }

    @Test
    void withoutADescriptionThereIsNoDescribedBy() throws Exception {
        var svg = MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.someLabels()::get));
        var root = XmlTesting.parse(svg).getDocumentElement();

        assertThat(root.hasAttribute("aria-describedby")).isFalse();
        assertThat(svg).doesNotContain("<desc");
    }

    @Test
    void fourSectorLinesThreeCirclesAndTheCentre() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.KEYS)));

        assertThat(XmlTesting.select(doc, "//*[@class='kring-map__sector-line']").getLength()).isEqualTo(4);
        assertThat(XmlTesting.select(doc, "//*[starts-with(@class,'kring-map__circle ')]").getLength()).isEqualTo(3);
        assertThat(XmlTesting.select(doc, "//*[starts-with(@class,'kring-map__sector ')]").getLength()).isEqualTo(4);
        assertThat(XmlTesting.text(doc, "//*[starts-with(@class,'kring-map__centre ')]/@aria-label"))
                .isEqualTo("Ayşe, [network.map.centre]");
    }

    @Test
    void eachPersonIsAFocusableButtonWithASpokenLabel() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.KEYS)));
        var persons = XmlTesting.select(doc, "//*[starts-with(@class,'kring-person ')]");

        assertThat(persons.getLength()).isEqualTo(6);
        var oma = (Element) XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id='oma']").item(0);
        assertThat(oma.getAttribute("tabindex")).isEqualTo("0");
        assertThat(oma.getAttribute("role")).isEqualTo("button");
        assertThat(oma.getAttribute("class")).contains("kring-person--female");
        assertThat(oma.getAttribute("aria-label")).isEqualTo(String.join(", ",
                "Oma Gül", "[network.role.GRANDPARENT]", "[network.sector.FAMILY]", "[network.circle.INNER]",
                "[network.centreTie.STRONG]",
                "[network.supportType.EMOTIONAL]: [network.supportDirection.GIVES_TO_CENTRE]",
                "[network.supportType.PRACTICAL]: [network.supportDirection.MUTUAL]"));
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='oma']/*[@class='kring-person__label']"))
                .isEqualTo("Oma Gül");
    }

    @Test
    void symbolsByGenderAndKind() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.KEYS)));

        assertThat(symbolOf(doc, "oma")).isEqualTo("circle");
        assertThat(symbolOf(doc, "papa")).isEqualTo("square");
        assertThat(symbolOf(doc, "ver")).isEqualTo("diamond");
        assertThat(symbolOf(doc, "hond")).isEqualTo("star");
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='hond']/@class")).contains("kring-person--pet");
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='ver']/@class")).contains("kring-person--other");
    }

    @Test
    void deceasedConflictAndOutsideAreMarked() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.KEYS)));

        assertThat(XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id='opa']/*[@class='kring-person__deceased']").getLength())
                .isEqualTo(1);
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='opa']/@aria-label")).contains("[network.map.deceased]");
        var ring = (Element) XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id='papa']/*[@class='kring-person__conflict']").item(0);
        assertThat(ring.getAttribute("stroke")).isEqualTo("#c62828");
        assertThat(ring.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='ver']/@class")).contains("kring-person--outside");
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='ver']/@aria-label")).contains("[network.map.outside]");
    }

    @Test
    void centreTiesByStrengthAndTiesWithConflictsDashed() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.KEYS)));

        // opa has no tie with the centre: no line.
        assertThat(XmlTesting.select(doc, "//*[contains(@class,'kring-map__centre-tie ')]").getLength()).isEqualTo(5);
        assertThat(XmlTesting.select(doc, "//*[@data-person-id='opa' and local-name()='line']").getLength()).isZero();
        var strong = (Element) XmlTesting.select(doc, "//*[local-name()='line' and @data-person-id='oma']").item(0);
        var thin = (Element) XmlTesting.select(doc, "//*[local-name()='line' and @data-person-id='juf']").item(0);
        assertThat(strong.getAttribute("class")).contains("kring-map__centre-tie--strong");
        assertThat(Double.parseDouble(strong.getAttribute("stroke-width")))
                .isGreaterThan(Double.parseDouble(thin.getAttribute("stroke-width")));

        var ties = XmlTesting.select(doc, "//*[local-name()='line' and starts-with(@class,'kring-map__tie')]");
        assertThat(ties.getLength()).isEqualTo(2);
        var conflict = (Element) XmlTesting.select(doc, "//*[@data-a='juf' and @data-b='papa']").item(0);
        assertThat(conflict.getAttribute("class")).isEqualTo("kring-map__tie kring-map__tie--conflict");
        assertThat(conflict.getAttribute("stroke-dasharray")).isNotBlank();
    }

    @Test
    void conflictAndSupportCanBeLeftOut() throws Exception {
        var options = SvgOptions.builder(Fixtures.KEYS).showConflict(false).showSupport(false).showNames(false).build();
        var svg = MapSvg.render(Fixtures.family(), options);

        assertThat(svg).doesNotContain("kring-person__conflict", "--conflict", "kring-person__support",
                "kring-person__label", "#c62828");
    }

    @Test
    void supportMarksPerTypeAndDirection() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.family(), SvgOptions.defaults(Fixtures.KEYS)));
        var marks = XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id='oma']/*[starts-with(@class,'kring-person__support ')]");

        assertThat(marks.getLength()).isEqualTo(2);
        assertThat(((Element) marks.item(0)).getAttribute("class"))
                .isEqualTo("kring-person__support kring-person__support--emotional kring-person__support--gives-to-centre");
        assertThat(((Element) marks.item(1)).getAttribute("class")).endsWith("kring-person__support--mutual");
    }

    @Test
    void namesPassThroughNameOfForPseudonyms() {
        var options = SvgOptions.builder(Fixtures.KEYS)
                .nameOf(person -> "P-" + person.id())
                .centreNameOf(centre -> "Jongere")
                .build();
        var svg = MapSvg.render(Fixtures.family(), options);

        assertThat(svg).contains(">P-oma<", "aria-label=\"P-oma, ", ">Jongere<")
                .doesNotContain("Gül", "Ayşe");
    }

    @Test
    void highlightsAndGhostsForAComparison() throws Exception {
        MapVersion before = Fixtures.family();
        var moved = before.persons().stream()
                .filter(p -> !p.id().equals("juf"))
                .map(p -> p.id().equals("oma") ? p.toBuilder().at(45, 10).build()
                        : p.id().equals("papa") ? p.toBuilder().at(70, 90).build() : p)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        moved.add(MapPerson.builder("buur", "Buurvrouw An").at(120, 50).build());
        var after = new MapVersion(before.centre(), moved, List.of());
        var comparison = MapComparison.of(before, after);

        assertThat(comparison.after()).isEqualTo(Map.of("oma", HighlightKind.CLOSER, "papa", HighlightKind.FURTHER,
                "buur", HighlightKind.ADDED));
        assertThat(comparison.before()).containsEntry("juf", HighlightKind.REMOVED);
        assertThat(comparison.removed()).extracting(MapPerson::id).containsExactly("juf");

        var doc = XmlTesting.parse(MapSvg.render(after,
                SvgOptions.builder(Fixtures.KEYS).comparedWithEarlier(comparison).build()));
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='buur']/@class")).contains("kring-person--added");
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='oma']/@class")).contains("kring-person--closer");
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='papa']/@aria-label"))
                .endsWith("[network.map.highlight.FURTHER]");
        var ghost = (Element) XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id='juf']").item(0);
        assertThat(ghost.getAttribute("class")).contains("kring-person--ghost", "kring-person--removed");
        assertThat(ghost.hasAttribute("tabindex")).isFalse();
    }

    @Test
    void hostileNamesAndIdsAreEscaped() throws Exception {
        var svg = MapSvg.render(Fixtures.hostile(), SvgOptions.defaults(Fixtures.KEYS));
        var doc = XmlTesting.parse(svg);

        assertThat(svg).doesNotContain("<script", "alert('x')");
        assertThat(XmlTesting.select(doc, "//*[local-name()='script']").getLength()).isZero();
        var person = (Element) XmlTesting.select(doc, "//*[local-name()='g' and @data-person-id!='b' and @role='button']").item(0);
        assertThat(person.getAttribute("data-person-id")).isEqualTo("id\"<&>'");
        assertThat(XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id!='b' and @role='button']/*[@class='kring-person__label']"))
                .isEqualTo(Fixtures.HOSTILE);
        var tie = (Element) XmlTesting.select(doc, "//*[local-name()='line' and @data-b]").item(0);
        assertThat(tie.getAttribute("data-a")).isEqualTo("b");
        assertThat(tie.getAttribute("data-b")).isEqualTo("id\"<&>'");
        assertThat(person.getAttribute("aria-label")).startsWith(Fixtures.HOSTILE + ", ");
        assertThat(XmlTesting.text(doc, "//*[starts-with(@class,'kring-map__centre ')]/*[local-name()='text']"))
                .isEqualTo("<Sam & co>");
    }

    @Test
    void controlCharactersInNamesDoNotBreakTheXml() throws Exception {
        var person = MapPerson.builder("x", "A\u0000B\u001bC\uD800").at(10, 10).build();
        var svg = MapSvg.render(new MapVersion(Fixtures.empty().centre(), List.of(person), List.of()),
                SvgOptions.defaults(Fixtures.KEYS));

        assertThat(XmlTesting.text(XmlTesting.parse(svg), "//*[@class='kring-person__label']"))
                .isEqualTo("A\uFFFDB\uFFFDC\uFFFD");
    }

    @Test
    void noScriptNoStyleAttributesButPresentationAttributes() throws Exception {
        var svg = MapSvg.render(Fixtures.large(40), SvgOptions.defaults(Fixtures.KEYS));
        var doc = XmlTesting.parse(svg);

        assertThat(XmlTesting.select(doc, "//@style").getLength()).isZero();
        assertThat(XmlTesting.select(doc, "//*[local-name()='script' or local-name()='style']").getLength()).isZero();
        assertThat(XmlTesting.select(doc, "//@*[starts-with(local-name(),'on')]").getLength()).isZero();
        assertThat(XmlTesting.select(doc, "//*[local-name()='circle' and not(@fill)]").getLength()).isZero();
        assertThat(XmlTesting.select(doc, "//*[local-name()='line' and not(@stroke)]").getLength()).isZero();
    }

    @Test
    void anEmptyMapStillShowsTheCirclesAndTheCentre() throws Exception {
        var doc = XmlTesting.parse(MapSvg.render(Fixtures.empty(), SvgOptions.defaults(Fixtures.KEYS)));

        assertThat(XmlTesting.select(doc, "//*[starts-with(@class,'kring-person')]").getLength()).isZero();
        assertThat(XmlTesting.select(doc, "//*[starts-with(@class,'kring-map__circle ')]").getLength()).isEqualTo(3);
        assertThat(XmlTesting.text(doc, "//*[starts-with(@class,'kring-map__centre ')]/@aria-label"))
                .isEqualTo("Sam, [network.map.centre]");
    }

    @Test
    void idsTakeThePrefixSoMapsCanShareAPage() throws Exception {
        var svg = MapSvg.render(Fixtures.family(), SvgOptions.builder(Fixtures.KEYS).idPrefix("versie-2").build());

        assertThat(XmlTesting.parse(svg).getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("versie-2-title");
        assertThat(svg).contains("id=\"versie-2-title\"");
        assertThatThrownBy(() -> SvgOptions.builder(Fixtures.KEYS).idPrefix("a\" onload=\"x").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLargeMapRendersQuickly() throws Exception {
        var map = Fixtures.large(150);
        var options = SvgOptions.defaults(Fixtures.KEYS);
        for (int i = 0; i < 200; i++) {
            MapSvg.render(map, options); // warm up
        }
        int runs = 200;
        long start = System.nanoTime();
        String svg = null;
        for (int i = 0; i < runs; i++) {
            svg = MapSvg.render(map, options);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("MapSvg: 150 persons, %d ties, %.2f ms per map, %d characters%n",
                map.ties().size(), millis, svg.length());

        MapPngTest.saveForLooking("large.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MapPngTest.saveForLooking("large.png", MapPng.render(map, options, 900));
        var doc = XmlTesting.parse(svg);
        assertThat(XmlTesting.select(doc, "//*[@role='button']").getLength()).isEqualTo(150);
        assertThat(Set.of(svg.split("data-person-id=\"p")).size()).isGreaterThan(150);
    }

    private static String symbolOf(org.w3c.dom.Document doc, String id) throws Exception {
        var cls = XmlTesting.text(doc, "//*[local-name()='g' and @data-person-id='" + id + "']/*[starts-with(@class,'kring-person__symbol')]/@class");
        return cls.substring(cls.lastIndexOf("--") + 2);
    }
}
