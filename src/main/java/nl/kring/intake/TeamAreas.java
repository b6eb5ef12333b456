package nl.kring.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import nl.kring.identity.Team;
import nl.kring.intake.domain.PostcodeArea;
import nl.kring.intake.domain.PostcodeAreas;
import nl.kring.intake.store.IntakeStore;
import nl.kring.platform.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The postcode areas teams cover, kept by administrators; areas never overlap. Every read and change is audited. */
@Service
public class TeamAreas {

    private final IntakeStore store;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    TeamAreas(IntakeStore store, Accounts accounts, AuditLog audit, TransactionTemplate transactions) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    public record TeamWithAreas(Team team, List<PostcodeArea> areas) {}

    /** A new area refused: the field, the reason, and for an overlap the area and team it overlaps. */
    public static final class AreaRefused extends Refusal {
        private final Optional<PostcodeArea> overlapping;
        private final String overlappingTeam;

        AreaRefused(String field, String messageKey, Optional<PostcodeArea> overlapping, String overlappingTeam) {
            super(400, messageKey, field);
            this.overlapping = overlapping;
            this.overlappingTeam = overlappingTeam;
        }

        public Optional<PostcodeArea> overlapping() {
            return overlapping;
        }

        public String overlappingTeam() {
            return overlappingTeam;
        }
    }

    /** Every team with its areas, for the administrator. */
    public List<TeamWithAreas> teams(CurrentUser admin) {
        requireAdministrator(admin);
        return transactions.execute(tx -> {
            var byTeam = store.areas().stream().collect(Collectors.groupingBy(PostcodeArea::teamId));
            var result = accounts.teams().stream().map(t -> new TeamWithAreas(t, byTeam.getOrDefault(t.id(), List.of()))).toList();
            record(admin, result.stream().flatMap(t -> t.areas().stream()).map(a -> a.id().toString()).toList(),
                    IntakeAuditAction.POSTCODE_AREA_LIST);
            return result;
        });
    }

    public TeamWithAreas team(CurrentUser admin, UUID teamId) {
        return teams(admin).stream().filter(t -> t.team().id().equals(teamId)).findFirst()
                .orElseThrow(() -> new Refusal(404, "error.notFound", null));
    }

    /** Adds an area {@code from}–{@code to} (four digits each; {@code to} blank: one postcode) to a team. */
    public UUID add(CurrentUser admin, UUID teamId, String from, String to) {
        requireAdministrator(admin);
        if (accounts.teams().stream().noneMatch(t -> t.id().equals(teamId))) {
            throw new Refusal(404, "error.notFound", null);
        }
        try {
            return transactions.execute(tx -> {
                store.lockAreas();
                var existing = store.areas();
                var problem = PostcodeAreas.check(from, to, existing);
                if (problem.isPresent()) {
                    var low = nl.kring.intake.domain.Postcode.parseDigits(from).orElse(0);
                    var high = to == null || to.isBlank() ? low : nl.kring.intake.domain.Postcode.parseDigits(to).orElse(low);
                    var overlap = problem.get().messageKey().equals("intake.area.error.overlap")
                            ? PostcodeAreas.overlapping(low, high, existing).stream().findFirst() : Optional.<PostcodeArea>empty();
                    throw new AreaRefused(problem.get().field(), problem.get().messageKey(), overlap,
                            overlap.map(a -> teamName(a.teamId())).orElse(""));
                }
                int low = Integer.parseInt(from.strip());
                int high = to == null || to.isBlank() ? low : Integer.parseInt(to.strip());
                var id = store.insertArea(teamId, low, high);
                record(admin, List.of(id.toString()), IntakeAuditAction.POSTCODE_AREA_ADD);
                return id;
            });
        } catch (DataIntegrityViolationException raced) {
            // the database's exclusion constraint: another administrator added an overlapping area just now
            throw new AreaRefused("from", "intake.area.error.overlap", Optional.empty(), "");
        }
    }

    public void remove(CurrentUser admin, UUID teamId, UUID areaId) {
        requireAdministrator(admin);
        transactions.executeWithoutResult(tx -> {
            if (!store.deleteArea(teamId, areaId)) {
                throw new Refusal(404, "error.notFound", null);
            }
            record(admin, List.of(areaId.toString()), IntakeAuditAction.POSTCODE_AREA_REMOVE);
        });
    }

    private String teamName(UUID teamId) {
        Map<UUID, String> names = accounts.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        return names.getOrDefault(teamId, "");
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new Refusal(403, "error.forbidden", null);
        }
    }

    private void record(CurrentUser admin, List<String> records, IntakeAuditAction action) {
        audit.record(new AuditEntry(Optional.of(admin.accountId()), admin.roleCodes(), Optional.empty(), records, action, Channel.current(),
                Outcome.ALLOWED));
    }
}
