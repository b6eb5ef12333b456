package nl.kring.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.network.NetworkMaps;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportType;
import nl.kring.plan.AgreementAnswer;
import nl.kring.plan.PlanEditConflict;
import nl.kring.plan.PlanInput;
import nl.kring.plan.PlanOverloadWarning;
import nl.kring.plan.Plans;
import nl.kring.plan.domain.MeetingStage;
import nl.kring.plan.domain.PersonRef;
import nl.kring.plan.domain.ProfessionalTask;
import nl.kring.plan.domain.TaskLabel;
import nl.kring.platform.web.HttpRefusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ons plan": the family's plans, one version with the map's signals beside its agreements, the forms
 * for the family's and the professionals' parts, acceptance, persons the youth does not want involved,
 * and a network member's own agreements. A refused change shows the page again with what was typed.
 */
@Controller
@RequestMapping("/families/{familyId}/plans")
class PlanPageController {

    private final Plans plans;
    private final NetworkMaps maps;
    private final PlanPdf pdf;

    private final org.springframework.context.MessageSource messages;

    PlanPageController(Plans plans, NetworkMaps maps, PlanPdf pdf, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.pdf = pdf;
        this.plans = plans;
        this.maps = maps;
    }

    public record SignalRow(String code, List<String> names, String mapTitle) {}

