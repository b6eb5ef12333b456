package nl.kring.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.kring.catalogue.domain.CatalogueEntry;
import nl.kring.catalogue.domain.CatalogueFilter;
import nl.kring.catalogue.domain.Element;
import nl.kring.catalogue.domain.VersionLine;
import nl.kring.catalogue.store.CatalogueStore;
import nl.kring.platform.web.Refusal;
import org.springframework.stereotype.Service;

/**
 * The public catalogue of normalising initiatives: search, filters and entries. Everything here is
 * public content, readable without an account. Results are ordered by relevance to the search words, or
 * by name; never by how many elements an initiative meets (seed 003 forbids it).
 */
@Service
public class Catalogue {

    private final CatalogueStore store;

    Catalogue(CatalogueStore store) {
        this.store = store;
    }

    /** The current version of each initiative that passes every part of the filter. */
    public List<CatalogueEntry> search(CatalogueFilter filter) {
        return store.search(filter);
    }

    /**
     * For "who can help?": the initiatives for a child or young person of this age, with every one of these
     * elements, offered in this region (or nationally). Any argument may be empty. Ordered by name.
     */
    public List<CatalogueEntry> findFitting(OptionalInt age, Set<Element> elements, Optional<String> region) {
        return store.search(CatalogueFilter.fitting(age, elements, region));
    }

    public Optional<CatalogueEntry> find(String id) {
        return id == null ? Optional.empty() : store.current(id);
    }

    /** The current version; an unknown id is refused with 404. */
    public CatalogueEntry read(String id) {
        return find(id).orElseThrow(() -> new Refusal(404, "catalogue.error.notFound", null));
    }

    /** One published version, current or older; 404 if there is no such version. */
    public CatalogueEntry readVersion(String id, int number) {
        return store.version(id, number).orElseThrow(() -> new Refusal(404, "catalogue.error.notFound", null));
    }

    /** Every published version of the initiative, newest first. */
    public List<VersionLine> versions(String id) {
        return store.versions(id);
    }
}
