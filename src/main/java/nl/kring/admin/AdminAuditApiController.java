package nl.kring.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.kring.audit.AuditQuery;
import nl.kring.audit.AuditRecord;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The whole audit log, for administrators")
@SecurityRequirement(name = "bearer")
class AdminAuditApiController {

    private final AuditSearch search;

    AdminAuditApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(summary = "Search the audit log (account username or id, family id, action, outcome, dates as yyyy-mm-dd)")
    List<AuditRecord> audit(@AuthenticationPrincipal CurrentUser admin,
            @RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String family,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "200") int limit) {
        return search.search(admin, new AuditSearch.Filters(account, family, action, outcome, from, until),
                Math.min(limit, AuditQuery.MAX_LIMIT));
    }
}
