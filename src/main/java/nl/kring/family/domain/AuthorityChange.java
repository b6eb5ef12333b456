package nl.kring.family.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change of a parent's parental authority that applies from {@code effective}: from that day the
 * access policy and the consent rules treat the parent as having (or no longer having) authority.
 */
public record AuthorityChange(UUID memberId, boolean authority, LocalDate effective) {

    /**
     * The authority on {@code day}: the latest change on or before it, else {@code recorded}. Changes
     * on the same day count in the order given (the last recorded wins).
     */
    public static boolean authorityOn(LocalDate day, boolean recorded, List<AuthorityChange> changes) {
        AuthorityChange latest = null;
        for (var change : changes) {
            if (!change.effective().isAfter(day) && (latest == null || !change.effective().isBefore(latest.effective()))) {
                latest = change;
            }
        }
        return latest == null ? recorded : latest.authority();
    }
}
