package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.SignalThresholds;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class MapPdfTest {

    /** The module's English bundle, plus the keys this package adds (test texts). */
    static Function<String, String> englishLabels() {
        var bundle = ResourceBundle.getBundle("messages-network", Locale.ENGLISH);
        Map<String, String> extra = new HashMap<>();
        extra.put("network.map.title", "Network map");
        extra.put("network.map.centre", "centre");
        extra.put("network.map.outside", "outside the map");
        extra.put("network.map.conflict", "conflict");
        extra.put("network.map.deceased", "deceased");
        extra.put("network.pdf.legend", "Legend");
        extra.put("network.pdf.figures", "Figures");
        extra.put("network.pdf.signals", "Signals");
        extra.put("network.pdf.noSignals", "No signals.");
        extra.put("network.pdf.concerns", "About");
        extra.put("network.legend.otherOrUnknown", "Other or not given");
        extra.put("network.legend.nonHuman", "Pet or other");
        extra.put("network.legend.tie", "Know each other");
        extra.put("network.legend.conflictTie", "Conflict between them");
        extra.put("network.figures.personCount", "Persons");
        extra.put("network.figures.tieCount", "Ties between persons");
        extra.put("network.figures.density", "Density");
        extra.put("network.figures.components", "Parts");
        extra.put("network.figures.isolated", "Standing apart");
        extra.put("network.figures.articulationPoints", "Holding parts together");
        extra.put("network.figures.cliques", "Groups who all know each other");
        extra.put("network.figures.bySector", "Per sector");
        extra.put("network.figures.byCircle", "Per circle");
        extra.put("network.figures.supportByType", "Support");
        extra.put("network.figures.informal", "Informal");
        extra.put("network.figures.professional", "Professional");
        return key -> {
            if (extra.containsKey(key)) {
                return extra.get(key);
            }
            return bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(new Object[0]) : null;
        };
    }

    static NetworkFigures figuresOf(MapVersion map) {
        return NetworkAnalysis.of(map, SignalThresholds.DEFAULTS, LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPdfWithTitleMapLegendFiguresAndSignals() throws Exception {
        var map = Fixtures.family();
        var figures = figuresOf(map);
        var texts = new PdfTexts("Network map of Ayşe Işık", "Version 2 · 1 March 2026", Locale.ENGLISH, englishLabels());

        byte[] pdf = MapPdf.render(map, figures, texts);
        MapPngTest.saveForLooking("family.pdf", pdf);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(reader.getInfo()).containsEntry("Title", "Network map of Ayşe Işık");
        assertThat(text).contains("Network map of Ayşe Işık", "Legend", "Figures", "Signals", "Density",
                "Family", "Inner circle", "Emotional support");
        assertThat(figures.signals()).isNotEmpty();
        for (var signal : figures.signals()) {
            assertThat(text).contains(englishLabels().apply(signal.code().titleKey()));
        }
        // Names drawn on the map, with Turkish letters, are text in the PDF too.
        assertThat(text).contains("Opa Şükrü");
        reader.close();
    }

    @Test
    void theFontIsEmbeddedLiberationSans() {
        byte[] pdf = MapPdf.render(Fixtures.family(), figuresOf(Fixtures.family()),
                new PdfTexts("Ayşe", "", Locale.ENGLISH, englishLabels()));
        var raw = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("LiberationSans", "/FontFile2").doesNotContain("/Helvetica");
    }

    @Test
    void pseudonymsReachTheMapTheFiguresAndTheSignals() throws Exception {
        var map = Fixtures.family();
        var options = SvgOptions.builder(englishLabels()).nameOf(p -> "Person " + p.id().toUpperCase(Locale.ROOT))
                .centreNameOf(c -> "Youth").build();
        byte[] pdf = MapPdf.render(map, figuresOf(map), new PdfTexts("Map", "", Locale.ENGLISH, englishLabels()), options);

        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text).contains("Person OMA").doesNotContain("Gül", "Ayşe", "Ömer");
        reader.close();
    }

    @Test
    void emptyHostileAndLargeMapsMakeAPdf() throws Exception {
        for (var map : new MapVersion[] {Fixtures.empty(), Fixtures.hostile(), Fixtures.large(150)}) {
            byte[] pdf = MapPdf.render(map, figuresOf(map), new PdfTexts("Kaart", null, Locale.of("nl", "NL"), Fixtures.KEYS));
            var reader = new PdfReader(pdf);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Kaart");
            reader.close();
        }
    }
}
