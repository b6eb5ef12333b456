package nl.kring.family.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.UUID;
import nl.kring.family.FamilyDetails;
import nl.kring.family.FamilyDetailsRefused;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FamilyPageController {

    private final FamilyFiles families;
    private final FamilyDetails details;
    private final Accounts accounts;

    FamilyPageController(FamilyFiles families, FamilyDetails details, Accounts accounts) {
        this.families = families;
        this.details = details;
        this.accounts = accounts;
    }

    @GetMapping("/families")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("families", families.visibleTo(user).stream().map(f -> FamilyView.Summary.of(f, families.awaitedAnswers(f))).toList());
        return "family/list";
    }

    @GetMapping("/families/{id}")
    String file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID editContact, Model model) {
        var file = families.open(user, id);
        fill(model, user, file);
        if (editContact != null && !model.containsAttribute("contactForm") && families.mayContribute(user, file)) {
            @SuppressWarnings("unchecked")
            var contacts = (java.util.List<FamilyDetails.MemberContact>) model.getAttribute("contacts");
            contacts.stream().filter(c -> c.memberId().equals(editContact)).findFirst()
                    .ifPresent(contact -> model.addAttribute("contactForm", DetailForms.ContactForm.of(contact)));
        }
        return "family/file";
    }

    @PostMapping("/families/{id}/members/{memberId}/contact")
    String saveContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String street, @RequestParam(defaultValue = "") String postalCode,
            @RequestParam(defaultValue = "") String city, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            details.saveContactDetails(user, id, memberId, phone, email, street, postalCode, city);
        } catch (FamilyDetailsRefused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            var file = families.open(user, id);
            var name = file.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(FamilyDetailsRefused::unknownMember).fullName();
            response.setStatus(400);
            model.addAttribute("contactForm", new DetailForms.ContactForm(memberId, name, phone, email, street, postalCode, city, refused.errors()));
            fill(model, user, file);
            return "family/file";
        }
        redirect.addFlashAttribute("contactNotice", "contact.notice.saved");
        return "redirect:/families/" + id + "#contact-details";
    }

    @PostMapping("/families/{id}/notes")
    String addNote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            details.addNote(user, id, text);
        } catch (FamilyDetailsRefused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            var file = families.open(user, id);
            response.setStatus(400);
            model.addAttribute("noteForm", new DetailForms.NoteForm(text, refused.errors()));
            fill(model, user, file);
            return "family/file";
        }
        redirect.addFlashAttribute("noteNotice", "note.notice.added");
        return "redirect:/families/" + id + "#notes";
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

    private void fill(Model model, CurrentUser user, FamilyFile file) {
        model.addAttribute("family", FamilyView.of(file, accounts.displayNames(file.assignedProfessionals()), families.today(), families.awaitedAnswers(file)));
        model.addAttribute("mayViewAudit", families.mayViewAudit(user, file));
        model.addAttribute("mayContribute", families.mayContribute(user, file));
        model.addAttribute("contacts", details.contactDetails(user, file.id()));
        model.addAttribute("notes", details.notes(user, file.id()));
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", DetailForms.NoteForm.EMPTY);
        }
    }
}
