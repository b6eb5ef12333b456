package nl.kring.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.SharedCategories;
import nl.kring.identity.CurrentUser;

/**
 * What the family shares with people outside it and outside its team. The consent module answers; the
 * family module asks, so that every read of a family file — by a network member, a volunteer or an
 * outside professional too — passes the same door.
 */
public interface FamilySharing {

    /**
     * The categories of this file disclosed right now to this person in any role they hold as a
     * recipient (network member, volunteer, professional outside the assigned team).
     */
    SharedCategories sharedWith(FamilyFile file, CurrentUser user, Instant now);

    /**
     * Families that name this account as a recipient of a consent or exception, whatever its state:
     * candidates only, each is decided by {@link #sharedWith}. Network members are found through the
     * family file itself.
     */
    Set<UUID> familiesNaming(UUID accountId);

    /**
     * Consents of these files that wait for a family member's answer because a youth turned 12 or 16,
     * by file id: the file is flagged until they answered. One call for a whole list of files.
     */
    Map<UUID, List<AwaitedAnswer>> awaitedAnswers(List<FamilyFile> files, LocalDate today);

    /**
     * @param memberId the family member whose answer is needed
     * @param reason {@code YOUTH_TURNED_12} or {@code YOUTH_TURNED_16}
     * @param since the birthday from which the answer is needed
     */
    record AwaitedAnswer(UUID memberId, UUID consentId, String reason, LocalDate since) {}
}
