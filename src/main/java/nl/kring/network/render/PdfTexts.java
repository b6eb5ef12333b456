package nl.kring.network.render;

import java.util.Locale;
import java.util.function.Function;

/**
 * The texts of a PDF report of a map, all given by the caller in the reader's language.
 *
 * @param title the title on top of the first page and in the document's properties, for example
 *        "Netwerkkaart van Ayşe"
 * @param subtitle an optional line under the title (for example the family, version and date); may be
 *        empty
 * @param locale the reader's language: for numbers such as the density and the document's language tag
 * @param labels texts by message key (see {@link MapPdf} for the keys); a missing key shows as the key
 */
public record PdfTexts(String title, String subtitle, Locale locale, Function<String, String> labels) {

    public PdfTexts {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        locale = locale == null ? Locale.ROOT : locale;
        labels = labels == null ? key -> null : labels;
    }
}
