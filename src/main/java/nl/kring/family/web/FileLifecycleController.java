package nl.kring.family.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.family.FamilyFiles;
import nl.kring.family.FileLifecycle;
import nl.kring.family.MemberInput;
import nl.kring.family.NewFileSource;
import nl.kring.family.domain.CareSituation;
import nl.kring.family.domain.CarerKind;
import nl.kring.family.domain.ClosingReason;
import nl.kring.family.domain.FamilyAction;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
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

/**
 * Pages for the life of a file: opening a file for a new family, keeping it up to date ("Dossier
 * bijhouden"), taking up a handed-over file. A refused form comes back with a translated message and
 * everything that was typed.
 */
@Controller
class FileLifecycleController {

    private static final int MAX_ROWS = 12;

    private final FileLifecycle lifecycle;
    private final FamilyFiles families;
    private final Accounts accounts;
    private final List<NewFileSource> sources;

    FileLifecycleController(FileLifecycle lifecycle, FamilyFiles families, Accounts accounts, List<NewFileSource> sources) {
        this.sources = List.copyOf(sources);
        this.lifecycle = lifecycle;
        this.families = families;
        this.accounts = accounts;
    }

    // --- opening ---

    /** A row of the new-family form, as typed, with its place in the submitted member list. */
    public record Row(int index, MemberInput input) {}

    @GetMapping("/families/new")
    String newFamily(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID from, Model model) {
        refuseUnlessProfessional(user);
        model.addAttribute("from", from);
        var name = "";
        if (from != null) {
            // opened from something of another module (a support request): it checks access, audits and fills in the form
            var prefill = sources.stream().flatMap(s -> s.prefill(user, from).stream()).findFirst()
                    .orElseThrow(() -> new Refusal(404, "error.notFound", null));
            name = prefill.name();
            model.addAttribute("fromContext", prefill.context());
        }
        fillNew(model, name, List.of(MemberInput.blank(Relation.YOUTH)),
                List.of(MemberInput.blank(Relation.PARENT), MemberInput.blank(Relation.PARENT)), List.of());
        return "family/new";
    }

    @PostMapping("/families/new")
    String open(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String more, @RequestParam(required = false) UUID from, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        refuseUnlessProfessional(user);
        // opened from a support request (the intake list): that module marks it accepted in the same transaction
        model.addAttribute("from", from);
        var youths = rows(request, "youth", Relation.YOUTH);
        var parents = rows(request, "parent", Relation.PARENT);
        if ("youth".equals(more) || "parent".equals(more)) {
            // another row, without JavaScript: the form comes back with everything typed and one empty row more
            var grown = new ArrayList<>("youth".equals(more) ? youths : parents);
            if (grown.size() < MAX_ROWS) {
                grown.add(MemberInput.blank("youth".equals(more) ? Relation.YOUTH : Relation.PARENT));
            }
            fillNew(model, name, "youth".equals(more) ? grown : youths, "youth".equals(more) ? parents : grown, List.of());
            return "family/new";
        }
        // the members as submitted: typed rows only, youths first; the errors point back at the rows
        var submitted = new ArrayList<MemberInput>();
        var rowOf = new ArrayList<String>();
        for (int i = 0; i < youths.size(); i++) {
            if (!youths.get(i).isBlank()) {
                submitted.add(youths.get(i));
                rowOf.add("youth-" + i);
            }
        }
        for (int i = 0; i < parents.size(); i++) {
            if (!parents.get(i).isBlank()) {
                submitted.add(parents.get(i));
                rowOf.add("parent-" + i);
            }
        }
        try {
            List<nl.kring.family.domain.NewMember> members;
            try {
                members = MemberInput.parse(submitted);
            } catch (FileLifecycle.FileRefused malformed) {
                // a malformed date or choice: report it together with the family's name, not one after the other
                var problems = new ArrayList<>(nl.kring.family.domain.FileRules.checkName(name));
                problems.addAll(malformed.problems());
                throw new FileLifecycle.FileRefused(400, problems);
            }
            var id = lifecycle.open(user, name, members, java.util.Optional.ofNullable(from));
            redirect.addFlashAttribute("notice", "lifecycle.opened");
            return "redirect:/families/" + id;
        } catch (FileLifecycle.FileRefused refused) {
            var errors = new ArrayList<FieldError>();
            for (var problem : refused.problems()) {
                var id = problem.index() < 0 ? (problem.field() == null ? "new-name" : "new-" + problem.field())
                        : "new-" + rowOf.get(problem.index()) + "-" + problem.field();
                errors.add(new FieldError(id, problem.messageKey()));
            }
            response.setStatus(refused.status());
            fillNew(model, name, youths, parents, errors);
            return "family/new";
        }
    }

