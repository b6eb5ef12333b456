package nl.kring.platform.pdf;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The building blocks Kring's text PDFs share, so that they look alike: a section heading and a table with a header row. */
public final class PdfBlocks {

    private PdfBlocks() {}

    /** A section heading with room above and below it. */
    public static void section(Document document, String title, Font font) {
        var paragraph = new Paragraph(title, font);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    /** A full-width table; the header row repeats on every page. */
    public static PdfPTable table(Font font, List<String> headers, List<List<String>> rows) {
        var table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, new Font(font.getBaseFont(), 10, Font.BOLD))));
        }
        for (var row : rows) {
            row.forEach(value -> table.addCell(new PdfPCell(new Phrase(value, font))));
        }
        return table;
    }
}
