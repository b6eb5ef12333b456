package nl.kring.network.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.network.MapRefusal;
import nl.kring.network.NetworkMaps;
import nl.kring.network.io.EasyNwkWriter;
import nl.kring.network.io.KringMapWriter;
import nl.kring.network.io.MapHistory;
import nl.kring.network.render.MapCsv;
import nl.kring.network.render.MapGraphMl;
import nl.kring.network.render.MapPdf;
import nl.kring.network.render.MapPng;
import nl.kring.network.render.MapSvg;
import nl.kring.network.render.PdfTexts;
import nl.kring.network.render.SvgOptions;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Downloads of a map: every format goes through {@link NetworkMaps#export} or
 * {@link NetworkMaps#history}, so each download is checked and audited as an export.
 */
@Component
public class MapExports {

    public static final List<String> FORMATS = List.of("pdf", "png", "svg", "csv", "figures.csv", "graphml", "json", "easynwk");
    static final int PNG_SIZE = 1600;

    private final NetworkMaps maps;
    private final MapDrawing drawing;
    private final MessageSource messages;

    MapExports(NetworkMaps maps, MapDrawing drawing, MessageSource messages) {
        this.maps = maps;
        this.drawing = drawing;
        this.messages = messages;
    }

    public ResponseEntity<byte[]> download(CurrentUser user, UUID familyId, UUID mapId, String format, OptionalInt version, Locale locale) {
        if (!FORMATS.contains(format)) {
            throw MapRefusal.invalid("network.error.format", "format");
        }
        if (format.equals("json") || format.equals("easynwk")) {
            return history(user, familyId, mapId, format, version);
        }
        var opened = maps.export(user, familyId, mapId, version);
        var map = opened.stored().version();
        var labels = drawing.labels(map, locale);
        var name = fileName(opened.map().title(), opened.stored().number());
        return switch (format) {
            case "svg" -> file(MapSvg.render(map, SvgOptions.defaults(labels)).getBytes(StandardCharsets.UTF_8),
                    "image/svg+xml", name + ".svg");
            case "png" -> file(MapPng.render(map, SvgOptions.defaults(labels), PNG_SIZE), MediaType.IMAGE_PNG_VALUE, name + ".png");
            case "pdf" -> file(MapPdf.render(map, opened.figures(), new PdfTexts(opened.map().title(),
                            messages.getMessage("network.pdf.subtitle", new Object[] {map.centre().name(), opened.stored().number()}, locale),
                            locale, labels)),
                    MediaType.APPLICATION_PDF_VALUE, name + ".pdf");
            case "csv" -> file(MapCsv.utf8(MapCsv.persons(map, opened.figures(), labels)), "text/csv;charset=UTF-8", name + "-personen.csv");
            case "figures.csv" -> file(MapCsv.utf8(MapCsv.figures(map, opened.figures(), labels)), "text/csv;charset=UTF-8",
                    name + "-kengetallen.csv");
            case "graphml" -> file(MapGraphMl.write(map, opened.figures()).getBytes(StandardCharsets.UTF_8), "application/graphml+xml",
                    name + ".graphml");
            default -> throw MapRefusal.invalid("network.error.format", "format");
        };
    }

    /** Kring's own file and easyNWK carry the whole history (or the one version asked for). */
    private ResponseEntity<byte[]> history(CurrentUser user, UUID familyId, UUID mapId, String format, OptionalInt version) {
        var versions = maps.history(user, familyId, mapId);
        var chosen = version.isPresent()
                ? versions.stream().filter(v -> v.number() == version.getAsInt()).toList()
                : versions;
        if (chosen.isEmpty()) {
            throw MapRefusal.invalid("network.error.version", "version");
        }
        var name = fileName(chosen.getLast().version().title(), chosen.getLast().number());
        if (format.equals("easynwk")) {
            var history = new MapHistory(chosen.stream().map(v -> v.version()).toList());
            return file(EasyNwkWriter.write(history), MediaType.APPLICATION_JSON_VALUE, name + ".easynwk.json");
        }
        return file(KringMapWriter.write(chosen.getLast().version()), MediaType.APPLICATION_JSON_VALUE, name + ".kring.json");
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** A file name from the map's title: letters, digits and dashes only. */
    static String fileName(String title, int version) {
        var plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "netwerkkaart" : slug) + "-v" + version;
    }
}