    /** A message for a field of the form; {@code id} is the id of the input it belongs to. */
    public record FieldError(String id, String messageKey) {}

    private void fillNew(Model model, String name, List<MemberInput> youths, List<MemberInput> parents, List<FieldError> errors) {
        model.addAttribute("name", name);
        model.addAttribute("youthRows", indexed(youths));
        model.addAttribute("parentRows", indexed(parents));
        model.addAttribute("errors", errors);
        var byId = new LinkedHashMap<String, String>();
        errors.forEach(e -> byId.putIfAbsent(e.id(), e.messageKey()));
        model.addAttribute("errorById", byId);
        model.addAttribute("careSituations", CareSituation.values());
        model.addAttribute("carerKinds", CarerKind.values());
        model.addAttribute("maxRows", MAX_ROWS);
    }

    private static List<Row> indexed(List<MemberInput> inputs) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(new Row(i, inputs.get(i)));
        }
        return rows;
    }

    private static List<MemberInput> rows(HttpServletRequest request, String prefix, Relation relation) {
        var rows = new ArrayList<MemberInput>();
        for (int i = 0; i < MAX_ROWS; i++) {
            var p = prefix + "[" + i + "].";
            if (request.getParameter(p + "givenName") == null) {
                break;
            }
            rows.add(new MemberInput(request.getParameter(p + "givenName"), request.getParameter(p + "familyName"), relation.name(),
                    request.getParameter(p + "birthDate"), request.getParameter(p + "parentalAuthority") != null,
                    request.getParameter(p + "carerKind"), request.getParameter(p + "authoritySince"),
                    request.getParameter(p + "careSituation"), request.getParameter(p + "guardianship") != null));
        }
        return rows;
    }

    private static void refuseUnlessProfessional(CurrentUser user) {
        if (!user.has(Role.PROFESSIONAL) || user.teamId().isEmpty()) {
            throw new Refusal(403, "error.forbidden", null);
        }
    }

    // --- keeping the file up to date ---

    @GetMapping("/families/{id}/manage")
    String manage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID correct,
            Model model) {
        return fillManage(user, id, correct, model, Map.of());
    }

    private String fillManage(CurrentUser user, UUID id, UUID correct, Model model, Map<String, String> typed) {
        var history = lifecycle.history(user, id);
        var file = history.file();
        if (!families.may(user, FamilyAction.MANAGE_FILE, file)) {
            throw new Refusal(403, "error.forbidden", null);
        }
        var today = families.today();
        var names = new HashMap<UUID, String>();
        file.members().forEach(m -> names.put(m.id(), m.givenName()));
        var teamNames = new HashMap<UUID, String>();
        accounts.teams().forEach(t -> teamNames.put(t.id(), t.name()));
        model.addAttribute("family", FamilyView.of(file, accounts.displayNames(file.assignedProfessionals()), today, List.of()));
        model.addAttribute("file", file);
        model.addAttribute("closed", file.status() == FamilyStatus.CLOSED);
        model.addAttribute("history", history);
        model.addAttribute("today", today);
        model.addAttribute("memberNames", names);
        model.addAttribute("teamNames", teamNames);
        model.addAttribute("teams", accounts.teams().stream().filter(t -> !t.id().equals(file.teamId())).toList());
        model.addAttribute("assignable", lifecycle.assignable(file));
        model.addAttribute("professionals", accounts.displayNames(file.assignedProfessionals()));
        model.addAttribute("careSituations", CareSituation.values());
        model.addAttribute("carerKinds", CarerKind.values());
        model.addAttribute("closingReasons", ClosingReason.values());
        model.addAttribute("typed", typed);
        if (correct != null) {
            file.members().stream().filter(m -> m.id().equals(correct)).findFirst().ifPresent(m -> model.addAttribute("correcting", m));
        }
        return "family/manage";
    }

    /** Runs a change; a refusal of bad input or a conflict comes back on the page with what was typed. */
    private String change(CurrentUser user, UUID id, String form, Map<String, String> typed, Runnable action, String notice,
            String anchor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (Refusal refused) {
            if (refused.status() != 400 && refused.status() != 409 || refused instanceof FamilyFiles.FileClosed) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("errorForm", form);
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            return fillManage(user, id, typed.containsKey("memberId") ? UUID.fromString(typed.get("memberId")) : null, model, typed);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/families/" + id + "/manage#" + anchor;
    }

    @PostMapping("/families/{id}/manage/care")
    String care(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String youth,
            @RequestParam(defaultValue = "") String situation, @RequestParam(defaultValue = "") String since, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = Map.of("youth", youth, "situation", situation, "since", since);
        return change(user, id, "care", typed, () -> lifecycle.recordCareSituation(user, id,
                FormValues.uuid(youth, "lifecycle.error.youth", "youth"), situation(situation),
                FormValues.optionalDate(since, "lifecycle.error.date", "since").orElse(null)),
                "lifecycle.saved", "care", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/members")
    String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String relation,
            @RequestParam(defaultValue = "") String givenName, @RequestParam(defaultValue = "") String familyName,
            @RequestParam(defaultValue = "") String birthDate, @RequestParam(required = false) String parentalAuthority,
            @RequestParam(defaultValue = "") String carerKind, @RequestParam(defaultValue = "") String careSituation, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = new HashMap<String, String>(Map.of("relation", relation, "givenName", givenName, "familyName", familyName,
                "birthDate", birthDate, "carerKind", carerKind, "careSituation", careSituation));
        typed.put("parentalAuthority", parentalAuthority == null ? "" : "on");
        return change(user, id, "add", typed, () -> lifecycle.addMember(user, id, new MemberInput(givenName, familyName,
                relation.isBlank() ? null : relation, birthDate, parentalAuthority != null, carerKind, "", careSituation, false).parseOne()),
                "lifecycle.saved", "members", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/members/{memberId}")
    String correctMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
            @RequestParam(defaultValue = "") String givenName, @RequestParam(defaultValue = "") String familyName,
            @RequestParam(defaultValue = "") String birthDate, @RequestParam(defaultValue = "") String carerKind, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = Map.of("memberId", memberId.toString(), "givenName", givenName, "familyName", familyName, "birthDate", birthDate,
                "carerKind", carerKind);
        return change(user, id, "correct", typed, () -> lifecycle.correctMember(user, id, memberId,
                new MemberInput(givenName, familyName, null, birthDate, false, carerKind, "", "", false).parseOne()),
                "lifecycle.saved", "members", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/members/{memberId}/remove")
    String removeMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(user, id, "members", Map.of(), () -> lifecycle.removeMember(user, id, memberId), "lifecycle.saved",
                "members", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/authority")
    String authority(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String authority, @RequestParam(defaultValue = "") String effective, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = Map.of("member", member, "authority", authority, "effective", effective);
        return change(user, id, "authority", typed, () -> lifecycle.changeAuthority(user, id,
                FormValues.uuid(member, "lifecycle.error.youth", "member"), "true".equals(authority),
                FormValues.optionalDate(effective, "lifecycle.error.effective", "effective")
                        .orElseThrow(() -> Refusal.badInput("lifecycle.error.effective", "effective"))),
                "lifecycle.saved", "authority", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/professionals")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String professional,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(user, id, "assign", Map.of("professional", professional), () -> lifecycle.assign(user, id,
                FormValues.uuid(professional, "lifecycle.error.professional", "professional")), "lifecycle.saved",
                "professionals", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/professionals/{accountId}/remove")
    String unassign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID accountId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(user, id, "assign", Map.of(), () -> lifecycle.unassign(user, id, accountId), "lifecycle.saved",
                "professionals", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/transfer")
    String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String team,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            lifecycle.transfer(user, id, FormValues.uuid(team, "lifecycle.error.team", "team"), note);
        } catch (Refusal refused) {
            if (refused.status() != 400 && refused.status() != 409 || refused instanceof FamilyFiles.FileClosed) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("errorForm", "transfer");
            model.addAttribute("errorKey", refused.messageKey());
            model.addAttribute("errorField", refused.field());
            return fillManage(user, id, null, model, Map.of("team", team, "note", note));
        }
        // the file is no longer this team's: back to the list, with the notice
        redirect.addFlashAttribute("notice", "lifecycle.transfer.done");
        return "redirect:/families";
    }

    @PostMapping("/families/{id}/manage/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletRequest request,
            @RequestParam(defaultValue = "") String closedOn, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String reasonText, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var typed = new HashMap<String, String>(Map.of("closedOn", closedOn, "reason", reason, "reasonText", reasonText));
        var situations = new HashMap<UUID, CareSituation>();
        request.getParameterMap().forEach((key, values) -> {
            if (key.startsWith("situation-") && values.length > 0) {
                typed.put(key, values[0]);
            }
        });
        return change(user, id, "close", typed, () -> {
            typed.forEach((key, value) -> {
                if (key.startsWith("situation-") && !value.isBlank()) {
                    situations.put(FormValues.uuid(key.substring("situation-".length()), "lifecycle.error.youth", key), situation(value));
                }
            });
            ClosingReason why;
            try {
                why = reason.isBlank() ? null : ClosingReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                throw Refusal.badInput("lifecycle.error.reason", "reason");
            }
            lifecycle.close(user, id, FormValues.optionalDate(closedOn, "lifecycle.error.date", "closedOn").orElse(null), why, reasonText,
                    situations);
        }, "lifecycle.close.done", "close", model, response, redirect);
    }

    @PostMapping("/families/{id}/manage/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(user, id, "reopen", Map.of("reason", reason), () -> lifecycle.reopen(user, id, reason), "lifecycle.reopen.done",
                "close", model, response, redirect);
    }

    // --- taking up a handed-over file ---

    @GetMapping("/families/{id}/take-up")
    String takeUpPage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        var waiting = lifecycle.waiting(user, id);
        model.addAttribute("waiting", waiting);
        waiting.transfer().ifPresent(t -> {
            model.addAttribute("fromTeam", accounts.teams().stream().filter(team -> team.id().equals(t.fromTeam())).findFirst()
                    .map(nl.kring.identity.Team::name).orElse(""));
            model.addAttribute("transferredBy", t.transferredBy().map(by -> accounts.displayNames(List.of(by)).getOrDefault(by, ""))
                    .orElse(""));
        });
        return "family/take-up";
    }

    @PostMapping("/families/{id}/take-up")
    String takeUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        lifecycle.takeUp(user, id);
        redirect.addFlashAttribute("notice", "lifecycle.takeUp.done");
        return "redirect:/families/" + id;
    }

    private static CareSituation situation(String value) {
        try {
            return value == null || value.isBlank() ? null : CareSituation.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("lifecycle.error.careSituation", "situation");
        }
    }
}
