package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapCsvTest {

    @Test
    void oneRowPerPersonWithBomAndCrlf() {
        var map = Fixtures.family();
        var csv = MapCsv.persons(map, MapPdfTest.figuresOf(map), MapPdfTest.englishLabels());
        var rows = parse(csv);

        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(MapCsv.utf8(csv)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(rows).hasSize(1 + map.persons().size());
        assertThat(rows.get(0)).hasSize(12 + 6 + 10);
        assertThat(rows.get(0).subList(0, 2)).containsExactly("network.csv.id", "network.csv.name");
        assertThat(rows.get(0)).contains("Emotional support", "Linking");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(28));

        var oma = rows.get(1);
        assertThat(oma.get(0)).isEqualTo("oma");
        assertThat(oma.get(1)).isEqualTo("Oma Gül");
        assertThat(oma.get(2)).isEqualTo("GRANDPARENT");
        assertThat(oma.get(3)).isEqualTo("Female");
        assertThat(oma.get(5)).isEqualTo("67");
        assertThat(oma.get(7)).isEqualTo("45");
        assertThat(oma.get(8)).isEqualTo("20");
        assertThat(oma.get(9)).isEqualTo("Family");
        assertThat(oma.get(10)).isEqualTo("Inner circle");
        assertThat(oma.get(11)).isEqualTo("Strong bond");
        assertThat(oma.get(12)).isEqualTo("Gives support");
        assertThat(oma.get(13)).isEqualTo("Support each other");
        assertThat(oma.get(14)).isEmpty();
        assertThat(oma.get(18)).isEqualTo("Protective");
        assertThat(oma.get(23)).isEqualTo("network.csv.yes"); // counted
        assertThat(oma.get(24)).isEqualTo("1"); // degree

        var juf = rows.get(4);
        assertThat(juf.get(2)).isEqualTo("juf van groep 7");
        assertThat(juf.get(5)).isEqualTo("24 to 65 years");
        assertThat(juf.get(7)).isEqualTo("-120"); // a number, not guarded
        assertThat(juf.get(9)).isEqualTo("School, work and clubs");

        var outside = rows.get(6);
        assertThat(outside.get(10)).isEqualTo("outside the map");
        assertThat(outside.get(23)).isEqualTo("network.csv.no");
        assertThat(outside.subList(24, 28)).containsOnly("");
    }

    @Test
    void hostileTextIsQuotedAndFormulasAreDefused() {
        var map = Fixtures.hostile();
        var csv = MapCsv.persons(map, MapPdfTest.figuresOf(map), Fixtures.KEYS);
        var rows = parse(csv);

        assertThat(rows).hasSize(3);
        var hostile = rows.get(1);
        assertThat(hostile.get(0)).isEqualTo("id\"<&>'");
        assertThat(hostile.get(1)).isEqualTo(Fixtures.HOSTILE);
        assertThat(hostile.get(2)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2).get(1)).isEqualTo("'+31 6 1234");
        assertThat(csv).contains("\"<script>alert('x')</script> & \"\"Bob\"\"\"");
    }

    @Test
    void theGuardCoversEveryFormulaStart() {
        assertThat(MapCsv.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(MapCsv.guard("+1")).isEqualTo("'+1");
        assertThat(MapCsv.guard("-1")).isEqualTo("'-1");
        assertThat(MapCsv.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(MapCsv.guard("\t=1")).isEqualTo("'\t=1");
        assertThat(MapCsv.guard("\r=1")).isEqualTo("'\r=1");
        assertThat(MapCsv.guard("Oma = lief")).isEqualTo("Oma = lief");
        assertThat(MapCsv.guard("")).isEmpty();
    }

    @Test
    void pseudonymsInsteadOfNames() {
        var map = Fixtures.family();
        var csv = MapCsv.persons(map, MapPdfTest.figuresOf(map), Fixtures.KEYS, p -> "P" + p.id().length());

        assertThat(csv).doesNotContain("Gül", "Ömer").contains("P3", "P4");
    }

    @Test
    void anEmptyMapHasOnlyTheHeading() {
        var csv = MapCsv.persons(Fixtures.empty(), MapPdfTest.figuresOf(Fixtures.empty()), Fixtures.KEYS);

        assertThat(parse(csv)).hasSize(1);
    }

    @Test
    void figuresWithStableCodes() {
        var map = Fixtures.family();
        var figures = MapPdfTest.figuresOf(map);
        var rows = parse(MapCsv.figures(map, figures, MapPdfTest.englishLabels()));

        assertThat(rows.get(0)).containsExactly("network.csv.code", "network.csv.figure", "network.csv.value");
        assertThat(rows).contains(
                List.of("personCount", "Persons", "3"),
                List.of("tieCount", "Ties between persons", "2"),
                List.of("density", "Density", "0.666667"),
                List.of("cliquesExamined", "network.figures.cliquesExamined", "0"),
                List.of("cliquesCut", "network.figures.cliquesCut", "network.csv.no"),
                List.of("sector.FAMILY", "Family", "2"),
                List.of("circle.INNER", "Inner circle", "1"),
                List.of("support.INFORMATIONAL.professional", "Information and advice (Professional)", "1"),
                List.of("signal.SINGLE_CONNECTOR", "One person holds the network together", "Papa Ömer"));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(3));
    }

    @Test
    void theFiguresOfADenseMapSayThatTheListOfGroupsWasCut() {
        // 15 persons in five threes, everyone knows everyone outside their own three: 3^5 = 243 groups.
        var persons = new ArrayList<nl.kring.network.domain.MapPerson>();
        var ties = new ArrayList<nl.kring.network.domain.Tie>();
        for (int i = 0; i < 15; i++) {
            persons.add(nl.kring.network.domain.MapPerson.builder("p" + i, "Persoon " + i).at(i * 20 - 150, 30).build());
            for (int j = i + 1; j < 15; j++) {
                if (i / 3 != j / 3) {
                    ties.add(new nl.kring.network.domain.Tie("p" + i, "p" + j));
                }
            }
        }
        var map = new nl.kring.network.domain.MapVersion(nl.kring.network.domain.Centre.named("Noor"), persons, ties);
        var rows = parse(MapCsv.figures(map, MapPdfTest.figuresOf(map), MapPdfTest.englishLabels()));

        assertThat(rows).contains(
                List.of("cliques", "Groups who all know each other", "50"),
                List.of("cliquesExamined", "network.figures.cliquesExamined", "243"),
                List.of("cliquesCut", "network.figures.cliquesCut", "network.csv.yes"));
    }

    @Test
    void theFiguresOfALargeMap() {
        var map = Fixtures.large(150);
        var rows = parse(MapCsv.persons(map, MapPdfTest.figuresOf(map), Fixtures.KEYS));

        assertThat(rows).hasSize(151);
        assertThat(rows.get(0).get(25)).isEqualTo("[network.csv.betweenness]");
        var counted = rows.stream().filter(row -> row.get(23).equals("[network.csv.yes]")).toList();
        assertThat(counted).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(24)).matches("\\d+");
            assertThat(row.get(25)).matches("0|1|0\\.\\d{1,6}");
        });
    }

    /** A strict RFC 4180 reader for the tests: CRLF after every record, quotes doubled inside quotes. */
    static List<List<String>> parse(String csv) {
        assertThat(csv.charAt(0)).isEqualTo(MapCsv.BOM);
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        int i = 1;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                assertThat(field).as("a quote may only open a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).isNotEqualTo('\n');
                field.append(c);
            }
            i++;
        }
        assertThat(row).isEmpty();
        assertThat(field).isEmpty();
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
        return rows;
    }
}
