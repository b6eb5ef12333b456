package nl.kring.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.network.MapEditConflict;
import nl.kring.network.MapRefusal;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMaps;
import nl.kring.network.domain.MapEdit;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Tie;
import nl.kring.network.io.MapFormat;
import nl.kring.network.io.MapFormatException;
import nl.kring.network.io.PersonJson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network map pages. Every change is a plain form post (the accessible path, complete on its own);
 * the map editor script and htmx send the same posts without reloading the page.
 */
@Controller
@RequestMapping("/families/{familyId}/maps")
class MapPageController {

    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    private final NetworkMaps maps;
    private final MapPageModel pages;
    private final MapExports exports;

    MapPageController(NetworkMaps maps, MapPageModel pages, MapExports exports) {
        this.maps = maps;
        this.pages = pages;
        this.exports = exports;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, Model model) {
        var result = maps.maps(user, familyId);
        model.addAttribute("family", result.family());
        model.addAttribute("maps", result.maps());
        model.addAttribute("mayContribute", result.mayContribute());
        if (!model.containsAttribute("newMap")) {
            model.addAttribute("newMap", NewMapForm.defaults(result.family()));
        }
        pages.addChoices(model, result.family());
        return "network/maps";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @ModelAttribute NewMapForm form,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var map = maps.create(user, familyId, form.toRequest());
            return "redirect:/families/" + familyId + "/maps/" + map.id();
        } catch (MapRefusal refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            response.setStatus(400);
            model.addAttribute("newMap", form);
            model.addAttribute("newMapError", refusal.messageKey());
            return list(user, familyId, model);
        }
    }

    @PostMapping("/import")
    String importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String format,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "PROFESSIONAL") String perspective,
            Model model, HttpServletResponse response) throws IOException {
        String error = null;
        Object[] arguments = new Object[0];
        String field = null;
        if (file == null || file.isEmpty()) {
            error = "network.import.error.noFile";
        } else if (file.getSize() > MAX_IMPORT_BYTES) {
            error = "network.import.error.tooLarge";
        } else {
            try {
                var history = MapFormat.fromParameter(format.isBlank() ? null : format).read(file.getBytes());
                var map = maps.importMap(user, familyId, title, NewMapForm.perspective(perspective), history);
                return "redirect:/families/" + familyId + "/maps/" + map.id();
            } catch (MapFormatException e) {
                error = e.error().messageKey();
                arguments = pages.formatArguments(e);
                field = e.field();
            } catch (MapRefusal e) {
                if (e.status() == 404) {
                    throw e;
                }
                error = e.messageKey();
            }
        }
        response.setStatus(400);
        model.addAttribute("importError", error);
        model.addAttribute("importErrorArguments", arguments);
        model.addAttribute("importErrorField", field);
        return list(user, familyId, model);
    }

    @GetMapping("/side-by-side")
    String sideBySide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(name = "maps") java.util.List<UUID> mapIds, Model model) {
        pages.sideBySide(model, maps.sideBySide(user, familyId, mapIds));
        return "network/side-by-side";
    }

    @GetMapping("/{mapId}")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String edit,
            @RequestParam(defaultValue = "true") boolean conflicts, @RequestParam(defaultValue = "true") boolean support,
            @RequestParam(defaultValue = "false") boolean pseudonyms, Model model) {
        var opened = maps.open(user, familyId, mapId, version == null ? OptionalInt.empty() : OptionalInt.of(version));
        PersonForm form = (PersonForm) model.getAttribute("personForm");
        if (form == null) {
            form = edit == null ? new PersonForm()
                    : opened.stored().version().person(edit).map(PersonForm::of).orElseGet(PersonForm::new);
        }
        pages.editor(model, user, opened, form, new MapPageModel.Display(conflicts, support, pseudonyms));
        return "network/editor";
    }

    @PostMapping("/{mapId}/persons")
    String savePerson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam int revision, @ModelAttribute PersonForm form, Model model, HttpServletResponse response) {
        var current = maps.open(user, familyId, mapId, OptionalInt.empty());
        var person = form.toPerson(current.stored().version());
        if (person.isEmpty()) {
            response.setStatus(400);
            pages.editor(model, user, current, form, MapPageModel.Display.ALL);
            return "network/editor";
        }
        MapEdit edit = form.isNew() ? new MapEdit.AddPerson(person.get()) : new MapEdit.UpdatePerson(person.get());
        return apply(user, familyId, mapId, revision, edit, form, model, response, "saved");
    }

    @PostMapping("/{mapId}/persons/{personId}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @PathVariable String personId, @RequestParam int revision, @RequestParam double angle, @RequestParam double distance,
            Model model, HttpServletResponse response) {
        if (!Double.isFinite(angle) || angle < -180 || angle > 180 || !Double.isFinite(distance) || distance < 0
                || distance > PersonForm.MAX_DISTANCE) {
            throw MapRefusal.invalid("network.form.error.position", "angle");
        }
        return apply(user, familyId, mapId, revision, new MapEdit.MovePerson(personId, new Position(angle, distance)),
                null, model, response, "moved");
    }

    @PostMapping("/{mapId}/persons/{personId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @PathVariable String personId, @RequestParam int revision, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var before = maps.open(user, familyId, mapId, OptionalInt.empty()).stored().version();
        var removed = before.person(personId).orElseThrow(() -> MapRefusal.invalid("network.error.edit.PERSON_UNKNOWN", "personId"));
        var ties = before.ties().stream().filter(t -> t.touches(personId)).toList();
        var view = apply(user, familyId, mapId, revision, new MapEdit.RemovePerson(personId), null, model, response, "removed");
        if (view.startsWith("redirect:")) {
            redirect.addFlashAttribute("undo", PersonJson.writeWithTies(removed, ties));
            redirect.addFlashAttribute("undoName", removed.name());
        }
        return view;
    }

    @PostMapping("/{mapId}/restore")
    String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam int revision, @RequestParam String undo, Model model, HttpServletResponse response) {
        PersonJson.PersonWithTies payload;
        try {
            payload = PersonJson.readWithTies(undo);
        } catch (MapFormatException e) {
            throw MapRefusal.invalid("network.error.undo", "undo");
        }
        return apply(user, familyId, mapId, revision, new MapEdit.RestorePerson(payload.person(), payload.ties()), null, model,
                response, "restored");
    }

    @PostMapping("/{mapId}/ties")
    String addTie(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam int revision, @RequestParam String a, @RequestParam String b,
            @RequestParam(defaultValue = "false") boolean conflict, Model model, HttpServletResponse response) {
        if (a.isBlank() || b.isBlank()) {
            throw MapRefusal.invalid("network.error.edit.PERSON_UNKNOWN", a.isBlank() ? "a" : "b");
        }
        return apply(user, familyId, mapId, revision, new MapEdit.AddTie(new Tie(a, b, conflict)), null, model, response, "tieAdded");
    }

    @PostMapping("/{mapId}/ties/delete")
    String removeTie(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam int revision, @RequestParam String a, @RequestParam String b, Model model, HttpServletResponse response) {
        return apply(user, familyId, mapId, revision, new MapEdit.RemoveTie(a, b), null, model, response, "tieRemoved");
    }

    @PostMapping("/{mapId}/versions")
    String newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            RedirectAttributes redirect) {
        var opened = maps.startNewVersion(user, familyId, mapId);
        redirect.addFlashAttribute("notice", "network.notice.newVersion");
        return "redirect:/families/" + familyId + "/maps/" + mapId + "?version=" + opened.stored().number();
    }

    @GetMapping("/{mapId}/compare")
    String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam int from, @RequestParam int to, Model model) {
        pages.comparison(model, maps.compare(user, familyId, mapId, from, to));
        return "network/compare";
    }

    @GetMapping("/{mapId}/export/{format}")
    org.springframework.http.ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @PathVariable UUID mapId, @PathVariable String format, @RequestParam(required = false) Integer version,
            java.util.Locale locale) {
        return exports.download(user, familyId, mapId, format, version == null ? OptionalInt.empty() : OptionalInt.of(version), locale);
    }

    @GetMapping("/{mapId}/print")
    String print(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean pseudonyms, Model model) {
        var opened = maps.export(user, familyId, mapId, version == null ? OptionalInt.empty() : OptionalInt.of(version));
        pages.editor(model, user, opened, new PersonForm(), new MapPageModel.Display(true, true, pseudonyms));
        return "network/print";
    }

    /**
     * Applies an edit and answers like a plain form post (redirect to the editor) — or, when someone
     * else changed the map first, shows the current map with the person's own change beside it (409).
     */
    private String apply(CurrentUser user, UUID familyId, UUID mapId, int revision, MapEdit edit, PersonForm form, Model model,
            HttpServletResponse response, String notice) {
        try {
            maps.edit(user, familyId, mapId, revision, edit);
            model.asMap().clear();
            return "redirect:/families/" + familyId + "/maps/" + mapId + "?notice=" + notice
                    + (form != null && !form.isNew() ? "&edit=" + form.id : "");
        } catch (MapRefusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            response.setStatus(400);
            var current = maps.open(user, familyId, mapId, OptionalInt.empty());
            pages.editor(model, user, current, form != null ? form : new PersonForm(), MapPageModel.Display.ALL);
            model.addAttribute("editError", refusal.messageKey());
            return "network/editor";
        } catch (MapEditConflict conflict) {
            response.setStatus(409);
            var current = maps.open(user, familyId, mapId, OptionalInt.empty());
            pages.editor(model, user, current, form != null ? form : new PersonForm(), MapPageModel.Display.ALL);
            model.addAttribute("conflict", pages.describe(edit, current.stored().version()));
            model.addAttribute("conflictBasedOn", conflict.basedOn());
            return "network/editor";
        }
    }

    /** What a new-map form sends. */
    public static final class NewMapForm {
        public String title = "";
        public String perspective = MapSummary.Perspective.PROFESSIONAL.name();
        public String centre = "";

        static NewMapForm defaults(nl.kring.family.domain.FamilyFile family) {
            var form = new NewMapForm();
            form.centre = family.youths().stream().findFirst().map(m -> "YOUTH:" + m.id()).orElse("HOUSEHOLD");
            return form;
        }

        NetworkMaps.NewMap toRequest() {
            MapSummary.CentreKind kind;
            Optional<UUID> member = Optional.empty();
            try {
                if (centre.equals("HOUSEHOLD")) {
                    kind = MapSummary.CentreKind.HOUSEHOLD;
                } else {
                    var parts = centre.split(":", 2);
                    kind = MapSummary.CentreKind.valueOf(parts[0]);
                    member = Optional.of(UUID.fromString(parts[1]));
                }
            } catch (RuntimeException e) {
                throw MapRefusal.invalid("network.error.centre", "centre");
            }
            return new NetworkMaps.NewMap(title, perspective(perspective), kind, member);
        }

        static MapSummary.Perspective perspective(String value) {
            try {
                return MapSummary.Perspective.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw MapRefusal.invalid("network.error.perspective", "perspective");
            }
        }

        public String getTitle() { return title; }
        public String getPerspective() { return perspective; }
        public String getCentre() { return centre; }
        public void setTitle(String title) { this.title = title; }
        public void setPerspective(String perspective) { this.perspective = perspective; }
        public void setCentre(String centre) { this.centre = centre; }
    }

    /** The person form has public fields (no setters); checkboxes send a "_name" marker so that unticking counts. */
    @org.springframework.web.bind.annotation.InitBinder("personForm")
    void personFormBinding(org.springframework.web.bind.WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAllowedFields("id", "name", "roleCode", "roleText", "gender", "kind", "age", "ageBand", "level", "sector", "circle",
                "angle", "distance", "support*", "centreTie", "factor", "available", "reachable", "conflict", "deceased", "note");
    }
}
