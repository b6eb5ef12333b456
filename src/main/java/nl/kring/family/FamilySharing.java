package nl.kring.family;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.kring.family.domain.FamilyFile;

/**
 * What the family shares with the people around it. The consent module answers; the family module
 * asks, so that every read of a family file — by a network member too — passes the same door.
 */
public interface FamilySharing {

    /** Category codes of this file disclosed right now to the network contacts linked to this account. */
    Set<String> sharedWith(FamilyFile file, UUID accountId, Instant now);
}
