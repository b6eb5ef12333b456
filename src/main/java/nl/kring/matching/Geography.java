package nl.kring.matching;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.domain.CentroidCsv;
import nl.kring.matching.domain.Coordinates;
import nl.kring.matching.domain.Pc4;
import nl.kring.matching.store.GeographyStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where people live, for matching: an organisation's list of postcode-area centroids (PC4), imported by
 * its coordinators from the open national list, and the distance between two postcodes computed from it
 * (great-circle, in kilometres). A full postcode counts for its four digits. Reads and imports are audited
 * like the rest of the module; to anyone but the organisation's coordinators the list does not exist (404).
 */
@Service
public class Geography {

    /** The national list is about 150 kB; a file above this is not a centroid list. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final GeographyStore store;
    private final CoordinatorAccess access;
    private final MatchingAudit audit;
    private final TransactionTemplate transactions;

    Geography(GeographyStore store, CoordinatorAccess access, MatchingAudit audit, TransactionTemplate transactions) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** An organisation's list: how many areas it has coordinates for, and how many of them are made up (demo). */
    public record Summary(Organisation organisation, int areas, int fictional) {}

    /** An import that went through: how many areas the list now has, and how many it had before. */
    public record Imported(int areas, int before) {}

    /**
     * The distance between two postcodes: known (in kilometres), or not, because the list has no
     * coordinates for one or both of their areas.
     */
    public sealed interface Distance {
        record Known(Pc4 from, Pc4 to, double km) implements Distance {}

        record Unknown(Pc4 from, Pc4 to, List<Pc4> missing) implements Distance {}
    }

    public Summary summary(CurrentUser user, UUID organisationId) {
        var organisation = coordinated(user, organisationId, MatchingAuditAction.POSTCODES_READ);
        return transactions.execute(tx -> {
            var counts = store.counts(organisationId);
            audit.allowed(user, List.of(organisationId.toString()), MatchingAuditAction.POSTCODES_READ);
            return new Summary(organisation, counts.areas(), counts.fictional());
        });
    }

    /**
     * Replaces the organisation's list with the areas of this CSV file. A file with any line that cannot be
     * read changes nothing: the refusal lists every bad line with its number.
     */
    public Imported importCsv(CurrentUser user, UUID organisationId, byte[] file) {
        coordinated(user, organisationId, MatchingAuditAction.POSTCODES_IMPORT);
        if (file == null || file.length == 0) {
            throw new CentroidImportRefused(List.of(new CentroidCsv.Problem(0, CentroidCsv.Code.EMPTY, "")), "file");
        }
        if (file.length > MAX_BYTES) {
            throw new MatchingRefusal(413, "matching.postcodes.error.tooLarge", "file");
        }
        var read = CentroidCsv.parse(new String(file, StandardCharsets.UTF_8));
        if (!read.ok()) {
            throw new CentroidImportRefused(read.problems(), "file");
        }
        return transactions.execute(tx -> {
            int before = store.counts(organisationId).areas();
            store.replace(organisationId, read.centroids(), false);
            audit.allowed(user, List.of(organisationId.toString()), MatchingAuditAction.POSTCODES_IMPORT);
            return new Imported(read.centroids().size(), before);
        });
    }

    /** The distance between two typed postcodes (PC4 or PC6) for a coordinator; 400 with the field for one that is not a postcode. */
    public Distance distance(CurrentUser user, UUID organisationId, String from, String to) {
        coordinated(user, organisationId, MatchingAuditAction.POSTCODES_READ);
        var a = Pc4.parse(from).orElseThrow(() -> new MatchingRefusal(400, "matching.postcodes.error.postcode", "from"));
        var b = Pc4.parse(to).orElseThrow(() -> new MatchingRefusal(400, "matching.postcodes.error.postcode", "to"));
        return transactions.execute(tx -> {
            audit.allowed(user, List.of(organisationId.toString()), MatchingAuditAction.POSTCODES_READ);
            return distance(organisationId, a, b);
        });
    }

    /** The distance between two areas in the organisation's list, for proposals (no actor: the caller checked access). */
    public Distance distance(UUID organisationId, Pc4 from, Pc4 to) {
        var known = store.centroids(organisationId, List.of(from, to));
        return distance(from, to, known);
    }

    /** The coordinates of those of these areas the organisation's list knows, to compute many distances at once. */
    public Map<Pc4, Coordinates> centroids(UUID organisationId, List<Pc4> postcodes) {
        return store.centroids(organisationId, postcodes);
    }

    /** The distance between two areas from coordinates already looked up. */
    public static Distance distance(Pc4 from, Pc4 to, Map<Pc4, Coordinates> known) {
        var a = Optional.ofNullable(known.get(from));
        var b = Optional.ofNullable(known.get(to));
        if (a.isPresent() && b.isPresent()) {
            return new Distance.Known(from, to, a.get().kmTo(b.get()));
        }
        return new Distance.Unknown(from, to, java.util.stream.Stream.of(from, to).distinct().filter(p -> !known.containsKey(p)).toList());
    }

    private Organisation coordinated(CurrentUser user, UUID organisationId, MatchingAuditAction action) {
        return access.organisation(user, organisationId, action);
    }
}
