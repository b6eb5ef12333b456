package nl.kring.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of the whole family file, for the family itself: readable PDF and machine-readable JSON. */
@RestController
class FileExportController {

    private final FileExport export;
    private final FileExportWriters writers;

    FileExportController(FileExport export, FileExportWriters writers) {
        this.export = export;
        this.writers = writers;
    }

    @GetMapping({"/families/{familyId}/download.pdf", "/api/v1/families/{familyId}/download.pdf"})
    @Operation(summary = "The whole family file as a readable PDF (parents with authority and youths from 12)")
    @SecurityRequirement(name = "bearer")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Locale locale) {
        var contents = export.contents(user, familyId);
        return file(writers.pdf(contents, locale), MediaType.APPLICATION_PDF_VALUE, "gezinsdossier.pdf");
    }

    @GetMapping({"/families/{familyId}/download.json", "/api/v1/families/{familyId}/download.json"})
    @Operation(summary = "The whole family file as JSON (parents with authority and youths from 12)")
    @SecurityRequirement(name = "bearer")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        var contents = export.contents(user, familyId);
        return file(writers.json(contents), MediaType.APPLICATION_JSON_VALUE, "gezinsdossier.json");
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
