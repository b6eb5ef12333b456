package nl.kring.network.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.Signal;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportGivers;
import nl.kring.network.domain.SupportType;
import nl.kring.network.render.MapStyle.Symbol;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PDF report of one map version: title, the map (vector graphics, drawn by the same Java2D code as
 * the PNG on OpenPDF's {@code PdfGraphics2D}), a legend, the network figures and the signals with
 * their explanations. Every text comes from the caller ({@link PdfTexts}); the font is Liberation Sans,
 * embedded as a subset ({@link MapFonts}), so names such as Ayşe or Işık print as written.
 *
 * <p>Label keys, besides those of {@link MapSvg}:
 * <ul>
 *   <li>headings: {@code network.pdf.legend}, {@code network.pdf.figures}, {@code network.pdf.signals},
 *       {@code network.pdf.noSignals} (text when there are none), {@code network.pdf.concerns}
 *       (before the names a signal is about);</li>
 *   <li>legend: {@code network.gender.FEMALE}, {@code network.gender.MALE},
 *       {@code network.legend.otherOrUnknown}, {@code network.legend.nonHuman},
 *       {@code network.legend.tie}, {@code network.legend.conflictTie}, and the existing
 *       {@code network.centreTie.*}, {@code network.sector.*}, {@code network.circle.*},
 *       {@code network.supportType.*}, {@code network.supportDirection.*};</li>
 *   <li>figures: {@code network.figures.personCount}, {@code .tieCount}, {@code .density},
 *       {@code .components}, {@code .isolated}, {@code .articulationPoints}, {@code .cliques},
 *       {@code .bySector}, {@code .byCircle}, {@code .supportByType}, {@code .informal},
 *       {@code .professional} (all under {@code network.figures.});</li>
 *   <li>signals: {@code signal.<CODE>.title} and {@code signal.<CODE>.explanation} (existing).</li>
 * </ul>
 */
public final class MapPdf {

    /** Width and height of the map on the page, in points (A4 is 595 points wide). */
    static final float MAP_SIZE = 400f;
    private static final float ICON = 14f;
    /** Map units shown in a legend icon. */
    private static final double ICON_UNITS = 9.0;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);

    private final MapVersion version;
    private final NetworkFigures figures;
    private final PdfTexts texts;
    private final SvgOptions options;
    private final Labels labels;
    private final BaseFont baseFont;
    private final Font titleFont;
    private final Font headingFont;
    private final Font boldFont;
    private final Font bodyFont;
    private final Font smallFont;
    private PdfWriter writer;

    private MapPdf(MapVersion version, NetworkFigures figures, PdfTexts texts, SvgOptions options) {
        this.version = version;
        this.figures = figures;
        this.texts = texts;
        this.options = options;
        this.labels = Labels.of(texts.labels());
        this.baseFont = MapFonts.pdf();
        this.titleFont = new Font(baseFont, 18f, Font.BOLD);
        this.headingFont = new Font(baseFont, 13f, Font.BOLD);
        this.boldFont = new Font(baseFont, 10f, Font.BOLD);
        this.bodyFont = new Font(baseFont, 10f);
        this.smallFont = new Font(baseFont, 9f, Font.NORMAL, GREY);
    }

    /** The report with the map drawn with {@link SvgOptions#defaults} of the same labels: real names. */
    public static byte[] render(MapVersion version, NetworkFigures figures, PdfTexts texts) {
        return render(version, figures, texts, SvgOptions.defaults(texts.labels()));
    }

    /**
     * The report, with the map drawn as {@code mapOptions} say. Names in the figures and signals pass
     * through {@link SvgOptions#nameOf()} too, so a pseudonymised map gives a pseudonymised report.
     */
    public static byte[] render(MapVersion version, NetworkFigures figures, PdfTexts texts, SvgOptions mapOptions) {
        return new MapPdf(version, figures, texts, mapOptions).write();
    }

    private byte[] write() {
        var out = new ByteArrayOutputStream(128 * 1024);
        var document = new Document(PageSize.A4, 42, 42, 42, 42);
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(texts.title());
        if (!texts.locale().getLanguage().isEmpty()) {
            document.setDocumentLanguage(texts.locale().toLanguageTag());
        }
        document.open();

        var title = new Paragraph(texts.title(), titleFont);
        title.setSpacingAfter(4f);
        document.add(title);
        if (!texts.subtitle().isBlank()) {
            document.add(new Paragraph(texts.subtitle(), smallFont));
        }
        document.add(map());
        legend(document);
        document.newPage(); // the map and its legend on the first page, the figures after it
        figures(document);
        signals(document);

        document.close();
        return out.toByteArray();
    }

    private Image map() {
        PdfTemplate template = PdfTemplate.createTemplate(writer, MAP_SIZE, MAP_SIZE);
        FontMapper mapper = new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return baseFont;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return MapFonts.awt().deriveFont((float) size);
            }
        };
        Graphics2D g = template.createGraphics(MAP_SIZE, MAP_SIZE, mapper);
        try {
            double scale = MAP_SIZE / (2 * MapGeometry.VIEW_HALF);
            g.scale(scale, scale);
            g.translate(MapGeometry.VIEW_HALF, MapGeometry.VIEW_HALF);
            MapPainter.paint(g, version, options, false);
        } finally {
            g.dispose();
        }
        var image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setAlt(texts.title());
        return image;
    }

    private Paragraph heading(String key) {
        var heading = new Paragraph(labels.get(key), headingFont);
        heading.setSpacingBefore(12f);
        heading.setSpacingAfter(6f);
        return heading;
    }

    // Legend

    private void legend(Document document) {
        document.add(heading("network.pdf.legend"));
        var items = new ArrayList<LegendItem>();
        items.add(new LegendItem(g -> MapPainter.symbol(g, Symbol.CIRCLE, 0, 0, 1, MapStyle.CENTRE_FILL,
                MapStyle.PERSON_OUTLINE, 0.5), labels.get("network.map.centre")));
        items.add(symbolItem(Symbol.CIRCLE, labels.get(Gender.FEMALE)));
        items.add(symbolItem(Symbol.SQUARE, labels.get(Gender.MALE)));
        items.add(symbolItem(Symbol.DIAMOND, labels.get("network.legend.otherOrUnknown")));
        items.add(symbolItem(Symbol.STAR, labels.get("network.legend.nonHuman")));
        items.add(new LegendItem(g -> {
            MapPainter.symbol(g, Symbol.CIRCLE, -1, 1, 1, "#ffffff", MapStyle.PERSON_FILL, 0.5);
            MapPainter.deceasedCross(g, -1, 1);
        }, labels.get("network.map.deceased")));
        if (options.showConflict()) {
            items.add(new LegendItem(g -> {
                MapPainter.conflictRing(g, 0, 0);
                MapPainter.symbol(g, Symbol.CIRCLE, 0, 0, 1, MapStyle.PERSON_FILL, MapStyle.PERSON_OUTLINE, 0.35);
            }, labels.get("network.map.conflict")));
        }
        items.add(lineItem(MapStyle.CENTRE_TIE, MapStyle.CENTRE_TIE_WIDTH, false,
                labels.get(CentreTie.EXISTING)));
        items.add(lineItem(MapStyle.STRONG_CENTRE_TIE, MapStyle.STRONG_CENTRE_TIE_WIDTH, false,
                labels.get(CentreTie.STRONG)));
        items.add(new LegendItem(g -> { }, labels.get(CentreTie.NONE)));
        items.add(lineItem(MapStyle.TIE, MapStyle.TIE_WIDTH * 1.5, false, labels.get("network.legend.tie")));
        if (options.showConflict()) {
            items.add(lineItem(MapStyle.CONFLICT, MapStyle.TIE_WIDTH * 1.5, true, labels.get("network.legend.conflictTie")));
        }
        for (Sector sector : Sector.values()) {
            items.add(new LegendItem(g -> sectorIcon(g, sector), labels.get(sector)));
        }
        for (Circle circle : Circle.values()) {
            items.add(new LegendItem(g -> circleIcon(g, circle), labels.get(circle)));
        }
        items.add(new LegendItem(g -> {
            g.setColor(MapStyle.color(MapStyle.OUTSIDE_STROKE));
            g.setStroke(MapPainter.dashed(0.5, new double[] {1, 1}));
            g.draw(new Arc2D.Double(-12, -3, 24, 24, 45, 90, Arc2D.OPEN));
            MapPainter.symbol(g, Symbol.DIAMOND, 0, -3, 0.8, MapStyle.PERSON_FILL, MapStyle.PERSON_OUTLINE, 0.3);
        }, labels.get("network.map.outside")));
        if (options.showSupport()) {
            for (SupportType type : SupportType.values()) {
                items.add(new LegendItem(g -> MapPainter.supportDot(g, 0, 0, MapStyle.supportColour(type),
                        SupportDirection.GIVES_TO_CENTRE), labels.get(type), 3.0));
            }
            for (SupportDirection direction : SupportDirection.values()) {
                items.add(new LegendItem(g -> MapPainter.supportDot(g, 0, 0, MapStyle.supportColour(SupportType.INFORMATIONAL),
                        direction), labels.get(direction), 3.0));
            }
        }
        if (!options.highlights().isEmpty() || !options.ghosts().isEmpty()) {
            for (HighlightKind kind : HighlightKind.values()) {
                items.add(new LegendItem(g -> {
                    g.setColor(MapStyle.color(MapStyle.highlightColour(kind)));
                    g.setStroke(kind == HighlightKind.REMOVED ? MapPainter.dashed(MapStyle.HIGHLIGHT_WIDTH, new double[] {1.5, 1})
                            : MapPainter.stroke(MapStyle.HIGHLIGHT_WIDTH));
                    g.draw(MapPainter.circle(0, 0, MapStyle.HIGHLIGHT_RING * 0.85));
                }, labels.get(kind)));
            }
        }

        var table = new PdfPTable(new float[] {ICON + 6, 100, ICON + 6, 100, ICON + 6, 100});
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        for (LegendItem item : items) {
            table.addCell(iconCell(item));
            var text = new PdfPCell(new Phrase(item.text(), smallFont));
            text.setBorder(Rectangle.NO_BORDER);
            text.setVerticalAlignment(Element.ALIGN_MIDDLE);
            text.setPaddingBottom(4f);
            table.addCell(text);
        }
        table.completeRow();
        document.add(table);
    }

    private record LegendItem(Consumer<Graphics2D> icon, String text, double units) {
        LegendItem(Consumer<Graphics2D> icon, String text) {
            this(icon, text, ICON_UNITS);
        }
    }

    private LegendItem symbolItem(Symbol symbol, String text) {
        return new LegendItem(g -> MapPainter.symbol(g, symbol, 0, 0, 1, MapStyle.PERSON_FILL,
                MapStyle.PERSON_OUTLINE, MapStyle.PERSON_OUTLINE_WIDTH), text);
    }

    private static LegendItem lineItem(String colour, double width, boolean dashed, String text) {
        return new LegendItem(g -> {
            g.setColor(MapStyle.color(colour));
            g.setStroke(dashed ? MapPainter.dashed(width, MapStyle.CONFLICT_DASH) : MapPainter.stroke(width));
            g.draw(new Line2D.Double(-4, 0, 4, 0));
        }, text);
    }

    private static void sectorIcon(Graphics2D g, Sector sector) {
        double r = 4.2;
        g.setColor(MapStyle.color(MapStyle.OUTER_FILL));
        g.fill(MapPainter.circle(0, 0, r));
        double start = switch (sector) {
            case FAMILY -> 0;
            case FRIENDS -> 90;
            case SCHOOL_WORK -> 180;
            case PROFESSIONALS -> 270;
        };
        g.setColor(MapStyle.color(MapStyle.CIRCLE_STROKE));
        g.fill(new Arc2D.Double(-r, -r, 2 * r, 2 * r, start, 90, Arc2D.PIE));
        g.setColor(MapStyle.color(MapStyle.SECTOR_LINE));
        g.setStroke(MapPainter.stroke(0.4));
        g.draw(new Line2D.Double(-r, 0, r, 0));
        g.draw(new Line2D.Double(0, -r, 0, r));
    }

    private static void circleIcon(Graphics2D g, Circle circle) {
        double r = 4.2;
        double[] radii = {r / 3, 2 * r / 3, r};
        String[] fills = {MapStyle.INNER_FILL, MapStyle.MIDDLE_FILL, MapStyle.OUTER_FILL};
        for (int i = 2; i >= 0; i--) {
            g.setColor(MapStyle.color(i == circle.ordinal() ? MapStyle.CIRCLE_STROKE : fills[i]));
            g.fill(MapPainter.circle(0, 0, radii[i]));
            g.setColor(MapStyle.color(MapStyle.CIRCLE_STROKE));
            g.setStroke(MapPainter.stroke(0.25));
            g.draw(MapPainter.circle(0, 0, radii[i]));
        }
    }

    private PdfPCell iconCell(LegendItem item) {
        PdfTemplate template = PdfTemplate.createTemplate(writer, ICON, ICON);
        Graphics2D g = template.createGraphics(ICON, ICON);
        try {
            MapPainter.hints(g);
            g.translate(ICON / 2.0, ICON / 2.0);
            double scale = ICON / item.units();
            g.scale(scale, scale);
            item.icon().accept(g);
        } finally {
            g.dispose();
        }
        var cell = new PdfPCell(Image.getInstance(template), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingBottom(4f);
        return cell;
    }

    // Figures

    private void figures(Document document) {
        document.add(heading("network.pdf.figures"));
        var numbers = NumberFormat.getNumberInstance(texts.locale());
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);

        var table = twoColumns();
        row(table, "network.figures.personCount", Integer.toString(figures.personCount()));
        row(table, "network.figures.tieCount", Integer.toString(figures.tieCount()));
        row(table, "network.figures.density", numbers.format(figures.density()));
        row(table, "network.figures.components", Integer.toString(figures.components()));
        row(table, "network.figures.isolated", countAndNames(figures.isolated()));
        row(table, "network.figures.articulationPoints", countAndNames(figures.articulationPoints()));
        row(table, "network.figures.cliques", Integer.toString(figures.cliques().size()));
        if (figures.cliqueSearch().cut()) {
            row(table, "network.figures.cliquesExamined", Integer.toString(figures.cliqueSearch().examined()));
        }
        table.setKeepTogether(true);
        document.add(table);

        var places = new PdfPTable(new float[] {3, 1, 3, 1});
        places.setWidthPercentage(100);
        places.setSpacingBefore(8f);
        places.addCell(headerCell(labels.get("network.figures.bySector"), 2));
        places.addCell(headerCell(labels.get("network.figures.byCircle"), 2));
        for (int i = 0; i < Sector.values().length; i++) {
            Sector sector = Sector.values()[i];
            places.addCell(cell(labels.get(sector), bodyFont, Element.ALIGN_LEFT));
            places.addCell(cell(Integer.toString(figures.sectors().getOrDefault(sector, 0)), bodyFont, Element.ALIGN_RIGHT));
            if (i < Circle.values().length) {
                Circle circle = Circle.values()[i];
                places.addCell(cell(labels.get(circle), bodyFont, Element.ALIGN_LEFT));
                places.addCell(cell(Integer.toString(figures.circles().getOrDefault(circle, 0)), bodyFont, Element.ALIGN_RIGHT));
            } else {
                places.addCell(cell("", bodyFont, Element.ALIGN_LEFT));
                places.addCell(cell("", bodyFont, Element.ALIGN_LEFT));
            }
        }
        document.add(places);

        var support = new PdfPTable(new float[] {4, 1.5f, 1.5f});
        support.setWidthPercentage(100);
        support.setSpacingBefore(8f);
        support.setHeaderRows(1);
        support.addCell(headerCell(labels.get("network.figures.supportByType"), 1));
        support.addCell(headerCell(labels.get("network.figures.informal"), 1, Element.ALIGN_RIGHT));
        support.addCell(headerCell(labels.get("network.figures.professional"), 1, Element.ALIGN_RIGHT));
        for (SupportType type : SupportType.values()) {
            var givers = figures.supportByType().getOrDefault(type, new SupportGivers(List.of(), List.of()));
            support.addCell(cell(labels.get(type), bodyFont, Element.ALIGN_LEFT));
            support.addCell(cell(Integer.toString(givers.informal().size()), bodyFont, Element.ALIGN_RIGHT));
            support.addCell(cell(Integer.toString(givers.professional().size()), bodyFont, Element.ALIGN_RIGHT));
        }
        document.add(support);
    }

    private PdfPTable twoColumns() {
        var table = new PdfPTable(new float[] {3, 4});
        table.setWidthPercentage(100);
        return table;
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(labels.get(key), bodyFont, Element.ALIGN_LEFT));
        table.addCell(cell(value, bodyFont, Element.ALIGN_LEFT));
    }

    private PdfPCell headerCell(String text, int colspan) {
        return headerCell(text, colspan, Element.ALIGN_LEFT);
    }

    private PdfPCell headerCell(String text, int colspan, int alignment) {
        var cell = cell(text, boldFont, alignment);
        cell.setColspan(colspan);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(4f);
        return cell;
    }

    private String countAndNames(List<String> ids) {
        if (ids.isEmpty()) {
            return "0";
        }
        return ids.size() + " (" + namesOf(ids) + ")";
    }

    private String namesOf(List<String> ids) {
        var names = new ArrayList<String>();
        for (String id : ids) {
            names.add(version.person(id).map(options::nameOfPerson).orElse(id));
        }
        return String.join(", ", names);
    }

    // Signals

    private void signals(Document document) {
        document.add(heading("network.pdf.signals"));
        if (figures.signals().isEmpty()) {
            document.add(new Paragraph(labels.get("network.pdf.noSignals"), bodyFont));
            return;
        }
        for (Signal signal : figures.signals()) {
            String heading = labels.get(signal.code().titleKey());
            if (signal.figures().get("supportType") instanceof String type && isSupportType(type)) {
                heading += ": " + labels.get(SupportType.valueOf(type));
            }
            var title = new Paragraph(heading, boldFont);
            title.setSpacingBefore(6f);
            title.setKeepTogether(true);
            document.add(title);
            var explanation = new Paragraph(labels.get(signal.code().explanationKey()), bodyFont);
            explanation.setLeading(13f);
            document.add(explanation);
            if (!signal.personIds().isEmpty()) {
                var concerns = new Paragraph();
                concerns.add(new Chunk(labels.get("network.pdf.concerns") + ": ", smallFont));
                concerns.add(new Chunk(namesOf(signal.personIds()), smallFont));
                document.add(concerns);
            }
        }
    }

    private static boolean isSupportType(String name) {
        for (SupportType type : SupportType.values()) {
            if (type.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
