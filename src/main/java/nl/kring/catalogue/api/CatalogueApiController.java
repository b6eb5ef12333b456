package nl.kring.catalogue.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kring.catalogue.Catalogue;
import nl.kring.catalogue.domain.AgeRange;
import nl.kring.catalogue.domain.CatalogueEntry;
import nl.kring.catalogue.domain.CatalogueFilter;
import nl.kring.catalogue.domain.Element;
import nl.kring.catalogue.domain.Formality;
import nl.kring.catalogue.domain.InvalidFilter;
import nl.kring.catalogue.domain.Origin;
import nl.kring.catalogue.domain.Reach;
import nl.kring.catalogue.domain.Supporter;
import nl.kring.catalogue.domain.TargetGroup;
import nl.kring.catalogue.domain.VersionLine;
import nl.kring.platform.web.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of normalising initiatives over the API: public, no token, the same search and filters as the pages. */
@RestController
@Tag(name = "Catalogue", description = "Normalising initiatives (seed 003 \"De kracht van het gewone\" and added ones): public, no token")
class CatalogueApiController {

    private final Catalogue catalogue;

    CatalogueApiController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One initiative in a list: enough to choose, without a score of any kind. */
    record Item(String id, String name, String nutshell, Set<Element> elements, Origin origin, Formality formality, Reach reach,
            AgeRange ages, Set<TargetGroup> targetGroups, Set<Supporter> supporters, String region, boolean national, int version,
            LocalDate lastChecked) {
        static Item of(CatalogueEntry entry) {
            var i = entry.initiative();
            return new Item(i.id(), i.name(), i.nutshell(), i.elements(), i.origin(), i.formality(), i.reach(), i.ages(), i.targetGroups(),
                    i.supporters(), i.region(), i.national(), entry.version(), entry.lastChecked());
        }
    }

    record Items(List<Item> items) {}

    /** The whole entry in the template of seed 003, with its version and the list of all published versions. */
    record Entry(String id, String name, Origin origin, String nutshell, Set<Element> elements, List<String> whatWorks,
            List<String> couldBeBetter, String forWhom, AgeRange ages, Set<TargetGroup> targetGroups, String byWhom, Set<Supporter> supporters,
            List<String> needs, String contact, String website, String region, List<String> places, boolean national, Formality formality,
            Reach reach, int version, LocalDate lastChecked, Instant publishedAt, List<VersionLine> versions) {
        static Entry of(CatalogueEntry entry, List<VersionLine> versions) {
            var i = entry.initiative();
            return new Entry(i.id(), i.name(), i.origin(), i.nutshell(), i.elements(), i.whatWorks(), i.couldBeBetter(), i.forWhom(), i.ages(),
                    i.targetGroups(), i.byWhom(), i.supporters(), i.needs(), i.contact(), i.website(), i.region(), i.places(), i.national(),
                    i.formality(), i.reach(), entry.version(), entry.lastChecked(), entry.publishedAt(), versions);
        }
    }

    @GetMapping("/api/v1/catalogue")
    @Operation(summary = "Search the catalogue (public, no token). Ordered by relevance to q (Dutch full text) when q is given, else by "
            + "name; never by the number of elements. Every filter given must hold; element is repeatable and every element given "
            + "must be present. 400 names the parameter it cannot read")
    Items search(
            @Parameter(description = "Search words, Dutch full text (web search syntax: \"phrase\", -word, or)") @RequestParam(required = false) String q,
            @Parameter(description = "E1 … E8; repeat for more: all must be present") @RequestParam(required = false) List<String> element,
            @Parameter(description = "informal, formal, individual or collective; an initiative that mixes both ends matches either")
            @RequestParam(required = false) String dimension,
            @Parameter(description = "Age of the child or young person in years (0–30); initiatives not tied to an age always match")
            @RequestParam(required = false) String age,
            @Parameter(description = "youth, parents or families") @RequestParam(required = false) String target,
            @Parameter(description = "network, volunteers, peers or professionals") @RequestParam(required = false) String supporter,
            @Parameter(description = "Part of a place or region name; national initiatives always match") @RequestParam(required = false) String region) {
        return new Items(catalogue.search(filter(q, element, dimension, age, target, supporter, region)).stream().map(Item::of).toList());
    }

    @GetMapping("/api/v1/catalogue/{id}")
    @Operation(summary = "One initiative, its current version in full (public, no token); 404 for an unknown id")
    Entry entry(@PathVariable String id) {
        return Entry.of(catalogue.read(id), catalogue.versions(id));
    }

    @GetMapping("/api/v1/catalogue/{id}/versions/{number}")
    @Operation(summary = "One published version of an initiative, current or older (public, no token); 404 if there is none")
    Entry version(@PathVariable String id, @PathVariable int number) {
        return Entry.of(catalogue.readVersion(id, number), catalogue.versions(id));
    }

    private static CatalogueFilter filter(String q, List<String> element, String dimension, String age, String target, String supporter,
            String region) {
        try {
            return CatalogueFilter.parse(q, element, dimension, age, target, supporter, region);
        } catch (InvalidFilter invalid) {
            throw Refusal.badInput(invalid.messageKey(), invalid.parameter());
        }
    }
}
