package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.MatchRefused;
import nl.kring.matching.Matches;
import nl.kring.matching.domain.ClosingReason;
import nl.kring.matching.domain.Quarter;
import nl.kring.matching.domain.QuarterReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's pages for following matches: the overview of a programme's matches with what is overdue,
 * one match with its stages and steps, evaluations, measurements and closing, and the quarterly report with
 * its chart, table and CSV. A refused form comes back (400) with the message at its field and what was typed.
 */
@Controller
class MatchPageController {

    private final Matches matches;

    MatchPageController(Matches matches) {
        this.matches = matches;
    }

    @GetMapping("/programmes/{id}/matches")
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("lines", matches.ofProgramme(user, id));
        model.addAttribute("programme", matches.programme(user, id));
        return "matching/matches";
    }

    @GetMapping("/matches")
    String all(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("lines", matches.ofCoordinator(user));
        return "matching/matches";
    }

    @GetMapping("/matches/{id}")
    String match(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model, null, null, Map.of());
    }

    @PostMapping("/matches/{id}/steps")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String step, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, "steps", Map.of("step", step), () -> matches.tickStep(user, id, step), "matching.match.stepDone", model,
                response, redirect);
    }

    @PostMapping("/matches/{id}/stage")
    String moveOn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String plannedUntil,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, "stage", Map.of("plannedUntil", plannedUntil), () -> matches.moveOn(user, id, plannedUntil),
                "matching.match.movedOn", model, response, redirect);
    }

    @PostMapping("/matches/{id}/evaluations")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = typed(fields, "heldOn", "familySide", "volunteerSide", "familyRating");
        return act(user, id, "evaluation", typed, () -> matches.evaluate(user, id, new Matches.EvaluationInput(typed.get("heldOn"),
                typed.get("familySide"), typed.get("volunteerSide"), typed.get("familyRating"))), "matching.match.evaluated", model, response,
                redirect);
    }

    @PostMapping("/matches/{id}/measurements")
    String measure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = typed(fields, "kind", "measuredOn", "youthCareInUse", "supportRating");
        return act(user, id, "measurement", typed, () -> matches.measure(user, id, new Matches.MeasurementInput(typed.get("kind"),
                typed.get("measuredOn"), typed.get("youthCareInUse"), typed.get("supportRating"))), "matching.match.measured", model, response,
                redirect);
    }

    @PostMapping("/matches/{id}/closing")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var typed = typed(fields, "closedOn", "reason", "reasonText", "conversationOn", "note");
        return act(user, id, "closing", typed, () -> matches.close(user, id, new Matches.ClosingInput(typed.get("closedOn"), typed.get("reason"),
                typed.get("reasonText"), typed.get("conversationOn"), typed.get("note"))), "matching.match.closedNotice", model, response,
                redirect);
    }

    /** One bar of the report's chart: its label key, the count and its length in the drawing. */
    record Bar(String labelKey, int count, int width, int y) {}

    @GetMapping("/programmes/{id}/report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String quarter, Model model,
            HttpServletResponse response) {
        var programme = matches.programme(user, id);
        model.addAttribute("programme", programme);
        var parsed = quarter == null || quarter.isBlank() ? java.util.Optional.of(matches.currentQuarter()) : Quarter.parse(quarter);
        if (parsed.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errorKey", "matching.report.error.quarter");
            model.addAttribute("typedQuarter", quarter);
            return "matching/report";
        }
        var report = matches.report(user, id, parsed.get());
        model.addAttribute("report", report);
        model.addAttribute("typedQuarter", report.quarter().toString());
        model.addAttribute("bars", bars(report));
        return "matching/report";
    }

    @GetMapping(path = "/programmes/{id}/report.csv")
    ResponseEntity<String> reportCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String quarter) {
        var parsed = quarter == null || quarter.isBlank() ? matches.currentQuarter()
                : Quarter.parse(quarter).orElseThrow(() -> new MatchRefused("quarter", "matching.report.error.quarter"));
        var report = matches.report(user, id, parsed);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"report-" + report.quarter() + ".csv\"").body(report.csv());
    }

    static List<Bar> bars(QuarterReport report) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("matching.report.started", report.started());
        counts.put("matching.report.active", report.active());
        counts.put("matching.report.ended", report.ended());
        for (var reason : ClosingReason.values()) {
            counts.put(reason.messageKey(), report.endedBy().getOrDefault(reason, 0));
        }
        counts.put("matching.report.volunteersAvailable", report.volunteersAvailable());
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        var bars = new java.util.ArrayList<Bar>();
        int y = 0;
        for (var entry : counts.entrySet()) {
            bars.add(new Bar(entry.getKey(), entry.getValue(), entry.getValue() * 300 / max, y));
            y += 28;
        }
        return bars;
    }

    private String act(CurrentUser user, UUID id, String form, Map<String, String> typed, Runnable action, String notice, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (MatchRefused refused) {
            response.setStatus(400);
            return page(user, id, model, form, refused, typed);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/matches/" + id;
    }

    private String page(CurrentUser user, UUID id, Model model, String errorForm, MatchRefused refused, Map<String, String> typed) {
        var file = matches.read(user, id);
        model.addAttribute("file", file);
        model.addAttribute("match", file.match());
        model.addAttribute("reasons", ClosingReason.values());
        model.addAttribute("errorForm", errorForm);
        model.addAttribute("errorKey", refused == null ? null : refused.messageKey());
        model.addAttribute("errorField", refused == null ? null : refused.field());
        model.addAttribute("typed", typed);
        return "matching/match";
    }

    private static Map<String, String> typed(Map<String, String> fields, String... names) {
        var typed = new LinkedHashMap<String, String>();
        for (var name : names) {
            typed.put(name, fields.getOrDefault(name, ""));
        }
        return typed;
    }
}
