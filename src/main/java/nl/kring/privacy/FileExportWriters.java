package nl.kring.privacy;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.network.MapJson;
import nl.kring.platform.pdf.PdfFont;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the family file as JSON (Kring's versioned format) and as a readable PDF. */
@Component
class FileExportWriters {

    static final String FORMAT = "kring-family-file";
    static final int FORMAT_VERSION = 1;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(NETHERLANDS);

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    FileExportWriters(MessageSource messages) {
        this.messages = messages;
    }

    byte[] json(FileExport.Contents contents) {
        var file = contents.family();
        var root = new LinkedHashMap<String, Object>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("exportedAt", contents.exportedAt().toString());
        root.put("family", Map.of("id", file.id(), "name", file.name(), "status", file.status().name()));
        root.put("members", file.members().stream().map(m -> {
            var member = new LinkedHashMap<String, Object>();
            member.put("id", m.id());
            member.put("givenName", m.givenName());
            member.put("familyName", m.familyName());
            member.put("relation", m.relation().name());
            member.put("birthDate", m.birthDate().map(Object::toString).orElse(null));
            member.put("parentalAuthority", m.parentalAuthority());
            return member;
        }).toList());
        root.put("contactDetails", contents.contactDetails().stream().filter(c -> !c.details().isEmpty()).map(c -> {
            var contact = new LinkedHashMap<String, Object>();
            contact.put("memberId", c.memberId());
            contact.put("phone", c.details().phone().orElse(null));
            contact.put("email", c.details().email().orElse(null));
            contact.put("street", c.details().street().orElse(null));
            contact.put("postalCode", c.details().postalCode().orElse(null));
            contact.put("city", c.details().city().orElse(null));
            return contact;
        }).toList());
        root.put("notes", contents.notes().stream().map(n -> {
            var note = new LinkedHashMap<String, Object>();
            note.put("id", n.id());
            note.put("author", n.authorName());
            note.put("text", n.text());
            note.put("at", n.createdAt().toString());
            return note;
        }).toList());
        root.put("networkContacts", file.network().stream()
                .map(c -> Map.of("id", c.id(), "name", c.name(), "role", c.roleLabel())).toList());
        root.put("professionals", file.assignedProfessionals().stream()
                .map(id -> Map.of("accountId", id, "name", contents.names().getOrDefault(id, ""))).toList());
        root.put("networkMaps", contents.maps().stream().map(h -> {
            var map = new LinkedHashMap<String, Object>();
            map.put("id", h.map().id());
            map.put("title", h.map().title());
            map.put("perspective", h.map().perspective().name());
            map.put("versions", h.versions().stream().map(v -> MapJson.of(v.version())).toList());
            return map;
        }).toList());
        root.put("consents", contents.consents().stream().map(view -> {
            var c = view.consent();
            var consent = new LinkedHashMap<String, Object>();
            consent.put("id", c.id());
            consent.put("about", view.subjectName());
            consent.put("recipient", c.recipient().label());
            consent.put("categories", c.categories().stream().map(cat -> cat.code()).sorted().toList());
            consent.put("purpose", c.purpose());
            consent.put("start", c.start().toString());
            consent.put("end", c.end().map(Object::toString).orElse(null));
            consent.put("state", view.state().getClass().getSimpleName());
            consent.put("approvals", c.approvals().stream().map(a -> Map.of("memberId", a.memberId(), "at", a.at().toString())).toList());
            consent.put("withdrawal", c.withdrawal().map(w -> Map.of("memberId", w.by(), "at", w.at().toString())).orElse(null));
            return consent;
        }).toList());
        root.put("sharingWithoutConsent", contents.exceptions().stream().map(view -> {
            var e = view.exception();
            var exception = new LinkedHashMap<String, Object>();
            exception.put("id", e.id());
            exception.put("about", view.subjectName());
            exception.put("reason", e.reason().name());
            exception.put("justification", e.justification());
            exception.put("recipient", e.recipient().label());
            exception.put("categories", e.categories().stream().map(cat -> cat.code()).sorted().toList());
            exception.put("start", e.start().toString());
            exception.put("end", e.end().map(Object::toString).orElse(null));
            exception.put("recordedAt", e.recordedAt().toString());
            exception.put("endedAt", view.endedAt().map(Object::toString).orElse(null));
            return exception;
        }).toList());
        root.put("childProtectionMeasures", contents.family().measures().stream().map(m -> {
            var measure = new LinkedHashMap<String, Object>();
            measure.put("id", m.id());
            measure.put("youthMemberId", m.youthId());
            measure.put("kind", m.kind().name());
            measure.put("start", m.start().toString());
            measure.put("end", m.end().map(Object::toString).orElse(null));
            return measure;
        }).toList());
        root.put("statements", contents.statements().stream().map(st -> Map.of("id", st.id(), "memberId", st.memberId(),
                "kind", st.kind().name(), "text", st.text(), "at", st.createdAt().toString())).toList());
        root.put("whoLooked", contents.audit().stream().map(r -> {
            var line = new LinkedHashMap<String, Object>();
            line.put("at", r.occurredAt().toString());
            line.put("who", r.accountId().map(id -> contents.names().getOrDefault(id, "")).orElse(null));
            line.put("roles", r.actingRoles());
            line.put("action", r.action());
            line.put("channel", r.channel().name());
            line.put("outcome", r.outcome().name());
            return line;
        }).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    byte[] pdf(FileExport.Contents contents, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        var base = PdfFont.unicode();
        var title = new Font(base, 18, Font.BOLD);
        var heading = new Font(base, 13, Font.BOLD);
        var body = new Font(base, 10);
        var file = contents.family();
        document.open();
        document.add(new Paragraph(text("download.pdf.title", locale, file.name()), title));
        document.add(new Paragraph(text("download.pdf.exportedAt", locale, MOMENT.format(contents.exportedAt())), body));

        section(document, text("family.members.heading", locale), heading);
        document.add(table(body, List.of(text("family.members.name", locale), text("family.members.relation", locale),
                        text("download.pdf.birthDate", locale), text("family.members.authority", locale)),
                file.members().stream().map(m -> List.of(m.fullName(), text("family.relation." + m.relation().name(), locale),
                        m.birthDate().map(d -> d.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))).orElse("–"),
                        m.parentalAuthority() ? text("common.yes", locale) : text("common.no", locale))).toList()));

        section(document, text("contact.heading", locale), heading);
        var withDetails = contents.contactDetails().stream().filter(c -> !c.details().isEmpty()).toList();
        if (withDetails.isEmpty()) {
            document.add(list(body, List.of(), locale));
        } else {
            document.add(table(body, List.of(text("family.members.name", locale), text("contact.phone", locale), text("contact.email", locale),
                            text("contact.address", locale)),
                    withDetails.stream().map(c -> List.of(c.name(), c.details().phone().orElse("–"), c.details().email().orElse("–"),
                            c.details().address().orElse("–"))).toList()));
        }

        section(document, text("note.heading", locale), heading);
        document.add(list(body, contents.notes().stream()
                .map(n -> text("note.byline", locale, n.authorName().isEmpty() ? text("note.unknownAuthor", locale) : n.authorName(),
                        MOMENT.format(n.createdAt())) + ": " + n.text())
                .toList(), locale));

        section(document, text("family.network.heading", locale), heading);
        document.add(list(body, file.network().stream().map(c -> c.name() + " – " + text("network.role." + c.roleLabel(), locale)).toList(), locale));
        section(document, text("family.professionals.heading", locale), heading);
        document.add(list(body, file.assignedProfessionals().stream().map(id -> contents.names().getOrDefault(id, "")).sorted().toList(), locale));

        section(document, text("network.maps.heading", locale), heading);
        for (var history : contents.maps()) {
            document.add(new Paragraph(history.map().title() + " (" + text(history.map().perspective().messageKey(), locale) + ")", body));
            var latest = history.versions().getLast().version();
            document.add(list(body, latest.persons().stream().map(p -> p.name()
                    + p.sector().map(s -> ", " + text("network.sector." + s.name(), locale)).orElse("")
                    + p.circle().map(c -> ", " + text("network.circle." + c.name(), locale)).orElse("")).toList(), locale));
        }

        section(document, text("consent.list.heading", locale), heading);
        document.add(list(body, contents.consents().stream().map(v -> v.consent().recipient().label() + " – "
                + v.consent().categories().stream().map(c -> text(c.messageKey(), locale)).sorted().collect(Collectors.joining(", "))
                + " – " + text(v.state().messageKey(), locale) + " – " + v.consent().purpose()).toList(), locale));

        section(document, text("exceptions.family.heading", locale), heading);
        document.add(list(body, contents.exceptions().stream().map(v -> v.exception().recipient().label() + " – "
                + v.exception().categories().stream().map(c -> text(c.messageKey(), locale)).sorted().collect(Collectors.joining(", "))
                + " – " + text(v.exception().reason().messageKey(), locale) + " – " + v.exception().justification()).toList(), locale));

        section(document, text("measure.heading", locale), heading);
        document.add(list(body, contents.family().measures().stream().map(m -> text("consent.measure." + m.kind().name(), locale) + " – "
                + m.start() + m.end().map(end -> " – " + end).orElse("")).toList(), locale));

        section(document, text("privacy.statements.heading", locale), heading);
        document.add(list(body, contents.statements().stream()
                .map(st -> text("privacy.statementKind." + st.kind().name(), locale) + " (" + MOMENT.format(st.createdAt()) + "): " + st.text())
                .toList(), locale));

        section(document, text("familyAudit.heading", locale), heading);
        document.add(table(body, List.of(text("audit.column.when", locale), text("audit.column.who", locale),
                        text("audit.column.action", locale), text("audit.column.outcome", locale)),
                contents.audit().stream().map(r -> List.of(MOMENT.format(r.occurredAt()),
                        r.accountId().map(id -> contents.names().getOrDefault(id, "")).orElse(text("audit.anonymous", locale)),
                        text("audit.action." + r.action(), locale), text("audit.outcome." + r.outcome().name(), locale))).toList()));
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String title, Font font) {
        var paragraph = new Paragraph(title, font);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    private Paragraph list(Font font, List<String> lines, Locale locale) {
        return new Paragraph(lines.isEmpty() ? text("download.pdf.none", locale) : lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n")), font);
    }

    private static PdfPTable table(Font font, List<String> headers, List<List<String>> rows) {
        var table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : headers) {
            var cell = new PdfPCell(new Phrase(header, new Font(font.getBaseFont(), 10, Font.BOLD)));
            table.addCell(cell);
        }
        for (var row : rows) {
            row.forEach(value -> table.addCell(new PdfPCell(new Phrase(value, font))));
        }
        return table;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
