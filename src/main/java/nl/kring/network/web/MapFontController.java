package nl.kring.network.web;

import java.time.Duration;
import nl.kring.platform.pdf.PdfFont;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The map's font for the browser: Liberation Sans, the font the PNG and the PDF draw with and that
 * the placement of names measures ({@code LabelPlacement}), taken from the OpenPDF jar as the PDFs
 * take it (SIL Open Font License 1.1, its licence in the font's own name table). The page's style
 * sheet loads it with {@code @font-face}, so that a name on the map in the page and in print takes the
 * same width as in the downloads, whatever fonts the reader's machine has. Public, as all style files
 * under {@code /vendor/}.
 */
@Controller
class MapFontController {

    static final String PATH = "/vendor/fonts/LiberationSans-Regular.ttf";

    @GetMapping(PATH)
    ResponseEntity<byte[]> font() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("font/ttf"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(PdfFont.bytes());
    }
}
