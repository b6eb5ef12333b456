package nl.kring.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.audit.AuditRecord;
import nl.kring.consent.Sharing;
import nl.kring.family.FamilyDetails;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMaps;
import nl.kring.network.StoredVersion;
import org.springframework.stereotype.Service;

/**
 * The right of access: a parent with parental authority or a youth from 12 downloads everything Kring
 * keeps in their family file. The download itself is audited; so is each part it reads.
 */
@Service
public class FileExport {

    enum Action implements AuditAction {
        FILE_EXPORT;

        @Override
        public String code() {
            return name();
        }
    }

    private final FamilyFiles families;
    private final FamilyDetails details;
    private final NetworkMaps maps;
    private final Sharing sharing;
    private final Accounts accounts;
    private final nl.kring.privacy.store.StatementStore statements;
    private final Clock clock;

    public FileExport(FamilyFiles families, FamilyDetails details, NetworkMaps maps, Sharing sharing, Accounts accounts,
            nl.kring.privacy.store.StatementStore statements, Clock clock) {
        this.statements = statements;
        this.families = families;
        this.details = details;
        this.maps = maps;
        this.sharing = sharing;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One map with all its versions. */
    public record MapHistory(MapSummary map, List<StoredVersion> versions) {}

    /** Everything in the file, as it is at {@code exportedAt}. Names of people in the audit are resolved here. */
    public record Contents(Instant exportedAt, FamilyFile family, Map<UUID, String> names,
            List<FamilyDetails.MemberContact> contactDetails, List<FamilyDetails.Note> notes, List<MapHistory> maps,
            List<Sharing.ConsentView> consents, List<Sharing.ExceptionView> exceptions,
            List<nl.kring.privacy.store.StatementStore.Statement> statements, List<AuditRecord> audit) {}

    public Contents contents(CurrentUser user, UUID familyId) {
        return families.exerciseFileRights(user, familyId, Action.FILE_EXPORT, file -> {
            var histories = maps.maps(user, familyId).maps().stream()
                    .map(map -> new MapHistory(map, maps.history(user, familyId, map.id())))
                    .toList();
            var contactDetails = details.contactDetails(user, familyId);
            var notes = details.notes(user, familyId);
            var sharingOverview = sharing.overview(user, familyId);
            var consents = sharingOverview.consents();
            // only the exceptions the family may see: one hidden for a child's safety stays out of the download too
            var exceptions = sharingOverview.exceptions();
            var audit = families.auditOf(user, familyId).records();
            var ids = new java.util.HashSet<UUID>(file.assignedProfessionals());
            audit.forEach(r -> r.accountId().ifPresent(ids::add));
            return new Contents(clock.instant(), file, accounts.displayNames(ids), contactDetails, notes, histories, consents, exceptions,
                    statements.ofFamily(familyId), audit);
        }, contents -> contents.family().recordIds());
    }
}
