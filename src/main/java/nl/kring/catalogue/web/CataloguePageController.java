package nl.kring.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kring.catalogue.Catalogue;
import nl.kring.catalogue.domain.CatalogueEntry;
import nl.kring.catalogue.domain.CatalogueFilter;
import nl.kring.catalogue.domain.Dimension;
import nl.kring.catalogue.domain.Element;
import nl.kring.catalogue.domain.InvalidFilter;
import nl.kring.catalogue.domain.Supporter;
import nl.kring.catalogue.domain.TargetGroup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalogue pages, without an account: the list with Dutch full text search and filters (a plain
 * GET form, so it works without JavaScript and every search has its own address), one entry with all its
 * parts, and older published versions. A search field that cannot be read answers 400 with the form as
 * typed and the message next to the field.
 */
@Controller
class CataloguePageController {

    private final Catalogue catalogue;

    CataloguePageController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The search form as typed, to fill it in again. */
    public record SearchForm(String q, Set<String> elements, String dimension, String age, String target, String supporter, String region) {
        public boolean has(Element element) {
            return elements.contains(element.name());
        }

        public boolean filtered() {
            return !(q.isBlank() && elements.isEmpty() && dimension.isBlank() && age.isBlank() && target.isBlank() && supporter.isBlank()
                    && region.isBlank());
        }
    }

    @GetMapping("/catalogus")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(name = "element", required = false) List<String> element,
            @RequestParam(defaultValue = "") String dimension, @RequestParam(defaultValue = "") String age,
            @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "") String supporter,
            @RequestParam(defaultValue = "") String region, Model model, HttpServletResponse response) {
        var elements = element == null ? List.<String>of() : element;
        var form = new SearchForm(q, elements.stream().map(String::strip).collect(Collectors.toSet()), dimension.strip(),
                age.strip(), target.strip(), supporter.strip(), region);
        model.addAttribute("form", form);
        model.addAttribute("allElements", Element.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("targets", TargetGroup.values());
        model.addAttribute("supporters", Supporter.values());
        try {
            var filter = CatalogueFilter.parse(q, elements, dimension, age, target, supporter, region);
            model.addAttribute("results", catalogue.search(filter));
            model.addAttribute("error", null);
        } catch (InvalidFilter invalid) {
            response.setStatus(400);
            model.addAttribute("results", List.of());
            model.addAttribute("error", new FieldError("search-" + invalid.parameter(), invalid.messageKey()));
        }
        return "catalogue/list";
    }

    /** A message for a field of the search form; {@code id} is the id of the input it belongs to. */
    public record FieldError(String id, String messageKey) {}

    @GetMapping("/catalogus/{id}")
    String entry(@PathVariable String id, Model model) {
        return fill(catalogue.read(id), id, model);
    }

    @GetMapping("/catalogus/{id}/versies/{number}")
    String version(@PathVariable String id, @PathVariable int number, Model model) {
        return fill(catalogue.readVersion(id, number), id, model);
    }

    private String fill(CatalogueEntry entry, String id, Model model) {
        var current = catalogue.read(id);
        model.addAttribute("entry", entry);
        model.addAttribute("i", entry.initiative());
        model.addAttribute("current", current);
        model.addAttribute("isCurrent", entry.version() == current.version());
        model.addAttribute("versions", catalogue.versions(id).stream().filter(v -> v.number() != entry.version()).toList());
        return "catalogue/entry";
    }
}
