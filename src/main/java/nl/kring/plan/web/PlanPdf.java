package nl.kring.plan.web;

import static nl.kring.platform.pdf.PdfBlocks.section;
import static nl.kring.platform.pdf.PdfBlocks.table;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.kring.plan.Plans;
import nl.kring.platform.pdf.PdfFont;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A version of the plan as a PDF to hand around: the family's own words, the agreements as who, what,
 * when and how with the names the family chose, safety, evaluation moments and who accepted — no jargon,
 * none of the professionals' working notes. The same parts as the page, and no more than the reader sees.
 */
@Component
public class PlanPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    private final MessageSource messages;

    PlanPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(Plans.Printable printable, Locale locale) {
        var opened = printable.plan();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        var base = PdfFont.unicode();
        var title = new Font(base, 20, Font.BOLD);
        var heading = new Font(base, 13, Font.BOLD);
        var body = new Font(base, 10);
        var version = opened.version();
        var family = version.content().family();
        document.open();
        document.add(new Paragraph(opened.plan().title(), title));
        document.add(new Paragraph(opened.family().name(), heading));
        var status = text("plan.versionLine", locale, version.number(), text("plan.status." + version.status(), locale));
        document.add(new Paragraph(version.acceptedAt().map(at -> status + " " + text("plan.acceptedOn", locale, DAY.format(at))).orElse(status),
                body));
        if (opened.viewer() != Plans.Viewer.OWN_AGREEMENTS) {
            for (var field : List.of("question", "goingWell", "worries", "goals")) {
                section(document, text("plan.field." + field, locale), heading);
                document.add(new Paragraph(orDash(fieldOf(family, field)), body));
            }
        }
        section(document, text("plan.agreements", locale), heading);
        if (family.agreements().isEmpty()) {
            document.add(new Paragraph(text("plan.agreements.none", locale), body));
        } else if (printable.map().isPresent()) {
            document.add(besideTheMap(family.agreements(), printable.map().get(), body, locale));
        } else {
            var rows = new ArrayList<List<String>>();
            for (var a : family.agreements()) {
                rows.add(List.of(who(a), what(a, locale), a.when(), a.how(), period(a)));
            }
            document.add(table(body, List.of(text("plan.agreement.who", locale), text("plan.agreement.what", locale),
                    text("plan.agreement.when", locale), text("plan.agreement.how", locale), text("plan.agreement.period", locale)), rows));
        }
        if (opened.viewer() != Plans.Viewer.OWN_AGREEMENTS) {
            for (var field : List.of("safety", "whenThingsGoWrong")) {
                section(document, text("plan.field." + field, locale), heading);
                document.add(new Paragraph(orDash(fieldOf(family, field)), body));
            }
            if (!version.content().professional().safetyConditions().isEmpty()) {
                section(document, text("plan.safetyConditions", locale), heading);
                document.add(new Paragraph(version.content().professional().safetyConditions().stream().map(c -> "• " + c.text())
                        .collect(Collectors.joining("\n")), body));
            }
        }
        section(document, text("plan.evaluationMoments", locale), heading);
        document.add(new Paragraph(family.evaluationMoments().isEmpty() ? text("plan.evaluationMoments.none", locale)
                : family.evaluationMoments().stream().map(d -> "• " + DAY.format(d.atStartOfDay(ZoneId.of("Europe/Amsterdam"))))
                        .collect(Collectors.joining("\n")), body));
        if (!opened.acceptors().isEmpty()) {
            section(document, text("plan.accept.heading", locale), heading);
            document.add(new Paragraph(opened.acceptors().stream()
                    .map(a -> "• " + a.name() + ": " + (a.current() ? text("plan.accept.done", locale, DAY.format(a.acceptance().get().acceptedAt()))
                            : text("plan.accept.notYet", locale)))
                    .collect(Collectors.joining("\n")), body));
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * The agreements on the left, each as who, what, when, how and the period, and the map they name on the right:
     * the reader sees at once where each person stands.
     */
    private PdfPTable besideTheMap(List<nl.kring.plan.domain.Agreement> agreements, nl.kring.network.MapPictures.MapPicture map, Font body,
            Locale locale) {
        var strong = new Font(body.getBaseFont(), body.getSize(), Font.BOLD);
        var layout = new PdfPTable(new float[] {58, 42});
        layout.setWidthPercentage(100);
        var left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setPaddingRight(10);
        for (var a : agreements) {
            var block = new Paragraph();
            block.setSpacingAfter(8);
            block.add(new Phrase(who(a) + "\n", strong));
            block.add(new Phrase(what(a, locale) + "\n", body));
            for (var line : List.of(labelled("plan.agreement.when", a.when(), locale), labelled("plan.agreement.how", a.how(), locale),
                    labelled("plan.agreement.period", period(a), locale))) {
                block.add(new Phrase(line + "\n", body));
            }
            left.addElement(block);
        }
        layout.addCell(left);
        var right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        try {
            var image = Image.getInstance(map.png());
            image.setAlt(text("plan.pdf.mapAlt", locale, map.title()));
            image.scaleToFit(210, 210);
            right.addElement(image);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        right.addElement(new Paragraph(text("plan.pdf.mapCaption", locale, map.title(), map.version()), new Font(body.getBaseFont(), 8)));
        layout.addCell(right);
        return layout;
    }

    private String labelled(String key, String value, Locale locale) {
        return text(key, locale) + ": " + orDash(value);
    }

    private static String who(nl.kring.plan.domain.Agreement a) {
        return a.persons().stream().map(p -> p.name()).collect(Collectors.joining(", "));
    }

    private String what(nl.kring.plan.domain.Agreement a, Locale locale) {
        return a.what() + a.task().map(t -> " (" + text("plan.task." + t, locale) + ")").orElse("");
    }

    private static String period(nl.kring.plan.domain.Agreement a) {
        return DAY.format(a.start().atStartOfDay(ZoneId.of("Europe/Amsterdam")))
                + a.end().map(e -> " – " + DAY.format(e.atStartOfDay(ZoneId.of("Europe/Amsterdam")))).orElse("");
    }

    private static String fieldOf(nl.kring.plan.domain.FamilyPart part, String field) {
        return switch (field) {
            case "question" -> part.question();
            case "goingWell" -> part.goingWell();
            case "worries" -> part.worries();
            case "goals" -> part.goals();
            case "safety" -> part.safety();
            default -> part.whenThingsGoWrong();
        };
    }

    private static String orDash(String text) {
        return text.isBlank() ? "–" : text;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
