package nl.kring.family.web;

import java.util.HashSet;
import java.util.UUID;
import nl.kring.family.FamilyFiles;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FamilyPageController {

    private final FamilyFiles families;
    private final Accounts accounts;

    FamilyPageController(FamilyFiles families, Accounts accounts) {
        this.families = families;
        this.accounts = accounts;
    }

    @GetMapping("/families")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("families", families.visibleTo(user).stream().map(f -> FamilyView.Summary.of(f, families.awaitedAnswers(f))).toList());
        return "family/list";
    }

    @GetMapping("/families/{id}")
    String file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        var file = families.open(user, id);
        model.addAttribute("family", FamilyView.of(file, accounts.displayNames(file.assignedProfessionals()), families.today(), families.awaitedAnswers(file)));
        model.addAttribute("mayViewAudit", families.mayViewAudit(user, file));
        return "family/file";
    }

    @GetMapping("/families/{id}/audit")
    String audit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        var audit = families.auditOf(user, id);
        var ids = new HashSet<UUID>();
        audit.records().forEach(r -> r.accountId().ifPresent(ids::add));
        model.addAttribute("family", FamilyView.Summary.of(audit.file()));
        model.addAttribute("lines", AuditLine.of(audit.records(), accounts.displayNames(ids)));
        return "family/audit";
    }
}
