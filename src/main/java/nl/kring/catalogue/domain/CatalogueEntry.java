package nl.kring.catalogue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of an initiative.
 *
 * @param version the version number, 1 for the first; older versions stay readable
 * @param lastChecked the day an editor last checked the content against the initiative itself or its source
 */
public record CatalogueEntry(Initiative initiative, int version, LocalDate lastChecked, Instant publishedAt) {

    public CatalogueEntry {
        Objects.requireNonNull(initiative);
        Objects.requireNonNull(lastChecked);
        Objects.requireNonNull(publishedAt);
        if (version < 1) {
            throw new IllegalArgumentException("version " + version);
        }
    }

    public String id() {
        return initiative.id();
    }
}
