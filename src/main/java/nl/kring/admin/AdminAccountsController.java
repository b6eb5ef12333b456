package nl.kring.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.IdentityAuditAction;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.identity.SecondFactors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management for administrators (the URL rule {@code /admin/**} requires the role). An
 * administrator manages accounts but does not read family files.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecondFactors secondFactors;

    AdminAccountsController(Accounts accounts, AuditLog audit, Clock clock, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @Transactional
    String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
        var all = accounts.all();
        record(admin, all.stream().map(a -> a.id().toString()).toList(), IdentityAuditAction.ACCOUNT_LIST);
        model.addAttribute("accounts", all);
        model.addAttribute("now", clock.instant());
        return "admin/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("teams", accounts.teams());
        model.addAttribute("allRoles", Role.values());
        return "admin/account-new";
    }

    @PostMapping("/new")
    @Transactional
    String create(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "") String teamId,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var form = new AccountForm(username.strip(), displayName, roles == null ? Set.of() : roles, teamId);
        try {
            var id = accounts.create(new NewAccount(form.username(), displayName, password, form.roleSet(), team(teamId)));
            record(admin, List.of(id.toString()), IdentityAuditAction.ACCOUNT_CREATE);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/accounts/" + id;
        } catch (Accounts.InvalidAccountChange e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", form);
            model.addAttribute("formError", e.messageKey());
            model.addAttribute("teams", accounts.teams());
            model.addAttribute("allRoles", Role.values());
            return "admin/account-new";
        }
    }

    @GetMapping("/{id}")
    @Transactional
    String edit(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
        var account = accounts.find(id).orElseThrow(Accounts.AccountNotFound::new);
        record(admin, List.of(id.toString()), IdentityAuditAction.ACCOUNT_READ);
        model.addAttribute("account", account);
        model.addAttribute("teams", accounts.teams());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(id));
        return "admin/account-edit";
    }

    @PostMapping("/{id}")
    @Transactional
    String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
            @RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "") String teamId,
            @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.update(admin, id, roles == null ? Set.of() : EnumSet.copyOf(roles), team(teamId), enabled);
            record(admin, List.of(id.toString()), IdentityAuditAction.ACCOUNT_UPDATE);
            redirect.addFlashAttribute("saved", true);
        } catch (Accounts.InvalidAccountChange e) {
            redirect.addFlashAttribute("formError", e.messageKey());
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    @Transactional
    String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(Accounts.AccountNotFound::new);
        accounts.unlock(id);
        record(admin, List.of(id.toString()), IdentityAuditAction.ACCOUNT_UNLOCK);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/accounts/" + id;
    }

    /**
     * A lost phone: the second factor is removed (audited in SecondFactors), the account's open sessions end,
     * and the person sets up a new one. The page says what happened.
     */
    @PostMapping("/{id}/second-factor/reset")
    @Transactional
    String resetSecondFactor(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(Accounts.AccountNotFound::new);
        var reset = secondFactors.reset(admin, id);
        // flash attributes live in the (JDBC) session: plain values only
        redirect.addFlashAttribute("secondFactorReset", reset.removed());
        redirect.addFlashAttribute("sessionsEnded", reset.sessionsEnded());
        return "redirect:/admin/accounts/" + id;
    }

    private static Optional<UUID> team(String teamId) {
        if (teamId == null || teamId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(teamId));
        } catch (IllegalArgumentException e) {
            throw new Accounts.InvalidAccountChange("account.error.team");
        }
    }

    private void record(CurrentUser admin, List<String> accountIds, IdentityAuditAction action) {
        audit.record(new AuditEntry(Optional.of(admin.accountId()), admin.roleCodes(), Optional.empty(), accountIds,
                action, Channel.current(), Outcome.ALLOWED));
    }

    /** What the administrator typed, kept when the form comes back with an error. */
    record AccountForm(String username, String displayName, Set<Role> roles, String teamId) {
        static AccountForm empty() {
            return new AccountForm("", "", Set.of(), "");
        }

        Set<Role> roleSet() {
            return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        }
    }
}
