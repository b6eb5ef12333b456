package nl.kring.family.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.UUID;
import nl.kring.family.FamilyDetails;
import nl.kring.family.FamilyDetailsRefused;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.FamilyFile;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.FormValues;
import nl.kring.platform.web.Refusal;
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
    private final nl.kring.family.FileLifecycle lifecycle;

    FamilyPageController(FamilyFiles families, FamilyDetails details, Accounts accounts, nl.kring.family.FileLifecycle lifecycle) {
        this.families = families;
        this.details = details;
        this.accounts = accounts;
        this.lifecycle = lifecycle;
    }

    /** What the new-measure form sends, kept as typed. */
    public record MeasureForm(String youth, String kind, String start, String end) {}

    @GetMapping("/families")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("families", summaries(families.visibleTo(user)));
        model.addAttribute("mayOpen", user.has(nl.kring.identity.Role.PROFESSIONAL) && user.teamId().isPresent());
        model.addAttribute("waiting", lifecycle.waitingForTeam(user));
        return "family/list";
    }

    @GetMapping("/families/{id}")
    String file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID editContact, Model model) {
        // the file, its contact details and its notes in one transaction, each with its own audit line
        var page = families.openWithParts(user, id, (opened, parts) -> new FilePage(opened,
                details.contactDetails(parts).orElse(java.util.List.of()), details.notes(parts).orElse(java.util.List.of())));
        var file = page.file();
        fill(model, user, file, page.contacts(), page.notes());
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

    @PostMapping("/families/{id}/measures")
    String recordMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String youth, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = new MeasureForm(youth, kind, start, end);
        try {
            var youthId = FormValues.uuid(youth, "measure.error.youth", "youthId");
            families.recordMeasure(user, id, new FamilyFiles.NewMeasure(youthId, kind,
                    FormValues.optionalDate(start, "measure.error.start", "start").orElse(families.today()), FormValues.optionalDate(end, "measure.error.end", "end")));
        } catch (FamilyFiles.MeasureRefused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return refusedForm(user, id, form, refused.messageKey(), refused.field(), model, response);
        } catch (Refusal bad) {
            if (bad.status() != 400) {
                throw bad;
            }
            return refusedForm(user, id, form, bad.messageKey(), bad.field(), model, response);
        }
        redirect.addFlashAttribute("notice", "measure.notice.recorded");
        return "redirect:/families/" + id;
    }

    @PostMapping("/families/{id}/measures/{measureId}/end")
    String endMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID measureId,
            @RequestParam(defaultValue = "") String end, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            families.endMeasure(user, id, measureId, FormValues.optionalDate(end, "measure.error.end", "end"));
        } catch (FamilyFiles.MeasureRefused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return refusedForm(user, id, null, refused.messageKey(), refused.field(), model, response);
        } catch (Refusal bad) {
            if (bad.status() != 400) {
                throw bad;
            }
            return refusedForm(user, id, null, bad.messageKey(), bad.field(), model, response);
        }
        redirect.addFlashAttribute("notice", "measure.notice.ended");
        return "redirect:/families/" + id;
    }

    private String refusedForm(CurrentUser user, UUID id, MeasureForm form, String messageKey, String field, Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        if (form != null) {
            model.addAttribute("measureForm", form);
        }
        model.addAttribute("measureError", messageKey);
        model.addAttribute("measureField", field);
        return file(user, id, null, model);
    }

    @GetMapping("/families/{id}/audit")
    String audit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        var audit = families.auditOf(user, id);
        var ids = new HashSet<UUID>();
        audit.records().forEach(r -> r.accountId().ifPresent(ids::add));
        model.addAttribute("family", FamilyView.Summary.of(audit.file(), families.today()));
        model.addAttribute("lines", AuditLine.of(audit.records(), accounts.displayNames(ids)));
        return "family/audit";
    }

    private record FilePage(FamilyFile file, java.util.List<FamilyDetails.MemberContact> contacts, java.util.List<FamilyDetails.Note> notes) {}

    private void fill(Model model, CurrentUser user, FamilyFile file) {
        fill(model, user, file, details.contactDetails(user, file.id()), details.notes(user, file.id()));
    }

    private void fill(Model model, CurrentUser user, FamilyFile file, java.util.List<FamilyDetails.MemberContact> contacts,
            java.util.List<FamilyDetails.Note> notes) {
        model.addAttribute("family", FamilyView.of(file, accounts.displayNames(file.assignedProfessionals()), families.today(), families.awaitedAnswers(file)));
        model.addAttribute("mayViewAudit", families.mayViewAudit(user, file));
        model.addAttribute("mayContribute", families.mayContribute(user, file) && file.status() != nl.kring.family.domain.FamilyStatus.CLOSED);
        model.addAttribute("mayManage", families.may(user, nl.kring.family.domain.FamilyAction.MANAGE_FILE, file));
        model.addAttribute("mayInvite", families.may(user, nl.kring.family.domain.FamilyAction.INVITE, file));
        model.addAttribute("contacts", contacts);
        model.addAttribute("notes", notes);
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", DetailForms.NoteForm.EMPTY);
        }
        var mayRecordMeasures = families.mayRecordMeasures(user, file);
        model.addAttribute("mayRecordMeasures", mayRecordMeasures);
        model.addAttribute("mayRecordExceptions", families.mayRecordExceptions(user, file));
        if (mayRecordMeasures) {
            model.addAttribute("youths", file.youths());
            model.addAttribute("measureKinds", ChildProtectionMeasure.Kind.values());
            if (!model.containsAttribute("measureForm")) {
                model.addAttribute("measureForm", new MeasureForm(file.youths().isEmpty() ? "" : file.youths().getFirst().id().toString(),
                        ChildProtectionMeasure.Kind.SUPERVISION_ORDER.name(), families.today().toString(), ""));
            }
        }
    }


    /** The list with each file's flags; the consents behind the flags are looked up once for the whole list. */
    private java.util.List<FamilyView.Summary> summaries(java.util.List<nl.kring.family.domain.FamilyFile> files) {
        var awaited = families.awaitedAnswers(files);
        return files.stream().map(f -> FamilyView.Summary.of(f, families.today(), awaited.getOrDefault(f.id(), java.util.List.of()))).toList();
    }
}
