package nl.kring.catalogue.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import nl.kring.catalogue.domain.Initiative;
import tools.jackson.core.type.TypeReference;

/**
 * The catalogue's starting content, {@code classpath:catalogue/initiatives.json}: the thirteen examples of
 * seed 003 in Kring's own words and the initiatives added from the other seeds. Read strictly: an unknown
 * field or code fails the start instead of being dropped.
 */
public final class SeedFile {

    public static final String RESOURCE = "/catalogue/initiatives.json";

    /** One initiative of the file, with the day its content was last checked against its source. */
    public record Entry(LocalDate lastChecked, Initiative initiative) {}

    private SeedFile() {}

    public static List<Entry> read() {
        try (InputStream in = SeedFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return CatalogueStore.JSON.readValue(in, new TypeReference<List<Entry>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
