package nl.kring.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.identity.Team;
import nl.kring.privacy.Retention;

/**
 * A file due for destruction as the administrator's pages and API show it: what is needed to decide,
 * nothing more. The reference is the start of the file id, short enough to read aloud and to find the
 * file's lines in the audit log.
 */
record RetentionRow(UUID familyId, String reference, UUID teamId, String teamName, LocalDate closedOn, LocalDate dueOn, boolean demo) {

    static String reference(UUID familyId) {
        return familyId.toString().substring(0, 8);
    }

    static RetentionRow of(Retention.DueFile file, Map<UUID, String> teamNames) {
        return new RetentionRow(file.familyId(), reference(file.familyId()), file.teamId(),
                teamNames.getOrDefault(file.teamId(), file.teamId().toString()), file.closedOn(), file.dueOn(), file.demo());
    }

    static Map<UUID, String> teamNames(List<Team> teams) {
        return teams.stream().collect(java.util.stream.Collectors.toMap(Team::id, Team::name));
    }
}