    public record PersonOption(String value, String label, boolean refused, PersonRef ref) {}

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var family = plans.plans(user, familyId);
        model.addAttribute("family", family.family());
        model.addAttribute("plans", family.plans());
        model.addAttribute("mayCreate", family.mayCreate());
        model.addAttribute("title", model.containsAttribute("title") ? model.getAttribute("title") : "");
        return "plan/plans";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @RequestParam(defaultValue = "") String title,
            Model model, HttpServletResponse response) {
        try {
            var opened = plans.create(user, familyId, title);
            return "redirect:/families/" + familyId + "/plans/" + opened.plan().id();
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            if (refused.status() != 400) {
                throw failure;
            }
            response.setStatus(400);
            model.addAttribute("title", title);
            model.addAttribute("titleError", refused.messageKey());
            return list(user, familyId, model);
        }
    }

    @GetMapping("/{planId}")
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(name = "version", required = false) Integer version, Model model) {
        var opened = plans.open(user, familyId, planId, version == null ? OptionalInt.empty() : OptionalInt.of(version));
        return page(user, opened, null, null, model);
    }

    /** The version as a PDF to print or hand around (audited as a read, like the page). */
    @GetMapping("/{planId}/plan.pdf")
    org.springframework.http.ResponseEntity<byte[]> downloadPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @PathVariable UUID planId, @RequestParam(name = "version", required = false) Integer version, java.util.Locale locale) {
        var printable = plans.printable(user, familyId, planId, version == null ? OptionalInt.empty() : OptionalInt.of(version), locale);
        var opened = printable.plan();
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"plan-" + opened.version().number() + ".pdf\"")
                .body(pdf.write(printable, locale));
    }

    /** A printable letter that invites a person from the map to the network meeting, in plain words, with the family's date and place. */
    @GetMapping("/{planId}/letter")
    String letter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String language, java.util.Locale locale,
            Model model) {
        var opened = plans.open(user, familyId, planId, OptionalInt.empty());
        // after the door: someone outside the file learns nothing, not even that the language was wrong
        var letterLanguage = Plans.letterLanguage(language, locale);
        var named = opened.persons().stream().filter(p -> PlanForms.value(p.ref()).equals(person)).findFirst()
                .orElseThrow(() -> nl.kring.plan.PlanRefusal.badInput("plan.error.unknownPerson", "person"));
        if (named.refused()) {
            throw new nl.kring.plan.PlanRefusal(422, "plan.error.refusedPerson", "person");
        }
        model.addAttribute("family", opened.family());
        model.addAttribute("plan", opened.plan());
        model.addAttribute("person", named.ref());
        model.addAttribute("meeting", opened.meeting().orElse(null));
        model.addAttribute("letterLanguage", letterLanguage.getLanguage());
        model.addAttribute("letterHeading", messages.getMessage("plan.letter.heading", null, letterLanguage));
        model.addAttribute("letterLines", plans.invitationLetter(opened.family().name(), named.ref().name(), opened.meeting(), letterLanguage));
        return "plan/letter";
    }

    @PostMapping("/{planId}/letter/mail")
    String mailLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String language, java.util.Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var chosen = PlanForms.chosen(person, "person");
            var name = plans.mailMeetingInvitation(user, familyId, planId, chosen.mapId(), chosen.personId(), language, locale).name();
            redirect.addFlashAttribute("notice", "plan.notice.invitationMailed");
            redirect.addFlashAttribute("noticeName", name);
            return "redirect:/families/" + familyId + "/plans/" + planId + "#meeting";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/family-part")
    String saveFamilyPart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = PlanForms.FamilyPartForm.from(params);
        try {
            var saved = plans.saveFamilyPart(user, familyId, planId, form.basedOnRevision(), PlanInput.familyPart(form.input()),
                    form.overloadAcknowledged());
            redirect.addFlashAttribute("notice", "plan.notice.saved");
            return "redirect:/families/" + familyId + "/plans/" + saved.plan().plan().id() + "#family-part";
        } catch (PlanOverloadWarning warning) {
            model.addAttribute("overload", warning.persons());
            model.addAttribute("overloadThreshold", warning.threshold());
            response.setStatus(200);
            return page(user, plans.open(user, familyId, planId, OptionalInt.empty()), form, null, model);
        } catch (PlanEditConflict conflict) {
            response.setStatus(409);
            model.addAttribute("conflict", conflict.current());
            return page(user, plans.open(user, familyId, planId, OptionalInt.empty()), form.basedOn(conflict.current().revision()), null, model);
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, form, null, model, response);
        }
    }

    @PostMapping("/{planId}/professional-part")
    String saveProfessionalPart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var form = PlanForms.ProfessionalPartForm.from(params);
        try {
            plans.saveProfessionalPart(user, familyId, planId, form.basedOnRevision(), form.input());
            redirect.addFlashAttribute("notice", "plan.notice.saved");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#professional-part";
        } catch (PlanEditConflict conflict) {
            response.setStatus(409);
            model.addAttribute("conflict", conflict.current());
            return page(user, plans.open(user, familyId, planId, OptionalInt.empty()), null, form.basedOn(conflict.current().revision()), model);
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, form, model, response);
        }
    }

    @PostMapping("/{planId}/accept")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "-1") int revision, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var opened = plans.accept(user, familyId, planId, revision);
            redirect.addFlashAttribute("notice", opened.version().accepted() ? "plan.notice.accepted" : "plan.notice.acceptedByYou");
            return "redirect:/families/" + familyId + "/plans/" + planId;
        } catch (PlanEditConflict conflict) {
            response.setStatus(409);
            model.addAttribute("error", conflict.messageKey());
            return page(user, plans.open(user, familyId, planId, OptionalInt.empty()), null, null, model);
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/meeting")
    String meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "") String meetingOn,
            @RequestParam(defaultValue = "") String place, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            MeetingStage next;
            try {
                next = MeetingStage.valueOf(stage);
            } catch (IllegalArgumentException unknown) {
                throw nl.kring.plan.PlanRefusal.badInput("plan.error.stage", "stage");
            }
            plans.moveMeeting(user, familyId, planId, new nl.kring.plan.Meeting(next, PlanInput.day(meetingOn, "meetingOn"), place));
            redirect.addFlashAttribute("notice", "plan.notice.saved");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#meeting";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/evaluation")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var marks = new java.util.LinkedHashMap<String, String>();
        var notes = new java.util.LinkedHashMap<String, String>();
        var participantNotes = new java.util.LinkedHashMap<String, String>();
        params.forEach((key, values) -> {
            if (key.startsWith("mark-") && !values.isEmpty()) {
                marks.put(key.substring(5), values.getFirst());
            }
            if (key.startsWith("note-") && !values.isEmpty()) {
                notes.put(key.substring(5), values.getFirst());
            }
            // a participant's note: "pnote-<agreement id>|<map id>:<person id>"
            if (key.startsWith("pnote-") && key.indexOf('|') > 6 && !values.isEmpty()) {
                participantNotes.put(key.substring(6), values.getFirst());
            }
        });
        var heldOn = params.getFirst("heldOn");
        var whatChanges = params.getFirst("whatChanges");
        try {
            var input = new PlanInput.EvaluationInput(heldOn, marks.entrySet().stream()
                    .map(e -> new PlanInput.MarkInput(e.getKey(), e.getValue(), notes.getOrDefault(e.getKey(), ""),
                            participantNotes.entrySet().stream().filter(n -> n.getKey().startsWith(e.getKey() + "|") && !n.getValue().isBlank())
                                    .map(n -> {
                                        var person = PlanForms.chosen(n.getKey().substring(e.getKey().length() + 1), "participants");
                                        return new PlanInput.ParticipantInput(person.mapId().toString(), person.personId(), n.getValue());
                                    }).toList()))
                    .toList(), whatChanges);
            plans.evaluate(user, familyId, planId, PlanInput.evaluation(input));
            redirect.addFlashAttribute("notice", "plan.notice.evaluated");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#evaluation";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            model.addAttribute("evaluationMarks", marks);
            model.addAttribute("evaluationNotes", notes);
            model.addAttribute("participantNotes", participantNotes);
            model.addAttribute("evaluationDay", heldOn);
            model.addAttribute("evaluationText", whatChanges);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/versions")
    String nextVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            plans.startNextVersion(user, familyId, planId);
            redirect.addFlashAttribute("notice", "plan.notice.newVersion");
            return "redirect:/families/" + familyId + "/plans/" + planId;
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/refused-persons")
    String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "refuse") String change, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var chosen = PlanForms.chosen(person, "person");
            if (change.equals("withdraw")) {
                plans.withdrawRefusal(user, familyId, chosen.mapId(), chosen.personId());
            } else {
                plans.refusePerson(user, familyId, chosen.mapId(), chosen.personId());
            }
            redirect.addFlashAttribute("notice", change.equals("withdraw") ? "plan.notice.refusalWithdrawn" : "plan.notice.refused");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#refused";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/new-person")
    String newPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "") String map, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "FRIENDS") String sector, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            UUID mapId;
            Sector where;
            try {
                mapId = UUID.fromString(map);
                where = Sector.valueOf(sector);
            } catch (IllegalArgumentException unknown) {
                throw nl.kring.plan.PlanRefusal.badInput("plan.error.newPersonMap", "map");
            }
            maps.addPerson(user, familyId, mapId, name, where);
            redirect.addFlashAttribute("notice", "plan.notice.personAdded");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#family-part";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            if (refused.status() != 400) {
                throw failure;
            }
            response.setStatus(400);
            model.addAttribute("newPersonError", refused.messageKey());
            model.addAttribute("newPersonName", name);
            return page(user, plans.open(user, familyId, planId, OptionalInt.empty()), null, null, model);
        }
    }

    @PostMapping("/{planId}/agreements/{agreementId}/answer")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @PathVariable UUID agreementId, @RequestParam(defaultValue = "") String answer, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            AgreementAnswer.Answer given;
            try {
                given = AgreementAnswer.Answer.valueOf(answer);
            } catch (IllegalArgumentException unknown) {
                throw nl.kring.plan.PlanRefusal.badInput("plan.error.answer", "answer");
            }
            plans.answer(user, familyId, planId, agreementId, given);
            redirect.addFlashAttribute("notice", "plan.notice.answered");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#own";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    @PostMapping("/{planId}/agreements/{agreementId}/done")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID planId,
            @PathVariable UUID agreementId, @RequestParam(defaultValue = "") String doneOn, @RequestParam(defaultValue = "") String note,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            plans.tickOff(user, familyId, planId, agreementId, PlanInput.day(doneOn, "doneOn").orElse(null), note);
            redirect.addFlashAttribute("notice", "plan.notice.done");
            return "redirect:/families/" + familyId + "/plans/" + planId + "#own";
        } catch (RuntimeException failure) {
            var refused = asRefusal(failure);
            if (refused.status() == 400) {
                model.addAttribute("doneNote", note);
                model.addAttribute("doneOn", doneOn);
                model.addAttribute("doneAgreement", agreementId);
            }
            return refused(user, familyId, planId, refused, null, null, model, response);
        }
    }

    /** An answer for the user goes on; anything else is a fault and goes up. */
    private static HttpRefusal asRefusal(RuntimeException failure) {
        if (failure instanceof HttpRefusal refusal) {
            return refusal;
        }
        throw failure;
    }

    /** A refusal the person can act on (bad input, a rule of the plan, a changed plan) shows the page again with what they typed. */
    private String refused(CurrentUser user, UUID familyId, UUID planId, HttpRefusal refused, PlanForms.FamilyPartForm familyForm,
            PlanForms.ProfessionalPartForm professionalForm, Model model, HttpServletResponse response) {
        if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422 && refused.status() != 403) {
            throw (RuntimeException) refused;
        }
        var opened = plans.open(user, familyId, planId, OptionalInt.empty());
        response.setStatus(refused.status());
        model.addAttribute("error", refused.messageKey());
        model.addAttribute("errorField", refused.field());
        return page(user, opened, familyForm, professionalForm, model);
    }

    private String page(CurrentUser user, Plans.OpenedPlan opened, PlanForms.FamilyPartForm familyForm,
            PlanForms.ProfessionalPartForm professionalForm, Model model) {
        var version = opened.version();
        model.addAttribute("opened", opened);
        model.addAttribute("family", opened.family());
        model.addAttribute("plan", opened.plan());
        model.addAttribute("version", version);
        model.addAttribute("planText", version.content());
        model.addAttribute("familyForm", familyForm != null ? familyForm
                : PlanForms.FamilyPartForm.of(version.content().family(), version.revision()));
        model.addAttribute("professionalForm", professionalForm != null ? professionalForm
                : PlanForms.ProfessionalPartForm.of(version.content().professional(), version.revision()));
        var options = opened.persons().stream()
                .map(p -> new PersonOption(PlanForms.value(p.ref()), p.ref().name() + " (" + p.mapTitle() + ")" + p.assignedRoles().stream()
                        .map(role -> " " + messages.getMessage(role, null, role, org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                        .collect(java.util.stream.Collectors.joining()), p.refused(), p.ref()))
                .toList();
        model.addAttribute("personOptions", options.stream().filter(o -> !o.refused()).toList());
        model.addAttribute("allPersons", options);
        model.addAttribute("taskLabels", TaskLabel.values());
        model.addAttribute("supportTypes", SupportType.values());
        model.addAttribute("handOverStates", ProfessionalTask.HandOverState.values());
        model.addAttribute("sectors", Arrays.stream(Sector.values()).filter(s -> s != Sector.PROFESSIONALS).toList());
        var whole = opened.viewer() == Plans.Viewer.FAMILY || opened.viewer() == Plans.Viewer.PROFESSIONAL;
        model.addAttribute("whole", whole);
        model.addAttribute("meetingOnly", opened.viewer() == Plans.Viewer.MEETING_COORDINATOR);
        model.addAttribute("stages", MeetingStage.values());
        model.addAttribute("marks", nl.kring.plan.domain.Evaluation.Mark.values());
        if (!model.containsAttribute("evaluationDay")) {
            model.addAttribute("evaluationDay", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        }
        model.addAttribute("mayMoveMeeting", (whole || opened.runsMeeting()) && opened.family().status() != nl.kring.family.domain.FamilyStatus.CLOSED);
        model.addAttribute("signals", whole ? signals(user, opened) : List.of());
        model.addAttribute("maps", whole ? maps.maps(user, opened.family().id()).maps() : List.of());
        return "plan/plan";
    }

    /** The signals of the family's maps as they are now, to set beside the agreements. */
    private List<SignalRow> signals(CurrentUser user, Plans.OpenedPlan opened) {
        var rows = new ArrayList<SignalRow>();
        for (var map : maps.maps(user, opened.family().id()).maps()) {
            var open = maps.open(user, opened.family().id(), map.id(), OptionalInt.empty());
            var names = new java.util.HashMap<String, String>();
            open.stored().version().persons().forEach(p -> names.put(p.id(), p.name()));
            open.figures().signals().forEach(s -> rows.add(new SignalRow(s.code().name(),
                    s.personIds().stream().map(id -> names.getOrDefault(id, id)).toList(), map.title())));
        }
        return rows;
    }
}
