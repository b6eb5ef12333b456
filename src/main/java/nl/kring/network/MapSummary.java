package nl.kring.network;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A network map of a family file, without its persons. */
public record MapSummary(
        UUID id,
        UUID familyId,
        String title,
        Perspective perspective,
        CentreKind centreKind,
        Optional<UUID> centreMemberId,
        int latestVersion,
        Instant createdAt,
        Instant updatedAt) {

    /** Whose view of the network the map shows; maps of the same family may differ, and that is information. */
    public enum Perspective {
        YOUTH,
        PARENT,
        PROFESSIONAL;

        public String messageKey() {
            return "network.perspective." + name();
        }
    }

    /** Who stands in the centre of the map. */
    public enum CentreKind {
        YOUTH,
        PARENT,
        HOUSEHOLD;

        public String messageKey() {
            return "network.centreKind." + name();
        }
    }
}
