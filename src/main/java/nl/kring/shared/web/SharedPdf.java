package nl.kring.shared.web;

import static nl.kring.platform.pdf.PdfBlocks.section;
import static nl.kring.platform.pdf.PdfBlocks.table;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.kring.platform.pdf.PdfFont;
import nl.kring.shared.SharedFiles;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "What family X shares with you" as a PDF: exactly the parts of the page, nothing else of the file. */
@Component
public class SharedPdf {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(NETHERLANDS);

    private final MessageSource messages;
    private final Clock clock;

    SharedPdf(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] write(SharedFiles.SharedFile file, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        var base = PdfFont.unicode();
        var title = new Font(base, 18, Font.BOLD);
        var heading = new Font(base, 13, Font.BOLD);
        var body = new Font(base, 10);
        document.open();
        document.add(new Paragraph(text("shared.heading", locale, file.familyName()), title));
        document.add(new Paragraph(text("shared.pdf.madeAt", locale, MOMENT.format(clock.instant())), body));
        document.add(new Paragraph(text("shared.categories", locale, file.categories().stream()
                .map(c -> text("consent.category." + c, locale)).collect(Collectors.joining(", "))), body));

        file.members().ifPresent(members -> {
            section(document, text("shared.members.heading", locale), heading);
            document.add(members.isEmpty() ? none(body, locale) : table(body,
                    List.of(text("shared.members.givenName", locale), text("family.members.relation", locale), text("family.members.age", locale)),
                    members.stream().map(m -> List.of(m.givenName(), text(m.relation().messageKey(), locale),
                            m.age() == null ? "–" : String.valueOf(m.age()))).toList()));
        });
        file.contactDetails().ifPresent(contacts -> {
            section(document, text("contact.heading", locale), heading);
            document.add(contacts.isEmpty() ? none(body, locale) : table(body,
                    List.of(text("family.members.name", locale), text("contact.phone", locale), text("contact.email", locale),
                            text("contact.address", locale)),
                    contacts.stream().map(c -> List.of(c.name(), c.details().phone().orElse("–"), c.details().email().orElse("–"),
                            c.details().address().orElse("–"))).toList()));
        });
        file.notes().ifPresent(notes -> {
            section(document, text("note.heading", locale), heading);
            if (notes.isEmpty()) {
                document.add(none(body, locale));
            }
            for (var note : notes) {
                var byline = new Paragraph(text("note.byline", locale,
                        note.authorName().isEmpty() ? text("note.unknownAuthor", locale) : note.authorName(), MOMENT.format(note.createdAt())),
                        new Font(base, 9, Font.ITALIC));
                byline.setSpacingBefore(6);
                document.add(byline);
                document.add(new Paragraph(note.text(), body));
            }
        });
        file.maps().ifPresent(maps -> {
            section(document, text("network.maps.heading", locale), heading);
            document.add(maps.isEmpty() ? none(body, locale) : new Paragraph(maps.stream()
                    .map(m -> "• " + m.title() + " (" + text("shared.maps.seenBy", locale, text(m.perspective().messageKey(), locale)) + ")")
                    .collect(Collectors.joining("\n")), body));
            document.add(new Paragraph(text("shared.maps.pdfHint", locale), body));
        });
        document.close();
        return out.toByteArray();
    }

    private Paragraph none(Font font, Locale locale) {
        return new Paragraph(text("shared.none", locale), font);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
