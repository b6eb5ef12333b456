package nl.kring.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.privacy.Retention;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/retention")
@Tag(name = "Retention", description = "Closed family files whose retention period has passed, for administrators")
@SecurityRequirement(name = "bearer")
class AdminRetentionApiController {

    /** The retention period (ISO-8601, e.g. P20Y) and the closed files due for destruction today. */
    record DueFiles(String afterCare, List<DueFile> files) {}

    /** What is needed to decide: no name, nothing from inside the file. */
    record DueFile(UUID familyId, String reference, UUID teamId, String teamName, java.time.LocalDate closedOn,
            java.time.LocalDate dueOn, boolean demo) {
        static DueFile of(RetentionRow row) {
            return new DueFile(row.familyId(), row.reference(), row.teamId(), row.teamName(), row.closedOn(), row.dueOn(), row.demo());
        }
    }

    /** The file is gone; the anonymous record of its destruction remains. */
    record Destroyed(UUID familyId, UUID recordId, String reason) {}

    private final Retention retention;
    private final Accounts accounts;

    AdminRetentionApiController(Retention retention, Accounts accounts) {
        this.retention = retention;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Closed family files due for destruction (id, team, closing day, due day, demo mark; no names), longest overdue first; "
            + "every listed file is audited")
    DueFiles list(@AuthenticationPrincipal CurrentUser admin) {
        var teamNames = RetentionRow.teamNames(accounts.teams());
        return new DueFiles(retention.policy().afterCare().toString(),
                retention.dueFiles(admin).stream().map(file -> DueFile.of(RetentionRow.of(file, teamNames))).toList());
    }

    @PostMapping("/{familyId}/destruction")
    @Operation(summary = "Destroy a closed family file whose retention period has passed, for good; it leaves an anonymous record "
            + "(ids and dates, reason RETENTION). 404 when no closed file has this id, 409 when it is not yet due; then nothing changes")
    Destroyed destroy(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID familyId) {
        return new Destroyed(familyId, retention.destroy(admin, familyId), "RETENTION");
    }
}
