package nl.kring.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.shared.SharedFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** "What family X shares with you", as a page and as a PDF. */
@Controller
class SharedPageController {

    private final SharedFiles shared;
    private final SharedPdf pdf;

    SharedPageController(SharedFiles shared, SharedPdf pdf) {
        this.shared = shared;
        this.pdf = pdf;
    }

    @GetMapping("/shared/{familyId}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var file = shared.open(user, familyId);
        if (file.wholeFile()) {
            // the family and its team read the whole file, not what it shares with someone
            return "redirect:/families/" + familyId;
        }
        model.addAttribute("file", file);
        return "shared/shared";
    }

    @GetMapping("/shared/{familyId}/download.pdf")
    @ResponseBody
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Locale locale) {
        var file = shared.open(user, familyId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("gedeeld.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.write(file, locale));
    }
}
