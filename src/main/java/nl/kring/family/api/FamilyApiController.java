package nl.kring.family.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.kring.family.FamilyFiles;
import nl.kring.family.web.AuditLine;
import nl.kring.family.web.FamilyView;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/families")
@Tag(name = "Families", description = "Family files (dossiers) the caller may see")
@SecurityRequirement(name = "bearer")
class FamilyApiController {

    private final FamilyFiles families;
    private final Accounts accounts;

    FamilyApiController(FamilyFiles families, Accounts accounts) {
        this.families = families;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The family files visible to the caller; every listed file is audited")
    List<FamilyView.Summary> list(@AuthenticationPrincipal CurrentUser user) {
        return summaries(families.visibleTo(user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One family file: 404 when the caller may not know it exists, 403 when known but refused")
    FamilyView one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        var file = families.open(user, id);
        return FamilyView.of(file, accounts.displayNames(file.assignedProfessionals()), families.today(), families.awaitedAnswers(file));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who looked at this family's file (parents with authority and youths from 12)")
    List<AuditLine> audit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        var audit = families.auditOf(user, id);
        var ids = new HashSet<UUID>();
        audit.records().forEach(r -> r.accountId().ifPresent(ids::add));
        return AuditLine.of(audit.records(), accounts.displayNames(ids));
    }

    /** The list with each file's flags; the consents behind the flags are looked up once for the whole list. */
    private java.util.List<FamilyView.Summary> summaries(java.util.List<nl.kring.family.domain.FamilyFile> files) {
        var awaited = families.awaitedAnswers(files);
        return files.stream().map(f -> FamilyView.Summary.of(f, families.today(), awaited.getOrDefault(f.id(), java.util.List.of()))).toList();
    }
}
