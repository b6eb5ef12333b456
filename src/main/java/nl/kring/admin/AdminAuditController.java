package nl.kring.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import nl.kring.audit.AuditRecord;
import nl.kring.audit.Outcome;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 200;

    private final AuditSearch search;
    private final Accounts accounts;

    AdminAuditController(AuditSearch search, Accounts accounts) {
        this.search = search;
        this.accounts = accounts;
    }

    @GetMapping("/admin/audit")
    String audit(@AuthenticationPrincipal CurrentUser admin,
            @RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String family,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
            Model model, HttpServletResponse response) {
        var filters = new AuditSearch.Filters(account, family, action, outcome, from, until);
        model.addAttribute("filters", filters);
        model.addAttribute("outcomes", Outcome.values());
        try {
            List<AuditRecord> records = search.search(admin, filters, PAGE_SIZE);
            var ids = new HashSet<java.util.UUID>();
            records.forEach(r -> r.accountId().ifPresent(ids::add));
            model.addAttribute("records", records);
            model.addAttribute("usernames", accounts.usernames(ids));
        } catch (AuditSearch.BadFilter e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("records", List.of());
            model.addAttribute("usernames", java.util.Map.of());
            model.addAttribute("filterError", e.messageKey());
            model.addAttribute("filterField", e.field());
        }
        return "admin/audit";
    }
}
